package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// Single returns the event one mention reports, in the shape of a
// timeline event with one mention: its date is the mention's (nil when the
// mention is undated, and without start and end when the value is not on
// the calendar, such as XXXX-WXX-6), its participants and locations are
// the mention's as extracted, and its ID follows the timeline's scheme
// without the suffix that makes IDs unique (see Singles).
// `chronicle extract` writes these as a line's "events", and Build reads
// them back.
func Single(articleID string, e extract.Event) Event {
	// The event owns copies of its strings: those of e are slices of the
	// article's body, which would otherwise stay in memory as long as the
	// timeline being built.
	ev := Event{
		Type:         e.Type,
		Status:       e.Status,
		Participants: nonNil(cloneAll(e.Participants)),
		Locations:    nonNil(cloneAll(e.Locations)),
		Sources:      1,
		Mentions: []Mention{{
			Article:  articleID,
			Sentence: strings.Clone(e.Sentence),
			Start:    e.Start,
			End:      e.End,
			Trigger:  strings.Clone(e.Trigger),
			Status:   e.Status,
		}},
		Conflicts: []Conflict{},
	}
	if e.Time != nil {
		ev.Date = &Date{Value: e.Time.Value, Start: e.Time.Date.Start, End: e.Time.Date.End, Granularity: e.Time.Date.Granularity}
		ev.Mentions[0].Time = Time{Text: strings.Clone(e.Time.Text), Value: e.Time.Value, Rule: e.Time.Rule}
	}
	ev.Headline = headline(e.Type, e.Status, e.Trigger, ev.Participants, ev.Locations)
	ev.CAMEO, ev.PLOVER = codesOf(e.Type, e.Status, e.Trigger, ev.Participants, ev.Locations)
	ev.ID = baseID(ev.Date, e.Type, ev.Participants, ev.Locations)
	return ev
}

// cloneAll returns a copy of ss holding copies of its strings.
func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}

// Singles returns Single of each of an article's mentions, in order, with
// IDs made unique within the article by the suffixes -2, -3 and so on.
func Singles(articleID string, events []extract.Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = Single(articleID, e)
	}
	uniqueIDs(out)
	return out
}

// Line is one line of `chronicle extract` output: an article, its time
// expressions and its event mentions, each in the shape of a timeline
// event with one mention.
type Line struct {
	Article  extract.Article `json:"article"`  // the article's metadata
	Timexes  []extract.Timex `json:"timexes"`  // temporal expressions in text order
	Events   []Event         `json:"events"`   // event mentions in text order, each a Single
	Warnings []string        `json:"warnings"` // problems that did not stop extraction
}

// NewLine returns the output line of an extraction result, with empty
// lists rather than nil ones so that they are written as []. Write it with
// a json.Encoder that does not escape HTML, as WriteJSON does.
func NewLine(r extract.Result) Line {
	return Line{
		Article:  r.Article,
		Timexes:  nonNil(r.Timexes),
		Events:   Singles(r.Article.ID, r.Events),
		Warnings: nonNil(r.Warnings),
	}
}

var (
	// ErrNoArticleID reports an extract line whose article has no ID.
	ErrNoArticleID = errors.New("article has no id")
	// ErrNotSingle reports an extract line's event that has not exactly one mention.
	ErrNotSingle = errors.New("event has not exactly one mention")
	// ErrOtherArticle reports an extract line's mention of another article than the line's.
	ErrOtherArticle = errors.New("mention of another article")
)

// ReadError is a problem with one line of `chronicle extract` output.
type ReadError struct {
	Line int   // 1-based line number
	Err  error // what is wrong
}

// Error formats the problem as "line N: message".
func (e *ReadError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ReadError) Unwrap() error { return e.Err }

// ReadExtract reads `chronicle extract` output (JSON Lines, one Line per
// article; blank lines are skipped) and returns its articles and event
// mentions in the order read, ready for Build; each article carries the
// line's warnings. Each event must have
// exactly one mention, of the line's article. A bad line stops reading
// with a *ReadError giving its number.
func ReadExtract(r io.Reader) ([]extract.Article, []Event, error) {
	var (
		articles []extract.Article
		events   []Event
	)
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, nil, fmt.Errorf("cannot read extract output at line %d: %w", n, err)
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			l, err := ParseLine(b)
			if err != nil {
				return nil, nil, &ReadError{Line: n, Err: err}
			}
			articles = append(articles, l.Article)
			events = append(events, l.Events...)
		}
		if err == io.EOF {
			return articles, events, nil
		}
	}
}

// ParseLine parses one line of `chronicle extract` output. Each event
// must have exactly one mention, of the line's article; the article
// carries the line's warnings, for Build.
func ParseLine(b []byte) (Line, error) {
	var l Line
	if err := json.Unmarshal(b, &l); err != nil {
		return Line{}, err
	}
	if l.Article.ID == "" {
		return Line{}, ErrNoArticleID
	}
	for i, e := range l.Events {
		switch {
		case len(e.Mentions) != 1:
			return Line{}, fmt.Errorf("event %d: %w", i+1, ErrNotSingle)
		case e.Mentions[0].Article != l.Article.ID:
			return Line{}, fmt.Errorf("event %d: %w %q", i+1, ErrOtherArticle, e.Mentions[0].Article)
		}
	}
	l.Article.Warnings = l.Warnings
	return l, nil
}

// nonNil returns s, or an empty slice when s is nil, so that it is
// written as [] rather than null.
func nonNil[S ~[]E, E any](s S) S {
	if s == nil {
		return S{}
	}
	return s
}
