package dateline

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/internal/furniture"
)

// Kind is the kind of cue a guess was read from. Kinds are declared in
// order of preference: a cue of a lower Kind is preferred.
type Kind int

const (
	Dateline  Kind = iota // a dateline opening the story: "PARIS, Dec. 10 (Reuters) -"
	Published             // a published or posted line: "Published: 15 October 2016"
	Byline                // a byline ending with a date: "By Joel Gehrke | December 05, 2016 11:41 AM"
	DateOnly              // a date alone on a line: "Friday, Aug. 26, 2016"
	Caption               // a photo caption ending with its date: "..., Switzerland, Friday, Aug. 26, 2016."
	Updated               // an updated or modified line: "Last modified on Sat 15 Oct 2016 12.00 BST"
)

// String returns the name of k: "dateline", "published-line", "byline",
// "date-only", "caption" or "updated-line".
func (k Kind) String() string {
	switch k {
	case Dateline:
		return "dateline"
	case Published:
		return "published-line"
	case Byline:
		return "byline"
	case DateOnly:
		return "date-only"
	case Caption:
		return "caption"
	case Updated:
		return "updated-line"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Guess is a publication date read off an article's own text.
type Guess struct {
	Date         time.Time // the calendar day written, at midnight UTC
	Text         string    // the words it was read from, such as "PARIS, Dec. 10 (Reuters) -"
	Start, End   int       // byte offsets of Text in the body: Text == body[Start:End]
	Line         int       // 1-based number of the line holding Text
	Kind         Kind      // the kind of cue Text is
	YearBorrowed bool      // whether the year was not written in Text but taken from another cue
}

// String returns the guess as "2016-12-10 dateline 3: \"PARIS, Dec. 10 (Reuters) -\"".
func (g Guess) String() string {
	s := g.Date.Format(time.DateOnly) + " " + g.Kind.String()
	if g.YearBorrowed {
		s += " (year borrowed)"
	}
	return s + " " + strconv.Itoa(g.Line) + ": " + strconv.Quote(g.Text)
}

// Infer returns the publication date of an article read from its body,
// and reports whether there is one. It returns the first guess of [All]
// unless the cues contradict each other (see the package documentation).
func Infer(body string) (Guess, bool) {
	s := scanner{body: top(body)}
	s.scan()
	all := s.guesses()
	if len(all) == 0 || s.unreconciled {
		return Guess{}, false
	}
	best := all[0]
	for _, g := range all[1:] {
		if g.Date.Equal(best.Date) {
			continue
		}
		if g.Kind == best.Kind && g.YearBorrowed == best.YearBorrowed {
			return Guess{}, false
		}
		if g.Kind <= Byline && absDays(g.Date.Sub(best.Date)) > maxStrongSpread {
			return Guess{}, false
		}
	}
	return best, true
}

// maxStrongSpread is the number of days by which a dateline, published
// line or byline may differ from the guess Infer returns.
const maxStrongSpread = 2

// maxBorrow is the number of days by which a dateline without a year may
// be from the cue it takes its year from.
const maxBorrow = 45

// absDays returns the absolute length of d in whole days.
func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d / (24 * time.Hour))
}

// All returns every publication date candidate read from the top of body,
// in order of preference: by [Kind], then by position. It leaves out
// candidates that cannot be dated (a dateline without a year and no other
// cue to take one from) and those whose weekday disagrees with the date.
func All(body string) []Guess {
	s := scanner{body: top(body)}
	s.scan()
	return s.guesses()
}

// Limits on where cues are read. Lines are counted without blank lines
// and furniture; a story paragraph is a line of storyWords words or more
// that ends a sentence.
const (
	scanBytes = 8 << 10 // bytes read from the top of the body

	maxHead = 30 // lines read

	datelineHead  = 25 // a dateline must be within this many lines
	datelineStory = 2  // and have at most this many story paragraphs above it
	stampHead     = 20 // likewise for published, updated and byline lines
	dateOnlyHead  = 15 // for lone dates
	dateOnlyStory = 1
	captionHead   = 30 // for captions
	captionStory  = 4

	storyWords = 12

	maxLineDates = 8 // a line with more dates is not read
)

// top returns the part of body that is read: all of it if it is short,
// else its first scanBytes bytes, cut after a line if one ends in the
// second half.
func top(body string) string {
	if len(body) <= scanBytes {
		return body
	}
	if i := strings.LastIndexByte(body[:scanBytes], '\n'); i >= scanBytes/2 {
		return body[:i]
	}
	return body[:scanBytes]
}

// candidate is a guess in the making.
type candidate struct {
	g Guess
	d date // the date read, perhaps without a year
}

// scanner reads cues from the lines of a body.
type scanner struct {
	body  string      // the part of the body read
	cands []candidate // the candidates found
	toks  []token     // scratch: the tokens of the current line
	dates []date      // scratch: the dates of the current line

	unreconciled bool // whether a dateline without a year is too far from the cue with one
}

// scan reads the lines of s.body and gathers candidates.
func (s *scanner) scan() {
	furn := furniture.Find(s.body)
	fi := 0
	head, story := 0, 0
	lineNo := 0
	pending := -1    // s.cands[pending:] are from the previous line read
	inBlock := false // whether the previous line is in a block of teasers
	for start := 0; start <= len(s.body); {
		end := strings.IndexByte(s.body[start:], '\n')
		if end < 0 {
			end = len(s.body)
		} else {
			end += start
		}
		lineNo++
		line := s.body[start:end]
		lineStart := start
		start = end + 1
		if strings.TrimSpace(line) == "" {
			continue
		}

		for fi < len(furn) && furn[fi].End < end {
			fi++
		}
		reason := ""
		if fi < len(furn) && furn[fi].Start <= lineStart && end <= furn[fi].End {
			reason = furn[fi].Reason
		}
		nav := reason == "navigation"
		if pending >= 0 && nav {
			// A lone date above a menu is a masthead showing the day the
			// page was read.
			from := s.cands[pending].g.Start
			s.cands = slices.DeleteFunc(s.cands, func(c candidate) bool {
				return c.g.Kind == DateOnly && c.g.Start >= from
			})
		}
		pending = -1
		switch {
		case reason == "byline" && inBlock:
			continue // the date of a teaser in a "Read next" block
		case reason != "" && reason != "byline" && !nav:
			inBlock = blocks[reason]
			continue
		}
		inBlock = false
		if !nav {
			if head++; head > maxHead {
				break
			}
		}
		if strings.ContainsAny(line, "0123456789") {
			n := len(s.cands)
			s.line(line, lineStart, lineNo, head, story, nav)
			if len(s.cands) > n {
				pending = n
			}
		}
		if !nav && isStory(line) {
			story++
		}
	}
}

// blocks are the furniture reasons of blocks of teasers for other
// stories, whose timestamps are read as part of them.
var blocks = map[string]bool{
	"read-next": true, "headline-list": true, "promo": true, "sponsored": true,
	"comments": true,
}

// line gathers the candidates of one line, which starts at offset off of
// the body, is line number lineNo, is the head'th line counted and has
// story paragraphs above it. A line of navigation (as the furniture
// package sees it) only holds timestamps: lines with a keyword, bylines,
// and lone dates with a time, since a lone date in a menu is a masthead.
func (s *scanner) line(line string, off, lineNo, head, story int, nav bool) {
	s.toks = lex(line, s.toks[:0])
	s.dates = findDates(s.toks, s.dates[:0])
	if len(s.dates) > maxLineDates {
		return // a table or a list, not a cue
	}
	for n, d := range s.dates {
		if d.bad {
			continue
		}
		kind, a, b, ok := classify(s.toks, s.dates, n)
		if !ok || !admits(kind, head, story) || d.y == 0 && kind != Dateline {
			continue
		}
		if nav && (kind == Dateline || kind == Caption || kind == DateOnly && !hasClock(s.toks)) {
			continue
		}
		start, end := off+s.toks[a].start, off+s.toks[b-1].end
		if end-start > 1 && s.body[end-1] == '.' && isDigit(s.body[end-2]) {
			end-- // the full stop after "2016."
		}
		s.cands = append(s.cands, candidate{
			g: Guess{Text: s.body[start:end], Start: start, End: end, Line: lineNo, Kind: kind},
			d: d,
		})
	}
}

// admits reports whether a cue of kind k may be read on the head'th line
// counted, with story paragraphs above it.
func admits(k Kind, head, story int) bool {
	switch k {
	case Dateline:
		return head <= datelineHead && story <= datelineStory
	case Published, Updated, Byline:
		return head <= stampHead
	case DateOnly:
		return head <= dateOnlyHead && story <= dateOnlyStory
	case Caption:
		return head <= captionHead && story <= captionStory
	}
	return false
}

// isStory reports whether line reads like a paragraph of a story: twelve
// words or more, ending a sentence.
func isStory(line string) bool {
	line = strings.TrimRight(line, " \t\r\"'”’)")
	if line == "" {
		return false
	}
	switch line[len(line)-1] {
	case '.', '?', '!':
	default:
		return false
	}
	n := 0
	for range strings.FieldsSeq(line) {
		n++
		if n >= storyWords {
			return true
		}
	}
	return false
}

// guesses dates the candidates, borrowing years for datelines that have
// none, and returns them in order of preference.
func (s *scanner) guesses() []Guess {
	slices.SortStableFunc(s.cands, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(a.g.Kind, b.g.Kind), cmp.Compare(a.g.Start, b.g.Start))
	})
	var anchor *candidate
	for i := range s.cands {
		if s.cands[i].d.y != 0 {
			anchor = &s.cands[i]
			break
		}
	}
	var out []Guess
	for _, c := range s.cands {
		if c.d.y != 0 {
			c.g.Date = c.d.time(0)
			out = append(out, c.g)
			continue
		}
		if anchor == nil {
			continue
		}
		t, ok := borrow(c.d, anchor.d.time(0))
		if !ok {
			s.unreconciled = true
			continue
		}
		c.g.Date = t
		c.g.YearBorrowed = true
		out = append(out, c.g)
	}
	slices.SortStableFunc(out, func(a, b Guess) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), compareBool(a.YearBorrowed, b.YearBorrowed), cmp.Compare(a.Start, b.Start))
	})
	return out
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// borrow dates d, which has no year, with the year that puts it nearest
// to anchor, and reports whether that is within maxBorrow days of anchor
// and agrees with d's weekday if it has one.
func borrow(d date, anchor time.Time) (time.Time, bool) {
	var best time.Time
	bestDays := -1
	for y := anchor.Year() - 1; y <= anchor.Year()+1; y++ {
		if y < minYear || y > maxYear || !valid(y, d.m, d.d) {
			continue
		}
		t := d.time(y)
		if n := absDays(t.Sub(anchor)); bestDays < 0 || n < bestDays {
			best, bestDays = t, n
		}
	}
	if bestDays < 0 || bestDays > maxBorrow {
		return time.Time{}, false
	}
	if d.wd != 0 && int(best.Weekday())+1 != d.wd {
		return time.Time{}, false
	}
	return best, true
}
