package corpus

import (
	"bytes"
	"encoding/csv"
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
	m, errs, err := parseManifest(name, data)
	if err != nil {
		return nil, nil, err
	}
	if m.dir, err = filepath.Abs(filepath.Dir(name)); err != nil {
		return nil, nil, fmt.Errorf("cannot read manifest: %w", err)
	}
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
		fail := func(format string, args ...any) {
			r.err = &Error{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
			errs = append(errs, r.err)
		}
		switch {
		case r.file == "":
			fail("missing file name")
			continue
		case len(rec) != len(header):
			fail("got %d fields, want %d", len(rec), len(header))
		case r.published != "":
			if _, err := ParseDate(r.published); err != nil {
				fail("%v", err)
				r.err.Err = err
			}
		}
		key := path.Clean(filepath.ToSlash(r.file))
		if first, dup := m.rows[key]; dup {
			if r.err == nil {
				fail("duplicate row for %q (first on line %d)", r.file, first.line)
			}
			first.err = r.err // neither row can be trusted
			continue
		}
		m.rows[key] = r
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
