package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// record is one line of a JSON Lines file of articles. Besides the names
// the issue tracker and most scrapers use (id, title, published, text,
// html, url, source), a few common aliases are read.
type record struct {
	ID        jsonText `json:"id"`
	Title     string   `json:"title"`
	Headline  string   `json:"headline"`
	Published jsonText `json:"published"`
	Date      jsonText `json:"date"`
	PubAt     jsonText `json:"published_at"`
	DatePub   jsonText `json:"datePublished"`
	Text      *string  `json:"text"`
	Body      *string  `json:"body"`
	Content   *string  `json:"content"`
	HTML      *string  `json:"html"`
	URL       string   `json:"url"`
	Source    string   `json:"source"`
}

// jsonText is a JSON string or number read as text; null is empty.
type jsonText string

// UnmarshalJSON reads a string or a number.
func (t *jsonText) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case bytes.Equal(data, []byte("null")):
		*t = ""
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return err
		}
		*t = jsonText(s)
		return nil
	case len(data) > 0 && (data[0] == '-' || data[0] >= '0' && data[0] <= '9'):
		*t = jsonText(data)
		return nil
	}
	return errors.New("want a string or a number")
}

// parseRecord parses one JSON Lines record. Its errors say what is wrong
// in words a user can act on.
func parseRecord(line []byte) (*record, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] != '{' {
		return nil, errors.New("not a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	var r record
	if err := dec.Decode(&r); err != nil {
		return nil, jsonError(line, err)
	}
	if dec.More() {
		return nil, errors.New("invalid JSON: more than one value on the line")
	}
	return &r, nil
}

// jsonError rewords an encoding/json error.
func jsonError(line []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("invalid JSON at column %d: %v", syn.Offset, syn)
	case errors.As(err, &typ):
		return fmt.Errorf("field %q: want %s, got JSON %s", typ.Field, kindOf(typ.Type.String()), typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("invalid JSON: the line ends inside a value (column %d)", len(line))
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

// kindOf names a Go type of the record in JSON's words.
func kindOf(goType string) string {
	switch goType {
	case "string", "*string", "corpus.jsonText":
		return "a string"
	}
	return goType
}

// published returns the record's publication date: the first set of
// published, date, published_at and datePublished.
func (r *record) published() string {
	for _, f := range []struct {
		name string
		v    jsonText
	}{{"published", r.Published}, {"date", r.Date}, {"published_at", r.PubAt}, {"datePublished", r.DatePub}} {
		if s := strings.TrimSpace(string(f.v)); s != "" {
			return s
		}
	}
	return ""
}

// text returns the record's article text and whether it is HTML.
func (r *record) text() (string, bool, bool) {
	for _, p := range []*string{r.Text, r.Body, r.Content} {
		if p != nil && strings.TrimSpace(*p) != "" {
			return *p, false, true
		}
	}
	if r.HTML != nil && strings.TrimSpace(*r.HTML) != "" {
		return *r.HTML, true, true
	}
	return "", false, false
}

// lineReader reads lines of at most max bytes from a stream without
// holding more than that in memory: a longer line is reported, and
// skipped, rather than read whole.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int    // number of the last line returned
	buf  []byte // the last line returned
}

// errLongLine reports a line longer than the reader allows.
var errLongLine = errors.New("line too long")

// next returns the next line, without its line ending. At the end of the
// input it returns io.EOF. A line over the limit returns errLongLine,
// after its bytes have been skipped; reading may go on.
func (lr *lineReader) next() ([]byte, error) {
	lr.buf = lr.buf[:0]
	long := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if !long {
			if len(lr.buf)+len(chunk) > lr.max+2 { // +2 for \r\n
				long, lr.buf = true, nil // let the memory go
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(lr.buf) == 0 && !long && len(chunk) == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		lr.line++
		if long {
			return nil, fmt.Errorf("%w (over %s)", errLongLine, size(int64(lr.max)))
		}
		return bytes.TrimRight(lr.buf, "\r\n"), nil
	}
}

// size formats a byte count for messages.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
