package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract"
)

// StdinPath is the path that stands for standard input; StdinName is what
// standard input is called in articles and messages.
const (
	StdinPath = "-"
	StdinName = "<stdin>"
)

// stdinID is the article ID given to standard input.
const stdinID = "stdin"

// maxTitle is the longest first line, in characters, taken as a headline.
const maxTitle = 200

// bom is the UTF-8 byte order mark, dropped from the start of files.
var bom = []byte("\uFEFF")

var (
	// ErrEmpty reports a file with no text in it.
	ErrEmpty = errors.New("empty file")
	// ErrBinary reports a file holding NUL bytes.
	ErrBinary = errors.New("binary file")
	// ErrNotUTF8 reports text that is not valid UTF-8.
	ErrNotUTF8 = errors.New("invalid UTF-8")
	// ErrNoArticles reports a directory holding no .txt or .md files.
	ErrNoArticles = errors.New("no .txt or .md files")
	// ErrBadDate reports a publication date that is not a real YYYY-MM-DD date.
	ErrBadDate = errors.New("bad date")
)

// Options says where articles' publication dates and metadata come from.
type Options struct {
	Published string    // publication date of every article, YYYY-MM-DD (the --published flag); wins over the manifest
	Manifest  string    // path of a manifest CSV: file,published[,title,source,url]
	Stdin     io.Reader // read for the path "-"; nil means os.Stdin
}

// Error is a problem with one input: a file, or one line of the manifest.
type Error struct {
	File string // the file, as given or walked, or "<stdin>"
	Line int    // 1-based line number, or 0 when the problem is the whole file
	Msg  string // what is wrong
	Err  error  // the underlying error, such as ErrBinary, if any
}

// Error formats e as "file:line: message", or "file: message" without a line.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of problems with inputs. The zero value is an empty
// list ready to use.
type ErrorList []*Error

// Add appends an Error for file and line; its message is err's text, without
// the operation and path of an *fs.PathError, which would repeat the file.
func (p *ErrorList) Add(file string, line int, err error) {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	*p = append(*p, &Error{File: file, Line: line, Msg: msg, Err: err})
}

// Reset empties the list.
func (p *ErrorList) Reset() { *p = (*p)[:0] }

// Len returns the number of errors; with Less and Swap it implements sort.Interface.
func (p ErrorList) Len() int { return len(p) }

// Swap swaps the errors at i and j.
func (p ErrorList) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// Less reports whether the error at i sorts before the error at j: by file,
// then line, then message.
func (p ErrorList) Less(i, j int) bool { return compareErrors(p[i], p[j]) < 0 }

func compareErrors(a, b *Error) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if a.Line != b.Line {
		return a.Line - b.Line
	}
	return strings.Compare(a.Msg, b.Msg)
}

// Sort sorts the list by file, line and message, keeping the order of equal errors.
func (p ErrorList) Sort() { slices.SortStableFunc(p, compareErrors) }

// Error returns the first error and the number of others.
func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", p[0], len(p)-1)
}

// Unwrap returns the errors in the list, so that errors.Is and errors.As
// look through it.
func (p ErrorList) Unwrap() []error {
	errs := make([]error, len(p))
	for i, e := range p {
		errs[i] = e
	}
	return errs
}

// Err returns the list as an error, or nil if it is empty.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}

// ParseDate parses a publication date strictly: YYYY-MM-DD, a real
// calendar date. Its errors wrap ErrBadDate.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		return time.Time{}, fmt.Errorf("%w %q", ErrBadDate, s)
	}
	return t, nil
}

// Read reads the articles named by paths and calls fn with each, in order:
// paths in the order given, each directory walked recursively in lexical
// order for .txt and .md files (skipping names that start with a dot). A
// file named explicitly is read whatever its extension. The path "-" reads
// opts.Stdin as the article "<stdin>".
//
// Problems with one input do not stop the others: Read returns them as an
// ErrorList after reading everything else. It stops early, returning the
// error, if fn returns an error, if ctx is cancelled, or if opts cannot be
// used at all (a bad Published date, an unreadable manifest or manifest
// header).
func Read(ctx context.Context, paths []string, opts Options, fn func(extract.Article) error) error {
	if opts.Published != "" {
		if _, err := ParseDate(opts.Published); err != nil {
			return fmt.Errorf("publication date: %w", err)
		}
	}
	r := &reader{opts: opts, fn: fn}
	if opts.Manifest != "" {
		m, errs, err := loadManifest(opts.Manifest)
		if err != nil {
			return err
		}
		r.manifest, r.errs = m, errs
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(ctx, p); err != nil {
			return err
		}
	}
	return r.errs.Err()
}

// reader holds the state of one call to Read.
type reader struct {
	opts     Options
	fn       func(extract.Article) error
	manifest *manifest // nil without a manifest
	errs     ErrorList
}

// input reads one path given to Read.
func (r *reader) input(ctx context.Context, p string) error {
	if p == StdinPath {
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err := io.ReadAll(in)
		if err != nil {
			r.errs.Add(StdinName, 0, err)
			return nil
		}
		return r.article(StdinName, stdinID, "", data)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.errs.Add(p, 0, err)
		return nil
	}
	if !fi.IsDir() {
		return r.file(p, filepath.Base(p))
	}
	found := false
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.errs.Add(path, 0, err)
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticle(d.Name()) {
			return nil
		}
		found = true
		rel, err := filepath.Rel(p, path)
		if err != nil {
			rel = d.Name()
		}
		return r.file(path, filepath.ToSlash(rel))
	})
	if err != nil {
		return err
	}
	if !found {
		r.errs.Add(p, 0, ErrNoArticles)
	}
	return nil
}

// isArticle reports whether a file found in a directory walk is an article.
func isArticle(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md":
		return true
	}
	return false
}

// file reads the article at path; rel is its path relative to the
// directory given to Read, or its base name.
func (r *reader) file(path, rel string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		r.errs.Add(path, 0, err)
		return nil
	}
	base := filepath.Base(path)
	return r.article(path, strings.TrimSuffix(base, filepath.Ext(base)), rel, data)
}

// article checks the text of one input, fills in its metadata and passes
// it to fn.
func (r *reader) article(path, id, rel string, data []byte) error {
	data = bytes.TrimPrefix(data, bom)
	if line, err := checkText(data); err != nil {
		r.errs = append(r.errs, &Error{File: path, Line: line, Msg: err.Error(), Err: err})
		return nil
	}
	a := extract.Article{ID: id, Path: path, Body: string(data)}
	if r.opts.Published != "" {
		a.Published, a.PublishedFrom = r.opts.Published, "flag"
	}
	if row := r.manifest.lookup(path, rel); row != nil {
		switch {
		case row.err == nil:
			a.Title, a.Source, a.URL = row.title, row.source, row.url
			if a.Published == "" && row.published != "" {
				a.Published, a.PublishedFrom = row.published, "manifest"
			}
		case a.Published == "":
			r.errs = append(r.errs, &Error{File: path, Msg: "no publication date: " + row.err.Error(), Err: row.err})
			return nil
		}
	}
	if a.Published == "" {
		a.PublishedFrom = "none"
	}
	if a.Title == "" {
		a.Title = headline(a.Body)
	}
	return r.fn(a)
}

// checkText reports why data cannot be read as an article, and on which
// line, or returns a nil error.
func checkText(data []byte) (line int, err error) {
	lineAt := func(i int) int { return 1 + bytes.Count(data[:i], []byte("\n")) }
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return lineAt(i), ErrBinary
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			c, size := utf8.DecodeRune(data[i:])
			if c == utf8.RuneError && size == 1 {
				return lineAt(i), fmt.Errorf("%w (byte %#x)", ErrNotUTF8, data[i])
			}
			i += size
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return 0, ErrEmpty
	}
	return 0, nil
}

// headline returns the first non-empty line of body if it looks like a
// headline: at most maxTitle characters, holding a letter, and not ending
// with a period. Otherwise it returns "".
func headline(body string) string {
	for line := range strings.Lines(body) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) <= maxTitle && !strings.HasSuffix(line, ".") &&
			strings.ContainsFunc(line, unicode.IsLetter) {
			return line
		}
		return ""
	}
	return ""
}
