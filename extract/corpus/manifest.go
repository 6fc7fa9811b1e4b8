package corpus

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// columns are the columns a manifest may have; the first two are required.
var columns = []string{"file", "published", "title", "source", "url"}

// row is one line of a manifest.
type row struct {
	line      int    // line number in the manifest
	file      string // file name or relative path, as written
	published string // publication date, YYYY-MM-DD, or empty
	title     string // headline, or empty
	source    string // outlet, or empty
	url       string // address, or empty
	err       *Error // why the row cannot be used, or nil
}

// manifest is a parsed manifest CSV.
type manifest struct {
	name string          // path of the manifest, for messages
	path string          // absolute path of the manifest
	dir  string          // absolute directory of the manifest, for relative rows
	rows map[string]*row // rows by cleaned, slash-separated file
}

// loadManifest reads and parses the manifest at name. Problems with single
// rows are returned in the ErrorList; the error is for a manifest that
// cannot be used at all.
func loadManifest(name string) (*manifest, ErrorList, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read manifest: %w", err)
	}
	parse := parseManifest
	if strings.EqualFold(filepath.Ext(name), ".json") {
		parse = parseManifestJSON
	}
	m, errs, err := parse(name, data)
	if err != nil {
		return nil, nil, err
	}
	if m.path, err = filepath.Abs(name); err != nil {
		return nil, nil, fmt.Errorf("cannot read manifest: %w", err)
	}
	m.dir = filepath.Dir(m.path)
	return m, errs, nil
}

// parseManifest parses the manifest CSV data, read from the file name.
func parseManifest(name string, data []byte) (*manifest, ErrorList, error) {
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, bom)))
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, &Error{File: name, Msg: "empty manifest, want header file,published"}
	}
	if err != nil {
		return nil, nil, csvError(name, err)
	}
	col := make(map[string]int) // column name -> index
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !isColumn(h) {
			return nil, nil, &Error{File: name, Line: 1, Msg: fmt.Sprintf("unknown column %q, want file,published[,title,source,url]", h)}
		}
		if _, dup := col[h]; dup {
			return nil, nil, &Error{File: name, Line: 1, Msg: fmt.Sprintf("duplicate column %q", h)}
		}
		col[h] = i
	}
	for _, h := range columns[:2] {
		if _, ok := col[h]; !ok {
			return nil, nil, &Error{File: name, Line: 1, Msg: fmt.Sprintf("missing column %q, want file,published[,title,source,url]", h)}
		}
	}

	m := &manifest{name: name, rows: make(map[string]*row)}
	var errs ErrorList
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, nil, csvError(name, err)
			}
			errs = append(errs, csvError(name, err))
			continue
		}
		if blank(rec) {
			continue
		}
		line, _ := cr.FieldPos(0)
		field := func(h string) string {
			if i, ok := col[h]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		r := &row{line: line, file: field("file"), published: field("published"),
			title: field("title"), source: field("source"), url: field("url")}
		if len(rec) != len(header) {
			r.err = &Error{File: name, Line: line, Msg: fmt.Sprintf("got %d fields, want %d", len(rec), len(header))}
		}
		errs = m.add(r, errs)
	}
	return m, errs, nil
}

// add checks the row r and adds it to the manifest, appending any
// problem with it to errs.
func (m *manifest) add(r *row, errs ErrorList) ErrorList {
	fail := func(format string, args ...any) {
		r.err = &Error{File: m.name, Line: r.line, Msg: fmt.Sprintf(format, args...)}
	}
	switch {
	case r.file == "":
		if r.err == nil {
			fail("missing file name")
		}
		return append(errs, r.err)
	case r.err != nil:
	case r.published != "":
		if _, err := ParseDate(r.published); err != nil {
			fail("%v", err)
			r.err.Err = err
		}
	}
	if r.err != nil {
		errs = append(errs, r.err)
	}
	key := path.Clean(filepath.ToSlash(r.file))
	if first, dup := m.rows[key]; dup {
		if r.err == nil {
			fail("duplicate row for %q (first on line %d)", r.file, first.line)
			errs = append(errs, r.err)
		}
		first.err = r.err // neither row can be trusted
		return errs
	}
	m.rows[key] = r
	return errs
}

// parseManifestJSON parses a manifest in JSON, read from the file name:
// an array of objects with the keys of the CSV columns, or an object
// holding such an array under "articles".
//
//	[{"file": "a.txt", "published": "2016-10-15", "source": "Reuters"}]
func parseManifestJSON(name string, data []byte) (*manifest, ErrorList, error) {
	data = bytes.TrimPrefix(data, bom)
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, nil, &Error{File: name, Msg: `empty manifest, want [{"file": ..., "published": ...}]`}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	lineOf := func() int { return lineAt(data, int(dec.InputOffset())) }
	fatal := func(msg string) (*manifest, ErrorList, error) {
		return nil, nil, &Error{File: name, Line: lineOf(), Msg: msg}
	}
	if trimmed[0] == '{' {
		// {"articles": [...]}: move to the array.
		if _, err := dec.Token(); err != nil {
			return fatal("invalid JSON: " + err.Error())
		}
		for {
			t, err := dec.Token()
			if err != nil {
				return fatal("invalid JSON: " + err.Error())
			}
			if t == json.Delim('}') {
				return fatal(`want an array of articles, or an object with "articles"`)
			}
			if t == "articles" {
				break
			}
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fatal("invalid JSON: " + err.Error())
			}
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return fatal(`want an array of {"file": ..., "published": ...} objects`)
	}
	m := &manifest{name: name, rows: make(map[string]*row)}
	var errs ErrorList
	for dec.More() {
		// The offset is at the end of the previous value; the object
		// starts at the next non-space byte after any comma.
		off := int(dec.InputOffset())
		for off < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\t' || data[off] == '\n' || data[off] == '\r') {
			off++
		}
		line := lineAt(data, off)
		var obj map[string]any
		if err := dec.Decode(&obj); err != nil {
			var typ *json.UnmarshalTypeError
			if errors.As(err, &typ) {
				errs = append(errs, &Error{File: name, Line: line, Msg: "want an object"})
				continue
			}
			return nil, nil, &Error{File: name, Line: line, Msg: "invalid JSON: " + err.Error()}
		}
		r := &row{line: line}
		for k, v := range obj {
			k = strings.ToLower(k)
			if !isColumn(k) {
				continue // extra keys are the user's own
			}
			s, ok := v.(string)
			if !ok && v != nil {
				r.err = &Error{File: name, Line: line, Msg: fmt.Sprintf("%q: want a string", k)}
				continue
			}
			s = strings.TrimSpace(s)
			switch k {
			case "file":
				r.file = s
			case "published":
				r.published = s
			case "title":
				r.title = s
			case "source":
				r.source = s
			case "url":
				r.url = s
			}
		}
		errs = m.add(r, errs)
	}
	return m, errs, nil
}

// csvError converts an error from encoding/csv into an *Error with the
// line it happened on.
func csvError(name string, err error) *Error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &Error{File: name, Line: pe.Line, Msg: pe.Err.Error(), Err: err}
	}
	return &Error{File: name, Msg: err.Error(), Err: err}
}

// isColumn reports whether h is a known manifest column.
func isColumn(h string) bool {
	for _, c := range columns {
		if h == c {
			return true
		}
	}
	return false
}

// blank reports whether every field of rec is white space.
func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// lookup returns the row for the article at path, or nil. rel is the
// article's path relative to the directory given to Read, or empty. A row
// matches the article's absolute path, its path relative to the manifest's
// directory, rel, or, for a row that is a bare file name, its base name.
func (m *manifest) lookup(p, rel string) *row {
	if m == nil || p == StdinName {
		return nil
	}
	var keys []string
	if abs, err := filepath.Abs(p); err == nil {
		keys = append(keys, filepath.ToSlash(abs))
		if r, err := filepath.Rel(m.dir, abs); err == nil {
			keys = append(keys, filepath.ToSlash(r))
		}
	}
	if rel != "" {
		keys = append(keys, rel)
	}
	keys = append(keys, filepath.Base(p))
	for _, k := range keys {
		if r := m.rows[k]; r != nil {
			return r
		}
	}
	return nil
}
