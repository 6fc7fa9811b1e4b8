package corpus

import (
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

// guess is a publication date read off an article's own text.
type guess struct {
	day  string // YYYY-MM-DD
	text string // the words it was read from
	line int    // the line they are on
	kind string // the kind of cue: dateline, published-line, caption...
}

// inferDate reads a publication date off body, an article with no date
// in any metadata: a dateline, a "Published ..." line or a date standing
// alone near the top, never page furniture.
func inferDate(body string) (guess, bool) {
	g, ok := dateline.Infer(body)
	if !ok {
		return guess{}, false
	}
	kind := g.Kind.String()
	if g.YearBorrowed {
		kind += ", year from another date in the text"
	}
	return guess{day: g.Date.Format(time.DateOnly), text: g.Text, line: g.Line, kind: kind}, true
}
