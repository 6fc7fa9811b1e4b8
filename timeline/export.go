package timeline

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// This file writes the timeline for the tools people already use:
// Knight Lab TimelineJS, spreadsheets (CSV) and stream processors (JSON
// Lines).

// WriteTimelineJS writes the timeline as Knight Lab TimelineJS JSON (the
// format of https://timeline.knightlab.com/docs/json-format.html), indented,
// ending in a newline: a title slide and one slide per dated event, in the
// timeline's order.
//
// A slide's start_date (and end_date, for a date of several days) holds
// numbers at the date's precision: year, month and day for a day, a part
// of a day, a week or a weekend (whose end_date is its last day); year and
// month for a month, and for a quarter or season as a span of months; the
// year alone for a year, and for a decade as a span of years. Its
// display_date is Date.Display ("night of 13 Oct 2016", "week of 5 Dec
// 2016"), its group the event type, its text.headline the event's headline
// and its text.text an HTML summary: status, participants, places, number
// of sources, each reporting sentence with its article (linked when the
// article has an http or https URL) and the reports that date the event
// otherwise.
//
// Events that have no place on a time axis are left out: the undated ones
// and those dated only relative to publication (PAST_REF, PRESENT_REF,
// FUTURE_REF) or with no calendar start. The title slide says how many
// were left out; the other formats list them all.
//
// TimelineJS renders text.headline and text.text as HTML, so all article
// text in them is HTML-escaped. TimelineJS 3.9 reads display_date and
// group as HTML, strips the markup and inserts the text that is left as
// HTML again, which undoes one escaping: so a display_date holding <, >
// or & is left out (the dates Display writes never do), and TimelineJS
// formats the date itself; a group is a type name, which never does. Each slide sets autolink false, so that URLs in the sentences do
// not become links. A slide's unique_id, which TimelineJS makes the
// slide's element ID and URL fragment (#event-ID), is the event ID, which
// is already lower-case letters, digits and single hyphens; an ID of any
// other form (only in a timeline not made by Build) is made into one, and
// made unique with -2, -3 ... if need be. The title slide's is "title".
func (t *Timeline) WriteTimelineJS(w io.Writer) error {
	doc, err := t.timelineJS()
	if err == nil {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false) // article text in the markup is escaped already
		enc.SetIndent("", "  ")
		err = enc.Encode(doc)
	}
	if err != nil {
		return fmt.Errorf("cannot write timeline as timelinejs: %w", err)
	}
	return nil
}

// WriteCSV writes the timeline as CSV (RFC 4180, with CRLF line ends): a
// header line, then one row per event, the dated events and then the
// undated ones, in the timeline's order. The columns are
//
//	id,date,start,end,granularity,type,status,headline,participants,locations,sources,first_source_url
//
// where date is the TIMEX3 value, start, end and granularity are the
// date's (all four empty for an undated event), participants and
// locations are joined by "; ", sources is the number of independent
// reports and first_source_url is the URL of the first article, in the
// order of the event's mentions, that has one.
//
// To guard against CSV formula injection (see OWASP's "CSV Injection"), a
// text cell (id, headline, participants, locations or first_source_url)
// that begins with =, +, -, @, a tab or a carriage return is written with
// an apostrophe before it, so that a spreadsheet shows it as text rather
// than running it as a formula. Numbers, dates and the names of types,
// statuses and granularities are written as they are. A reader that wants
// the text back removes one leading apostrophe from such a cell. As
// encoding/csv writes with CRLF line ends, a newline inside a cell is
// written as CRLF (read back as a newline) and a lone carriage return
// inside a cell is dropped.
func (t *Timeline) WriteCSV(w io.Writer) error {
	urls := make(map[string]string, len(t.Articles))
	for _, a := range t.Articles {
		urls[a.ID] = a.URL
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	_ = cw.Write(csvHeader) // errors stay in cw until Flush
	row := make([]string, len(csvHeader))
	for _, events := range [][]Event{t.Events, t.Undated} {
		for i := range events {
			csvRow(row, &events[i], urls)
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("cannot write timeline as csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("cannot write timeline as csv: %w", err)
	}
	return nil
}

// WriteJSONL writes the timeline's events as JSON Lines: one compact JSON
// object per line, the dated events and then the undated ones, in the
// timeline's order. Each object is an event exactly as in the JSON
// timeline (see WriteJSON): the same fields, every list written as []
// when empty, never null, and <, > and & written as they are.
func (t *Timeline) WriteJSONL(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, events := range [][]Event{t.Events, t.Undated} {
		for _, e := range normalEvents(events) {
			if err := enc.Encode(e); err != nil {
				return fmt.Errorf("cannot write timeline as jsonl: %w", err)
			}
		}
	}
	return nil
}

// csvHeader names the columns WriteCSV writes.
var csvHeader = []string{
	"id", "date", "start", "end", "granularity", "type", "status", "headline",
	"participants", "locations", "sources", "first_source_url",
}

// csvRow fills row with the cells of e. urls maps article IDs to URLs.
func csvRow(row []string, e *Event, urls map[string]string) {
	var value, start, end, gran string
	if d := e.Date; d != nil {
		value, start, end, gran = d.Value, d.Start, d.End, d.Granularity.String()
	}
	var first string
	for _, m := range e.Mentions {
		if u := urls[m.Article]; u != "" {
			first = u
			break
		}
	}
	row[0] = csvText(e.ID)
	row[1] = value
	row[2] = start
	row[3] = end
	row[4] = gran
	row[5] = e.Type.String()
	row[6] = e.Status.String()
	row[7] = csvText(e.Headline)
	row[8] = csvText(strings.Join(e.Participants, "; "))
	row[9] = csvText(strings.Join(e.Locations, "; "))
	row[10] = strconv.Itoa(e.Sources)
	row[11] = csvText(first)
}

// csvText returns a text cell guarded against formula injection: s with an
// apostrophe before it if it begins with =, +, -, @, a tab or a carriage
// return.
func csvText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// tljsDocument is a TimelineJS timeline.
type tljsDocument struct {
	Title  tljsSlide   `json:"title"`  // the title slide, which has no date
	Events []tljsSlide `json:"events"` // one slide per event
}

// tljsSlide is a TimelineJS slide.
type tljsSlide struct {
	StartDate   *tljsDate `json:"start_date,omitempty"`   // nil for the title
	EndDate     *tljsDate `json:"end_date,omitempty"`     // last day, month or year of a span, or nil
	DisplayDate string    `json:"display_date,omitempty"` // the date as a reader sees it
	Text        tljsText  `json:"text"`                   // headline and HTML text
	Group       string    `json:"group,omitempty"`        // the event type
	UniqueID    string    `json:"unique_id"`              // the slide's ID in the page and URL
	Autolink    bool      `json:"autolink"`               // whether TimelineJS links URLs in the text; always false
}

// tljsDate is a TimelineJS date: fields left zero are left out, which
// gives the date its precision.
type tljsDate struct {
	Year  int `json:"year"`            // calendar year
	Month int `json:"month,omitempty"` // 1 to 12, or 0 for a year
	Day   int `json:"day,omitempty"`   // 1 to 31, or 0 for a month or year
}

// tljsText is the text of a TimelineJS slide, both fields HTML.
type tljsText struct {
	Headline string `json:"headline"` // escaped text
	Text     string `json:"text"`     // HTML made by slideText
}

// timelineJS returns the TimelineJS document of t.
func (t *Timeline) timelineJS() (*tljsDocument, error) {
	articles := make(map[string]*extract.Article, len(t.Articles))
	for i := range t.Articles {
		articles[t.Articles[i].ID] = &t.Articles[i]
	}
	doc := &tljsDocument{Events: make([]tljsSlide, 0, len(t.Events))}
	ids := make(map[string]bool, len(t.Events)+1)
	ids["title"] = true
	offAxis := 0
	var b strings.Builder
	for i := range t.Events {
		e := &t.Events[i]
		start, end, ok := tljsDates(e.Date)
		if !ok {
			offAxis++
			continue
		}
		b.Reset()
		if err := slideText.Execute(&b, newSlideData(e, articles)); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		s := tljsSlide{
			StartDate: start,
			EndDate:   end,
			Text:      tljsText{Headline: html.EscapeString(e.Headline), Text: b.String()},
			Group:     e.Type.String(),
			UniqueID:  tljsID(e.ID, ids),
		}
		if d := e.Date.Display(); !strings.ContainsAny(d, "<>&") {
			s.DisplayDate = d
		}
		doc.Events = append(doc.Events, s)
	}
	doc.Title = tljsSlide{
		Text: tljsText{
			Headline: "Timeline of " + countOf(len(doc.Events), "event"),
			Text:     titleText(len(doc.Events), len(t.Articles), len(t.Undated), offAxis),
		},
		UniqueID: "title",
	}
	return doc, nil
}

// tljsDates returns the TimelineJS start and end dates of d, end nil when
// the date is not a span at its precision. It reports whether d can be
// placed on a time axis at all.
func tljsDates(d *Date) (start, end *tljsDate, ok bool) {
	if d == nil || d.Granularity == extract.Ref {
		return nil, nil, false
	}
	s, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return nil, nil, false
	}
	e, err := time.Parse(time.DateOnly, d.End)
	if err != nil || e.Before(s) {
		e = s
	}
	var precise func(time.Time) *tljsDate
	switch d.Granularity {
	case extract.Month, extract.Quarter, extract.Season:
		precise = func(t time.Time) *tljsDate { return &tljsDate{Year: t.Year(), Month: int(t.Month())} }
	case extract.Year, extract.Decade:
		precise = func(t time.Time) *tljsDate { return &tljsDate{Year: t.Year()} }
	default: // a day, part of a day, week or weekend, or a span of unknown kind
		precise = func(t time.Time) *tljsDate {
			return &tljsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
		}
	}
	start, end = precise(s), precise(e)
	if *end == *start {
		end = nil
	}
	return start, end, true
}

// tljsID returns a TimelineJS unique_id for the event ID id that is not in
// taken, and adds it to taken: the ID in lower-case letters, digits and
// single hyphens (as Build makes it already), or "event" if that leaves
// nothing, with -2, -3 ... after it if it is taken.
func tljsID(id string, taken map[string]bool) string {
	s := slug(id)
	if s == "" {
		s = "event"
	}
	u := s
	for n := 2; taken[u]; n++ {
		u = s + "-" + strconv.Itoa(n)
	}
	taken[u] = true
	return u
}

// titleText returns the HTML text of the title slide.
func titleText(shown, articles, undated, offAxis int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%s from %s, built by chronicle.</p>", countOf(shown, "dated event"), countOf(articles, "article"))
	if undated > 0 || offAxis > 0 {
		var left []string
		if undated > 0 {
			left = append(left, countOf(undated, "undated event"))
		}
		if offAxis > 0 {
			left = append(left, countOf(offAxis, "event")+" with no calendar date (such as “in recent days”)")
		}
		fmt.Fprintf(&b, "<p>Not shown, having no place on a time axis: %s.</p>", strings.Join(left, " and "))
	}
	return b.String()
}

// countOf returns n and noun, with an s for any n but 1: "1 event", "2
// events".
func countOf(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// slideText makes the text of an event's slide from a slideData. Every
// value is escaped for its context, and a URL other than http or https
// does not reach an href.
var slideText = template.Must(template.New("slide").Parse(
	`<p>Status: {{.Status}}.` +
		`{{with .Participants}} Participants: {{.}}.{{end}}` +
		`{{with .Places}} Place: {{.}}.{{end}}` +
		` Sources: {{.Sources}}.</p>` +
		`{{with .Reports}}<ul>{{range .}}<li>“{{.Sentence}}” ({{template "article" .Article}})</li>{{end}}</ul>{{end}}` +
		`{{with .Conflicts}}<p>Dated otherwise by:</p><ul>{{range .}}` +
		`<li>{{.Value}}{{with .Text}} (“{{.}}”){{end}}: “{{.Sentence}}” ({{template "article" .Article}})</li>` +
		`{{end}}</ul>{{end}}` +
		`{{define "article"}}{{if .URL}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}}` +
		`{{with .Published}}, {{.}}{{end}}{{end}}`))

// slideData is what slideText shows of an event.
type slideData struct {
	Status       string        // occurred, planned ...
	Participants string        // joined by ", "
	Places       string        // joined by ", "
	Sources      int           // number of independent reports
	Reports      []slideReport // one per mention
	Conflicts    []slideReport // one per conflict
}

// slideReport is a report of an event on a slide.
type slideReport struct {
	Value    string       // the other date's TIMEX3 value, for a conflict
	Text     string       // the other date as written, for a conflict
	Sentence string       // the reporting sentence
	Article  slideArticle // the article it is in
}

// slideArticle names an article on a slide.
type slideArticle struct {
	Name      string // title, source or ID
	URL       string // http or https URL, or empty
	Published string // publication date, or empty
}

// newSlideData returns what the slide of e shows. articles maps IDs to
// articles.
func newSlideData(e *Event, articles map[string]*extract.Article) *slideData {
	d := &slideData{
		Status:       e.Status.String(),
		Participants: strings.Join(e.Participants, ", "),
		Places:       strings.Join(e.Locations, ", "),
		Sources:      e.Sources,
		Reports:      make([]slideReport, len(e.Mentions)),
		Conflicts:    make([]slideReport, len(e.Conflicts)),
	}
	for i, m := range e.Mentions {
		d.Reports[i] = slideReport{Sentence: m.Sentence, Article: newSlideArticle(m.Article, articles)}
	}
	for i, c := range e.Conflicts {
		d.Conflicts[i] = slideReport{Value: c.Value, Text: c.Text, Sentence: c.Sentence, Article: newSlideArticle(c.Article, articles)}
	}
	return d
}

// newSlideArticle returns how a slide names the article with the given
// ID: by title and source if known, else by ID.
func newSlideArticle(id string, articles map[string]*extract.Article) slideArticle {
	a := articles[id]
	if a == nil {
		return slideArticle{Name: id}
	}
	name := a.Title
	switch {
	case name == "" && a.Source == "":
		name = id
	case name == "":
		name = a.Source
	case a.Source != "":
		name += ", " + a.Source
	}
	return slideArticle{Name: name, URL: webURL(a.URL), Published: a.Published}
}

// webURL returns s if it is an absolute http or https URL, else "".
func webURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return s
}
