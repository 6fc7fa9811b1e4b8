package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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

var (
	// ErrEmpty reports a file with no text in it.
	ErrEmpty = errors.New("empty file")
	// ErrBinary reports a file that is not text.
	ErrBinary = errors.New("binary file")
	// ErrNoArticles reports a directory holding no article files.
	ErrNoArticles = errors.New("no article files (.txt, .md, .html, .jsonl, or these gzipped)")
	// ErrBadDate reports a publication date that is not a real date.
	ErrBadDate = errors.New("bad date")
	// ErrTooLarge reports an article or line over [Options.MaxBytes].
	ErrTooLarge = errors.New("too large")
)

// DefaultMaxBytes is the largest article read when [Options.MaxBytes] is
// zero: no news article comes near it, and a file over it is almost
// certainly not one.
const DefaultMaxBytes = 32 << 20

// Options says where articles' publication dates and metadata come from.
type Options struct {
	Published string         // publication date of every article, YYYY-MM-DD (the --published flag); wins over everything
	Manifest  string         // path of a manifest, CSV or JSON (the --manifest flag); wins over manifests found in directories
	TZ        *time.Location // when set, timestamps with a zone are moved into it before their day is taken (the --tz flag)
	MaxBytes  int64          // largest article or JSON Lines line read, in bytes; 0 means DefaultMaxBytes
	Stdin     io.Reader      // read for the path "-"; nil means os.Stdin
}

// Error is a problem with one input: a file, or one line of the manifest.
type Error struct {
	File string // the file, as given or walked, or "<stdin>"
	Line int    // 1-based line number, or 0 when the problem is the whole file
	Msg  string // what is wrong
	Err  error  // the underlying error, such as ErrBinary, if any
	Skip bool   // the input was passed over on purpose, such as a picture in a directory of articles; not a failure
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
