package timeline

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// templateFS holds the page template and the style sheet and script it
// inlines.
//
//go:embed templates
var templateFS embed.FS

// pageAssets is the parsed page template and the text of its inline
// style sheet and script, read once.
var pageAssets = sync.OnceValues(func() (*pageFiles, error) {
	tmpl, err := template.ParseFS(templateFS, "templates/page.html.tmpl")
	if err != nil {
		return nil, err
	}
	css, err := templateFS.ReadFile("templates/page.css")
	if err != nil {
		return nil, err
	}
	js, err := templateFS.ReadFile("templates/page.js")
	if err != nil {
		return nil, err
	}
	return &pageFiles{tmpl: tmpl, css: string(css), js: string(js)}, nil
})

// pageFiles is the page template and its inline assets.
type pageFiles struct {
	tmpl *template.Template // templates/page.html.tmpl
	css  string             // templates/page.css, inlined in <style>
	js   string             // templates/page.js, inlined in <script>
}

// WriteHTML writes the timeline as a self-contained static HTML page for
// readers: a vertical timeline of the dated events grouped by year and
// month, then the undated events, each with its date at its precision,
// type, status, headline, participants, places and sources, and the
// evidence for it: every reporting sentence, with its time expression
// marked and an explanation of how that expression was dated (see
// Time.Explain). Reports that date an event differently are shown beside
// the chosen date. Filters by type, status and participant and a text
// search run in a small inline script.
//
// The page makes no network requests: its style sheet and script are
// inline, allowed by a Content-Security-Policy that names their SHA-256
// hashes and nothing else, so no other script could run. All article
// text is written as text, never as markup, and only http and https
// addresses become links. The same timeline always gives the same bytes.
func (t *Timeline) WriteHTML(w io.Writer) error {
	files, err := pageAssets()
	if err != nil {
		return fmt.Errorf("cannot read html templates: %w", err)
	}
	p := newHTMLPage(t)
	p.CSS = template.CSS(files.css)
	p.JS = template.JS(files.js)
	p.CSP = contentSecurityPolicy(files.css, files.js)
	bw := bufio.NewWriter(w)
	if err := files.tmpl.ExecuteTemplate(bw, "page", p); err != nil {
		return fmt.Errorf("cannot write html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("cannot write html: %w", err)
	}
	return nil
}

// contentSecurityPolicy returns a policy that allows only the given
// inline style sheet and script, by hash, and data: images (the empty
// favicon).
func contentSecurityPolicy(css, js string) string {
	return "default-src 'none'; style-src '" + sourceHash(css) + "'; script-src '" + sourceHash(js) +
		"'; img-src data:; base-uri 'none'; form-action 'none'"
}

// sourceHash returns the CSP hash source of an inline element's text:
// sha256- and the base64 of its SHA-256 digest.
func sourceHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// htmlPage is what the page template shows.
type htmlPage struct {
	Title        string        // the title and main heading
	CSP          string        // the Content-Security-Policy
	CSS          template.CSS  // the inline style sheet
	JS           template.JS   // the inline script
	Counts       []string      // facts about the timeline for the header
	Total        int           // number of events, dated and undated
	Types        []pageFilter  // the types present
	Statuses     []pageFilter  // the statuses present
	Participants []pageFilter  // the participants, by name
	Years        []pageYear    // the dated events, by year
	Undated      []pageEvent   // the undated events
	Articles     []pageArticle // every article, by ID
	Warnings     []string      // problems met while building
	Jump         []pageJump    // links to the year groups
}

// pageFilter is one choice of a filter.
type pageFilter struct {
	Value string // the value matched against the events' data attributes
	Label string // what the reader sees
	Count int    // number of events with the value
}

// pageJump links to a year group from the navigation.
type pageJump struct {
	ID    string // the group's heading id
	Label string // its heading
}

// pageYear is the events of one year, or of a period longer than a year.
type pageYear struct {
	ID     string      // id of the heading
	Label  string      // "2016", or "the 1990s"
	Months []pageMonth // the events, by month
}

// pageMonth is the events of one month, or of a part of a year longer
// than a month ("Q3 2016"). A group with no Label holds events whose year
// group already says all the page knows of their date.
type pageMonth struct {
	ID     string      // id of the heading
	Label  string      // "October 2016", or empty
	Events []pageEvent // the events, in timeline order
}

// pageEvent is one event as the page shows it.
type pageEvent struct {
	ID               string         // the event's id, also the element's id
	Type             string         // the type's schema name
	TypeLabel        string         // "Meeting"
	Status           string         // the status's schema name
	StatusLabel      string         // "Occurred"
	DateText         string         // the date at its precision, or "Undated"
	DateTime         string         // the date as an HTML datetime, or empty when it has none
	ChosenText       string         // the date with its weekday, beside conflicting dates
	Headline         string         // the headline
	Level            int            // heading level of the headline, 3 or 4
	Participants     []string       // who took part
	ParticipantsAttr string         // the participants joined by |
	Locations        []string       // where
	SourcesText      string         // "2 articles", or "3 articles, 2 independent"
	Articles         []pageArticle  // the articles reporting it, in order of first report
	Mentions         []pageMention  // the reports
	Conflicts        []pageConflict // reports giving other dates
	Agreeing         int            // number of reports that give the chosen date
}

// pageArticle is an article as the page cites it.
type pageArticle struct {
	ID        string // the article's ID
	Title     string // its title, or its ID when it has none
	URL       string // its http(s) address, or empty
	Source    string // the outlet
	Published string // the publication date for readers, or empty
	From      string // where the publication date came from, for readers
	CopyOf    string // title of the article this is a copy of, or empty
}

// pageMention is one report of an event.
type pageMention struct {
	Parts      []pageText  // the sentence, with the time expression and trigger marked
	TimeText   string      // the time expression as written, or empty
	Dated      bool        // whether the report dates the event
	Why        string      // how the report was dated (see Time.Explain)
	Article    pageArticle // where the report is
	StatusNote string      // the report's own status when it differs from the event's, or empty
}

// pageText is a piece of a sentence: plain text, the time expression or
// the trigger.
type pageText struct {
	Text string // the text
	Kind string // "", "timex" or "trigger"
}

// pageConflict is a report giving another date.
type pageConflict struct {
	DateText string      // the other date, for readers
	Text     string      // the time expression as written, or empty for the publication date
	Article  pageArticle // where the report is
}

// pageTypeLabels and pageStatusLabels name the types and statuses for
// readers.
var (
	pageTypeLabels   = map[string]string{"meeting": "Meeting", "ceasefire": "Ceasefire", "offensive": "Offensive", "aid": "Aid", "statement": "Statement"}
	pageStatusLabels = map[string]string{"occurred": "Occurred", "planned": "Planned", "proposed": "Proposed", "failed": "Failed"}
)

// pageFromLabels say where a publication date came from (see
// extract.Article.PublishedFrom).
var pageFromLabels = map[string]string{
	"flag": "date from the command line", "manifest": "date from the manifest", "front-matter": "date from the front matter",
	"json": "date from the JSON record", "html-meta": "date from the page's metadata", "text": "date inferred from the article's text",
	"none": "no publication date",
}

// pageLabel returns the reader's name for name from labels, or the name
// itself.
func pageLabel(labels map[string]string, name string) string {
	if l, ok := labels[name]; ok {
		return l
	}
	return name
}

// newHTMLPage builds the view of timeline t.
func newHTMLPage(t *Timeline) *htmlPage {
	p := &htmlPage{Warnings: t.Warnings, Total: len(t.Events) + len(t.Undated)}
	articles := make(map[string]*extract.Article, len(t.Articles))
	for i := range t.Articles {
		articles[t.Articles[i].ID] = &t.Articles[i]
	}
	cite := func(id string) pageArticle { return pageCite(id, articles) }
	for _, a := range t.Articles {
		p.Articles = append(p.Articles, cite(a.ID))
	}

	// the header
	p.Title = "Timeline"
	if first, last, ok := pageDateRange(t.Events); ok {
		p.Title += ": " + first
		if last != first {
			p.Title += " – " + last
		}
	}
	conflicting, independent := 0, 0
	for _, e := range t.Events {
		if len(e.Conflicts) > 0 {
			conflicting++
		}
	}
	for _, a := range t.Articles {
		if a.DuplicateOf == "" {
			independent++
		}
	}
	p.Counts = []string{
		pageCount(p.Total, "event", "events") + ": " + strconv.Itoa(len(t.Events)) + " dated, " + strconv.Itoa(len(t.Undated)) + " undated",
		pageCount(len(t.Articles), "article", "articles") + ", " + pageCount(independent, "independent source", "independent sources"),
		pageCount(conflicting, "event", "events") + " with conflicting dates",
	}

	// the filters
	all := slices.Concat(t.Events, t.Undated)
	p.Types = pageOptions(all, func(e Event) []string { return []string{e.Type.String()} }, pageTypeOrder, pageTypeLabels)
	p.Statuses = pageOptions(all, func(e Event) []string { return []string{e.Status.String()} }, pageStatusOrder, pageStatusLabels)
	p.Participants = pageOptions(all, func(e Event) []string { return e.Participants }, nil, nil)

	// the events
	ids := pageIDs{}
	// Events are in date order, so groups are too, but for dates longer
	// than a month; a group takes the events of its label wherever they
	// fall, at the place of its first.
	yearAt, monthAt := map[string]int{}, map[[2]string]int{}
	for _, e := range t.Events {
		yl, ml := pageGroupOf(e.Date)
		yi, ok := yearAt[yl]
		if !ok {
			yi = len(p.Years)
			yearAt[yl] = yi
			p.Years = append(p.Years, pageYear{ID: ids.make("y_" + slug(yl)), Label: yl})
			p.Jump = append(p.Jump, pageJump{ID: p.Years[yi].ID, Label: yl})
		}
		y := &p.Years[yi]
		mi, ok := monthAt[[2]string{yl, ml}]
		if !ok {
			mi = len(y.Months)
			monthAt[[2]string{yl, ml}] = mi
			id := ""
			if ml != "" {
				id = ids.make("m_" + slug(ml))
			}
			y.Months = append(y.Months, pageMonth{ID: id, Label: ml})
		}
		m := &y.Months[mi]
		level := 4
		if m.Label == "" {
			level = 3
		}
		m.Events = append(m.Events, newPageEvent(e, level, articles, cite))
	}
	for _, e := range t.Undated {
		p.Undated = append(p.Undated, newPageEvent(e, 3, articles, cite))
	}
	return p
}

// pageTypeOrder and pageStatusOrder are the order of the type and status
// filters: the order of the schema.
var (
	pageTypeOrder   = []string{"meeting", "ceasefire", "offensive", "aid", "statement"}
	pageStatusOrder = []string{"occurred", "planned", "proposed", "failed"}
)

// pageOptions returns the values of the events' field, each with the number
// of events having it: in the order given, then by name.
func pageOptions(events []Event, field func(Event) []string, order []string, labels map[string]string) []pageFilter {
	counts := map[string]int{}
	for _, e := range events {
		seen := map[string]bool{}
		for _, v := range field(e) {
			if !seen[v] {
				seen[v] = true
				counts[v]++
			}
		}
	}
	var out []pageFilter
	for v, n := range counts {
		out = append(out, pageFilter{Value: v, Label: pageLabel(labels, v), Count: n})
	}
	rank := func(v string) int {
		if i := slices.Index(order, v); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortFunc(out, func(a, b pageFilter) int {
		return cmp.Or(
			cmp.Compare(rank(a.Value), rank(b.Value)),
			cmp.Compare(strings.ToLower(a.Value), strings.ToLower(b.Value)),
			cmp.Compare(a.Value, b.Value),
		)
	})
	return out
}

// pageCount writes n and the noun for it: "1 event", "2 events".
func pageCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// pageDateRange returns the first and last dates of the dated events for
// readers, skipping open ones.
func pageDateRange(events []Event) (first, last string, ok bool) {
	var lo, hi string
	for _, e := range events {
		if e.Date == nil {
			continue
		}
		if e.Date.Start != "" && (lo == "" || e.Date.Start < lo) {
			lo = e.Date.Start
		}
		if e.Date.End != "" && e.Date.End > hi {
			hi = e.Date.End
		}
	}
	if lo == "" || hi == "" {
		return "", "", false
	}
	day := func(s string) string {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return s
		}
		return d.Format("2 Jan 2006")
	}
	return day(lo), day(hi), true
}

// pageIDs makes unique element ids.
type pageIDs map[string]bool

// make returns id, or id with the first free suffix -2, -3, ...
func (m pageIDs) make(id string) string {
	s := id
	for n := 2; m[s]; n++ {
		s = id + "-" + strconv.Itoa(n)
	}
	m[s] = true
	return s
}

// pageGroupOf returns the labels of the year and month groups of an event
// dated d. A date of at most a month goes in the year and month of its
// first day ("2016", "October 2016"); a longer part of a year in its year
// under its own label ("Q3 2016", "Some time in 2016"); a date over
// several years, or open ("Before 18 Oct 2016"), in a year group of its
// own and no month group (an empty month label).
func pageGroupOf(d *Date) (year, month string) {
	if d == nil {
		return "Undated", ""
	}
	start, err1 := time.Parse(time.DateOnly, d.Start)
	end, err2 := time.Parse(time.DateOnly, d.End)
	switch {
	case d.Start == "" && err2 == nil:
		return "Before " + end.Format("2 Jan 2006"), ""
	case d.End == "" && err1 == nil:
		return "After " + start.Format("2 Jan 2006"), ""
	case err1 != nil || err2 != nil:
		return d.Display(), ""
	}
	y := start.Format("2006")
	switch {
	case end.Sub(start) <= 31*24*time.Hour:
		return y, start.Format("January 2006")
	case start.Year() == end.Year() && d.Granularity == extract.Year:
		return y, "Some time in " + y
	case start.Year() == end.Year():
		return y, d.Display()
	}
	return d.Display(), ""
}

// newPageEvent builds the view of event e with its headline at the given
// heading level.
func newPageEvent(e Event, level int, articles map[string]*extract.Article, cite func(string) pageArticle) pageEvent {
	v := pageEvent{
		ID:               e.ID,
		Type:             e.Type.String(),
		TypeLabel:        pageLabel(pageTypeLabels, e.Type.String()),
		Status:           e.Status.String(),
		StatusLabel:      pageLabel(pageStatusLabels, e.Status.String()),
		DateText:         "Undated",
		Headline:         e.Headline,
		Level:            level,
		Participants:     e.Participants,
		ParticipantsAttr: strings.Join(e.Participants, "|"),
		Locations:        e.Locations,
	}
	if e.Date != nil {
		v.DateText = e.Date.Display()
		v.ChosenText = explainValue(e.Date.Value, time.Time{})
		v.DateTime = htmlDateTime(e.Date)
	}
	var seen []string
	for _, m := range e.Mentions {
		if !slices.Contains(seen, m.Article) {
			seen = append(seen, m.Article)
			v.Articles = append(v.Articles, cite(m.Article))
		}
		mv := pageMention{
			Parts:    pageMarks(m.Sentence, m.Time.Text, m.Trigger),
			TimeText: m.Time.Text,
			Dated:    m.Time.Value != "",
			Why:      m.Time.Explain(articles[m.Article]),
			Article:  cite(m.Article),
		}
		if m.Status != e.Status {
			mv.StatusNote = "this report: " + strings.ToLower(pageLabel(pageStatusLabels, m.Status.String()))
		}
		v.Mentions = append(v.Mentions, mv)
	}
	v.SourcesText = pageCount(len(v.Articles), "article", "articles")
	if e.Sources != len(v.Articles) {
		v.SourcesText += ", " + strconv.Itoa(e.Sources) + " independent"
	}
	for _, c := range e.Conflicts {
		var anchor time.Time
		if a := articles[c.Article]; a != nil {
			anchor, _ = time.Parse(time.DateOnly, a.Published)
		}
		v.Conflicts = append(v.Conflicts, pageConflict{
			DateText: explainValue(c.Value, anchor),
			Text:     c.Text,
			Article:  cite(c.Article),
		})
	}
	if len(v.Conflicts) > 0 {
		for _, m := range e.Mentions {
			if m.Time.Value != "" && !slices.ContainsFunc(e.Conflicts, func(c Conflict) bool {
				return c.Article == m.Article && c.Value == m.Time.Value
			}) {
				v.Agreeing++
			}
		}
	}
	return v
}

// htmlDateTime returns the date as an HTML datetime value (a year, month,
// day or week), or "" when it has none.
func htmlDateTime(d *Date) string {
	switch d.Granularity {
	case extract.Day, extract.Month, extract.Year, extract.Week:
		if htmlValidDateTime(d.Value) {
			return d.Value
		}
	case extract.PartOfDay:
		if day, _, ok := strings.Cut(d.Value, "T"); ok && htmlValidDateTime(day) {
			return day
		}
	}
	return ""
}

// htmlValidDateTime reports whether s has the form YYYY, YYYY-MM, YYYY-MM-DD
// or YYYY-Www.
func htmlValidDateTime(s string) bool {
	shape := make([]byte, len(s))
	for i := range len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			shape[i] = '9'
		default:
			shape[i] = c
		}
	}
	switch string(shape) {
	case "9999", "9999-99", "9999-99-99", "9999-W99":
		return true
	}
	return false
}

// pageCite returns the view of the article with the given ID.
func pageCite(id string, articles map[string]*extract.Article) pageArticle {
	a := articles[id]
	if a == nil {
		return pageArticle{ID: id, Title: id}
	}
	v := pageArticle{ID: a.ID, Title: cmp.Or(strings.TrimSpace(a.Title), a.ID), URL: pageLinkURL(a.URL), Source: a.Source, From: pageLabel(pageFromLabels, a.PublishedFrom)}
	if d, err := time.Parse(time.DateOnly, a.Published); err == nil {
		v.Published = d.Format("2 Jan 2006")
	} else {
		v.Published = a.Published
	}
	if a.DuplicateOf != "" {
		v.CopyOf = a.DuplicateOf
		if o := articles[a.DuplicateOf]; o != nil {
			v.CopyOf = cmp.Or(strings.TrimSpace(o.Title), o.ID)
		}
	}
	return v
}

// pageLinkURL returns s when it is an absolute http or https address, and ""
// otherwise: only those become links.
func pageLinkURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" || u.User != nil {
		return ""
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// pageMarks splits a sentence into plain text, the time expression
// (the occurrence of timex nearest the trigger) and the trigger (its
// first occurrence, when it does not overlap the time expression).
func pageMarks(sentence, timex, trigger string) []pageText {
	type mark struct {
		lo, hi int
		kind   string
	}
	trig := -1
	if trigger != "" {
		trig = strings.Index(sentence, trigger)
	}
	var marks []mark
	if timex != "" {
		best := -1
		for i := 0; ; {
			j := strings.Index(sentence[i:], timex)
			if j < 0 {
				break
			}
			at := i + j
			if best < 0 || trig >= 0 && pageAbs(at-trig) < pageAbs(best-trig) {
				best = at
			}
			i = at + len(timex)
		}
		if best >= 0 {
			marks = append(marks, mark{best, best + len(timex), "timex"})
		}
	}
	if trig >= 0 {
		t := mark{trig, trig + len(trigger), "trigger"}
		if len(marks) == 0 || t.hi <= marks[0].lo || t.lo >= marks[0].hi {
			marks = append(marks, t)
		}
	}
	slices.SortFunc(marks, func(a, b mark) int { return cmp.Compare(a.lo, b.lo) })
	var parts []pageText
	at := 0
	for _, m := range marks {
		if m.lo > at {
			parts = append(parts, pageText{Text: sentence[at:m.lo]})
		}
		parts = append(parts, pageText{Text: sentence[m.lo:m.hi], Kind: m.kind})
		at = m.hi
	}
	if at < len(sentence) {
		parts = append(parts, pageText{Text: sentence[at:]})
	}
	return parts
}

// pageAbs returns the absolute value of n.
func pageAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
