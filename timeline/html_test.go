package timeline_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// readTimeline reads a chronicle.timeline/v1 JSON document.
func readTimeline(t testing.TB, path string) *timeline.Timeline {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tl := new(timeline.Timeline)
	if err := json.Unmarshal(data, tl); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return tl
}

// pageOf writes the page of tl.
func pageOf(t testing.TB, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pageTimelines returns the timelines the page tests check: the
// hand-made ones in testdata/html and the expected timeline of
// ../testdata/timeline/paris-2014.txtar.
func pageTimelines(t *testing.T) map[string]*timeline.Timeline {
	out := map[string]*timeline.Timeline{
		"features": readTimeline(t, "testdata/html/features.json"),
		"hostile":  readTimeline(t, "testdata/html/hostile.json"),
		"empty":    {},
	}
	data, err := os.ReadFile("../testdata/timeline/paris-2014.txtar")
	if err != nil {
		t.Fatal(err)
	}
	tl := new(timeline.Timeline)
	if err := json.Unmarshal([]byte(*parseArchive(string(data)).file("timeline.json")), tl); err != nil {
		t.Fatalf("paris-2014.txtar: timeline.json: %v", err)
	}
	out["paris-2014"] = tl
	return out
}

// TestWriteHTMLGolden compares the page of testdata/html/features.json
// with features.html there; -update rewrites it.
func TestWriteHTMLGolden(t *testing.T) {
	tl := readTimeline(t, "testdata/html/features.json")
	got := pageOf(t, tl)
	golden := "testdata/html/features.html"
	if *update {
		if err := os.WriteFile(golden, got, 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", golden, diff)
	}
	if again := pageOf(t, tl); !bytes.Equal(got, again) {
		t.Errorf("WriteHTML gave different bytes for the same timeline")
	}
}

// node helpers over golang.org/x/net/html trees.

// attr returns the value of n's attribute key and whether it has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasClass reports whether n has the class c.
func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	return slices.Contains(strings.Fields(v), c)
}

// elements returns the elements under n, n included, that match.
func elements(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && match(d) {
			out = append(out, d)
		}
	}
	if n.Type == html.ElementNode && match(n) {
		out = append([]*html.Node{n}, out...)
	}
	return out
}

// tagged returns a matcher of elements with the tag name.
func tagged(tag string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == tag }
}

// byID returns the element with the id, or nil.
func byID(doc *html.Node, id string) *html.Node {
	for _, n := range elements(doc, func(n *html.Node) bool { v, ok := attr(n, "id"); return ok && v == id }) {
		return n
	}
	return nil
}

// text returns the text under n.
func text(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

// inside reports whether n is under an ancestor that matches.
func inside(n *html.Node, match func(*html.Node) bool) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return true
		}
	}
	return false
}

// TestWriteHTMLStructure checks the page's DOM contract: one element per
// event with its data attributes and a permalink, unique ids, the
// filters, and no resource from anywhere else.
func TestWriteHTMLStructure(t *testing.T) {
	for name, tl := range pageTimelines(t) {
		t.Run(name, func(t *testing.T) {
			doc, err := html.Parse(bytes.NewReader(pageOf(t, tl)))
			if err != nil {
				t.Fatal(err)
			}
			main := byID(doc, "timeline")
			if main == nil || main.Data != "main" {
				t.Fatalf("no <main id=timeline>")
			}
			for _, tag := range []string{"header", "nav", "main", "footer", "h1"} {
				if n := len(elements(doc, tagged(tag))); n == 0 {
					t.Errorf("no <%s>", tag)
				}
			}

			// ids are unique
			seen := map[string]bool{}
			for _, n := range elements(doc, func(n *html.Node) bool { _, ok := attr(n, "id"); return ok }) {
				id, _ := attr(n, "id")
				if seen[id] {
					t.Errorf("id %q is not unique", id)
				}
				seen[id] = true
			}

			// one element per event, in order, with its data
			all := slices.Concat(tl.Events, tl.Undated)
			events := elements(doc, func(n *html.Node) bool { _, ok := attr(n, "data-event-id"); return ok })
			if len(events) != len(all) {
				t.Fatalf("%d elements with data-event-id; want %d (events+undated)", len(events), len(all))
			}
			undated := byID(doc, "undated")
			byEventID := map[string]*html.Node{}
			for _, n := range events {
				byEventID[attrOr(n, "data-event-id")] = n
			}
			for i, e := range all {
				n := byEventID[e.ID]
				if n == nil {
					t.Errorf("no element for event %q", e.ID)
					continue
				}
				want := map[string]string{
					"id": e.ID, "data-event-id": e.ID, "data-type": e.Type.String(), "data-status": e.Status.String(),
					"data-participants": strings.Join(e.Participants, "|"),
				}
				for k, w := range want {
					if v, _ := attr(n, k); v != w {
						t.Errorf("event %q: %s=%q; want %q", e.ID, k, v, w)
					}
				}
				if n.Data != "article" || !hasClass(n, "event") {
					t.Errorf("event %q is <%s class=event?%v>; want <article class=event>", e.ID, n.Data, hasClass(n, "event"))
				}
				if !inside(n, func(p *html.Node) bool { return p == main }) {
					t.Errorf("event %q is not in <main>", e.ID)
				}
				inUndated := undated != nil && inside(n, func(p *html.Node) bool { return p == undated })
				if inUndated != (i >= len(tl.Events)) {
					t.Errorf("event %q: inside #undated = %v; want %v", e.ID, inUndated, i >= len(tl.Events))
				}
				links := elements(n, func(a *html.Node) bool { return a.Data == "a" && hasClass(a, "permalink") })
				if len(links) != 1 {
					t.Errorf("event %q has %d permalinks; want 1", e.ID, len(links))
				} else if href, _ := attr(links[0], "href"); href != "#"+e.ID && e.ID == strings.ToLower(e.ID) && !strings.ContainsAny(e.ID, `"'<> `) {
					t.Errorf("event %q: permalink href=%q", e.ID, href)
				}
				if len(e.Mentions) > 0 {
					ev := elements(n, func(d *html.Node) bool { return d.Data == "details" && hasClass(d, "evidence") })
					if len(ev) != 1 {
						t.Errorf("event %q has %d <details class=evidence>; want 1", e.ID, len(ev))
					}
				}
			}

			// the filters
			form := byID(doc, "filters")
			if form == nil || form.Data != "form" {
				t.Fatalf("no <form id=filters>")
			}
			for _, f := range []struct {
				name string
				want []string
			}{
				{"type", distinct(all, func(e timeline.Event) []string { return []string{e.Type.String()} })},
				{"status", distinct(all, func(e timeline.Event) []string { return []string{e.Status.String()} })},
			} {
				got := []string{}
				for _, in := range elements(form, func(n *html.Node) bool { v, _ := attr(n, "name"); return n.Data == "input" && v == f.name }) {
					if typ, _ := attr(in, "type"); typ != "checkbox" {
						t.Errorf("%s filter is type=%s", f.name, typ)
					}
					if _, ok := attr(in, "checked"); !ok {
						t.Errorf("%s filter is not checked", f.name)
					}
					v, _ := attr(in, "value")
					got = append(got, v)
				}
				slices.Sort(got)
				if diff := cmp.Diff(f.want, got); diff != "" {
					t.Errorf("%s checkboxes (-want +got):\n%s", f.name, diff)
				}
			}
			sel := byID(doc, "filter-participant")
			if sel == nil || sel.Data != "select" || !inside(sel, func(p *html.Node) bool { return p == form }) {
				t.Fatalf("no <select id=filter-participant> in the form")
			}
			var got []string
			for _, o := range elements(sel, tagged("option")) {
				v, _ := attr(o, "value")
				got = append(got, v)
			}
			want := append([]string{""}, distinct(all, func(e timeline.Event) []string { return e.Participants })...)
			if len(got) == 0 || got[0] != "" {
				t.Errorf("first participant option = %q; want \"\"", got)
			} else if slices.Sort(got[1:]); !slices.Equal(got, want) {
				t.Errorf("participant options = %q; want %q", got, want)
			}
			if s := byID(doc, "filter-search"); s == nil || s.Data != "input" || !hasAttr(s, "type", "search") {
				t.Errorf("no <input type=search id=filter-search>")
			}
			if c := byID(doc, "filter-count"); c == nil || c.Data != "p" || !hasAttr(c, "aria-live", "polite") {
				t.Errorf("no <p id=filter-count aria-live=polite>")
			} else if w := fmt.Sprintf("Showing %d of %d events", len(all), len(all)); text(c) != w {
				t.Errorf("filter count %q; want %q", text(c), w)
			}
			for _, c := range elements(form, func(n *html.Node) bool { return n.Data == "input" || n.Data == "select" }) {
				id := attrOr(c, "id")
				labelled := inside(c, tagged("label")) ||
					id != "" && len(elements(form, func(l *html.Node) bool { return l.Data == "label" && attrOr(l, "for") == id })) == 1
				if !labelled {
					t.Errorf("form control %v has no label", c.Attr)
				}
			}

			checkSelfContained(t, doc)
		})
	}
}

// hasAttr reports whether n has attribute key with value v.
func hasAttr(n *html.Node, key, v string) bool {
	got, ok := attr(n, key)
	return ok && got == v
}

// distinct returns the sorted distinct values of a field of the events.
func distinct(events []timeline.Event, field func(timeline.Event) []string) []string {
	out := []string{}
	for _, e := range events {
		out = append(out, field(e)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkSelfContained checks that the page loads nothing: no src
// attribute, no links but to the page itself, the empty data: favicon and
// articles on the web, no on* handlers, one inline style and script.
func checkSelfContained(t *testing.T, doc *html.Node) {
	t.Helper()
	for _, n := range elements(doc, func(*html.Node) bool { return true }) {
		for _, a := range n.Attr {
			switch {
			case a.Key == "src" || a.Key == "srcset" || a.Key == "action" || a.Key == "formaction" || a.Key == "style":
				t.Errorf("<%s %s=%q>: the page must load nothing and use no style attributes", n.Data, a.Key, a.Val)
			case strings.HasPrefix(a.Key, "on"):
				t.Errorf("<%s %s=%q>: an event handler attribute", n.Data, a.Key, a.Val)
			case a.Key == "href":
				switch {
				case n.Data == "link":
					if rel, _ := attr(n, "rel"); rel != "icon" || a.Val != "data:," {
						t.Errorf("<link rel=%q href=%q>; want only the data: favicon", rel, a.Val)
					}
				case n.Data != "a":
					t.Errorf("<%s href=%q>", n.Data, a.Val)
				case strings.HasPrefix(a.Val, "#"):
				case strings.HasPrefix(a.Val, "http://") || strings.HasPrefix(a.Val, "https://"):
				default:
					t.Errorf("<a href=%q>: only #fragments and http(s) article links", a.Val)
				}
			}
		}
		switch n.Data {
		case "img", "iframe", "object", "embed", "video", "audio", "source", "base", "frame", "svg", "math", "template", "textarea":
			t.Errorf("<%s> element", n.Data)
		}
	}
	if n := len(elements(doc, tagged("script"))); n != 1 {
		t.Errorf("%d <script> elements; want 1", n)
	}
	if n := len(elements(doc, tagged("style"))); n != 1 {
		t.Errorf("%d <style> elements; want 1", n)
	}
	if n := len(elements(doc, tagged("link"))); n != 1 {
		t.Errorf("%d <link> elements; want 1 (the favicon)", n)
	}
}

// attrOr returns n's attribute key, or "".
func attrOr(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

// TestWriteHTMLCSP checks that the Content-Security-Policy allows the
// page's inline style sheet and script by their hashes, and nothing else.
func TestWriteHTMLCSP(t *testing.T) {
	for name, tl := range pageTimelines(t) {
		t.Run(name, func(t *testing.T) {
			doc, err := html.Parse(bytes.NewReader(pageOf(t, tl)))
			if err != nil {
				t.Fatal(err)
			}
			var csp string
			for _, m := range elements(doc, tagged("meta")) {
				if hasAttr(m, "http-equiv", "Content-Security-Policy") {
					csp = attrOr(m, "content")
				}
			}
			hash := func(tag string) string {
				nodes := elements(doc, tagged(tag))
				if len(nodes) != 1 {
					t.Fatalf("%d <%s> elements; want 1", len(nodes), tag)
				}
				sum := sha256.Sum256([]byte(text(nodes[0])))
				return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
			}
			want := "default-src 'none'; style-src " + hash("style") + "; script-src " + hash("script") +
				"; img-src data:; base-uri 'none'; form-action 'none'"
			if csp != want {
				t.Errorf("Content-Security-Policy = %q; want %q", csp, want)
			}
			// the policy comes before anything it governs
			head := elements(doc, tagged("head"))[0]
			var first *html.Node
			for c := head.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data != "meta" {
					first = c
					break
				}
			}
			if first == nil || first.Data != "title" {
				t.Errorf("first element of <head> after the <meta>s is %v; want <title>", first)
			}
		})
	}
}

// TestWriteHTMLHostile writes the page of articles whose titles,
// sentences, names and addresses hold markup and script, and checks that
// all of it is text.
func TestWriteHTMLHostile(t *testing.T) {
	tl := readTimeline(t, "testdata/html/hostile.json")
	out := string(pageOf(t, tl))
	for _, bad := range []string{
		"<script>alert", "<img", "onerror=alert(1)>", `"><img`, `href="javascript`, `href=" JaVaScRiPt`,
		`href="data:text`, `href="//evil`, "<!-- comment", "<b>", "<style><", "</textarea>", `" onmouseover="alert`,
	} {
		if i := strings.Index(out, bad); i >= 0 {
			t.Errorf("page holds %q: ...%s...", bad, out[max(0, i-80):min(len(out), i+80)])
		}
	}
	for _, tag := range []string{"<script", "</script", "<style", "</style"} {
		if n := strings.Count(out, tag); n != 1 {
			t.Errorf("%q appears %d times; want 1", tag, n)
		}
	}
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	checkSelfContained(t, doc)
	// template actions in article text stay text
	var titles []string
	for _, c := range elements(doc, func(n *html.Node) bool { return n.Data == "cite" || n.Data == "a" }) {
		titles = append(titles, text(c))
	}
	if !slices.Contains(titles, `{{.CSP}} {{template "page" .}}`) {
		t.Errorf("the title with template actions is not shown as written; titles %q", titles)
	}
	// hostile text survives as text
	for _, s := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`, "</style>"} {
		found := false
		for _, n := range elements(doc, func(n *html.Node) bool { return hasClass(n, "sentence") || hasClass(n, "headline") }) {
			if strings.Contains(text(n), s) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not shown as text", s)
		}
	}
	// the one web address becomes a link, escaped; the others do not
	var links []string
	for _, a := range elements(doc, tagged("a")) {
		if h := attrOr(a, "href"); !strings.HasPrefix(h, "#") {
			links = append(links, h)
		}
	}
	links = slices.Compact(links)
	if want := []string{"https://ok.example/a?b=%22%3e%3cscript%3ealert%282%29%3c/script%3e"}; !slices.Equal(links, want) {
		t.Errorf("links = %q; want %q", links, want)
	}
	// the hostile event id is an attribute value, escaped
	if byID(doc, `x" onmouseover="alert(1)`) == nil {
		t.Errorf("no element with the hostile event id")
	}
}

// TestExplain checks the explanation of each kind of resolution rule.
func TestExplain(t *testing.T) {
	pub := func(date, from string) *extract.Article {
		return &extract.Article{ID: "a", Published: date, PublishedFrom: from}
	}
	sat := pub("2016-10-15", "manifest")
	tests := []struct {
		name string
		time timeline.Time
		a    *extract.Article
		want string
	}{
		{"weekday-past", timeline.Time{Text: "Friday", Value: "2016-10-14", Rule: "weekday-past"}, sat,
			"Fri 14 Oct 2016: past tense, article published Sat 15 Oct 2016"},
		{"weekday-future", timeline.Time{Text: "Monday", Value: "2016-10-17", Rule: "weekday-future"}, sat,
			"Mon 17 Oct 2016: future tense, article published Sat 15 Oct 2016"},
		{"weekday-publication", timeline.Time{Text: "Saturday", Value: "2016-10-15", Rule: "weekday-publication"}, sat,
			"Sat 15 Oct 2016: same weekday as publication, so that day, article published Sat 15 Oct 2016"},
		{"weekday-last", timeline.Time{Text: "last Saturday", Value: "2016-10-08", Rule: "weekday-last"}, sat,
			"Sat 8 Oct 2016: “last”: the latest such weekday before publication, article published Sat 15 Oct 2016"},
		{"weekday-unknown", timeline.Time{Text: "Tuesday", Value: "2016-10-11", Rule: "weekday-unknown"}, sat,
			"Tue 11 Oct 2016: no tense to go by, so the latest such weekday before publication, article published Sat 15 Oct 2016"},
		{"part of day", timeline.Time{Text: "Thursday night", Value: "2016-10-13TNI", Rule: "weekday-past"}, sat,
			"night of Thu 13 Oct 2016: past tense, article published Sat 15 Oct 2016"},
		{"publication-date", timeline.Time{Value: "2016-10-15", Rule: "publication-date"}, sat,
			"Sat 15 Oct 2016: no time expression in this headline or lead sentence: dated by publication, article published Sat 15 Oct 2016"},
		{"inferred publication date", timeline.Time{Value: "2016-10-16", Rule: "publication-date"}, pub("2016-10-16", "text"),
			"Sun 16 Oct 2016: no time expression in this headline or lead sentence: dated by publication, article published Sun 16 Oct 2016 (a date inferred from its text)"},
		{"month-past", timeline.Time{Text: "September", Value: "2016-09", Rule: "month-past"}, sat,
			"September 2016: past tense, article published Sat 15 Oct 2016"},
		{"month-unknown", timeline.Time{Text: "November", Value: "2016-11", Rule: "month-unknown"}, sat,
			"November 2016: no tense to go by, so the nearest one, article published Sat 15 Oct 2016"},
		{"month-day-future", timeline.Time{Text: "22 January", Value: "2014-01-22", Rule: "month-day-future"}, pub("2014-01-13", "manifest"),
			"Wed 22 Jan 2014: no year given; future tense, article published Mon 13 Jan 2014"},
		{"full date", timeline.Time{Text: "5 December 2016", Value: "2016-12-05", Rule: "day-month-year"}, sat,
			"Mon 5 Dec 2016: a full date, as written"},
		{"relative-last week", timeline.Time{Text: "last week", Value: "2016-W40", Rule: "relative-last"}, sat,
			"week of 3 Oct 2016: “last”: the week before the one of publication, article published Sat 15 Oct 2016"},
		{"relative-this month", timeline.Time{Text: "this month", Value: "2016-10", Rule: "relative-this"}, sat,
			"October 2016: the month that holds the publication date, article published Sat 15 Oct 2016"},
		{"weekend-past", timeline.Time{Text: "the weekend", Value: "2014-W02-WE", Rule: "weekend-past"}, pub("2014-01-13", "manifest"),
			"weekend of 11 Jan 2014: past tense, so the weekend just gone at publication, article published Mon 13 Jan 2014"},
		{"yesterday", timeline.Time{Text: "yesterday", Value: "2016-10-14", Rule: "yesterday"}, sat,
			"Fri 14 Oct 2016: “yesterday”: the day before publication, article published Sat 15 Oct 2016"},
		{"last night", timeline.Time{Text: "last night", Value: "2016-10-14TNI", Rule: "yesterday-part-of-day"}, sat,
			"night of Fri 14 Oct 2016: “yesterday”: the day before publication, article published Sat 15 Oct 2016, at the part of the day written"},
		{"ago", timeline.Time{Text: "two years ago", Value: "2014", Rule: "ago"}, sat,
			"2014: counted from the publication date, article published Sat 15 Oct 2016"},
		{"recent", timeline.Time{Text: "in recent days", Value: "PAST_REF", Rule: "recent"}, sat,
			"in the past: “recently”: some time before publication, article published Sat 15 Oct 2016"},
		{"decade", timeline.Time{Text: "the 1990s", Value: "199", Rule: "decade"}, sat,
			"the 1990s: a decade, as written"},
		{"mod", timeline.Time{Text: "late 2011", Value: "2011", Rule: "year-mod"}, sat,
			"2011: a year, as written; the date covers the whole period, not only its early, middle or late part"},
		{"around", timeline.Time{Text: "the day after Christmas", Value: "2015-12-26", Rule: "holiday-around"}, sat,
			"Sat 26 Dec 2015: the day after a date resolved so: a holiday, in the year of publication or the one before or after as the tense says, article published Sat 15 Oct 2016"},
		{"no publication date", timeline.Time{Text: "Saturday", Value: "XXXX-WXX-6", Rule: "weekday"}, pub("", "none"),
			"XXXX-WXX-6 (not on the calendar): no publication date known to place it on the calendar"},
		{"unknown article", timeline.Time{Text: "Friday", Value: "2016-10-14", Rule: "weekday-past"}, nil,
			"Fri 14 Oct 2016: past tense, no publication date known"},
		{"unknown rule", timeline.Time{Text: "anon", Value: "2016-10-14", Rule: "crystal-ball"}, sat,
			"Fri 14 Oct 2016: resolved by rule “crystal-ball” against the publication date, article published Sat 15 Oct 2016"},
		{"unknown rule, no date", timeline.Time{Text: "anon", Value: "2016-10-14", Rule: "crystal-ball"}, nil,
			"Fri 14 Oct 2016: resolved by rule “crystal-ball” with no publication date known"},
		{"undated", timeline.Time{}, sat, "undated: no time expression dates this report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.time.Explain(tt.a); got != tt.want {
				t.Errorf("%+v.Explain(published %v) =\n%q; want\n%q", tt.time, tt.a, got, tt.want)
			}
		})
	}
}

// TestExplainEveryRule checks that every rule the resolver names in the
// extract package gets an explanation of its own, not the generic one.
func TestExplainEveryRule(t *testing.T) {
	a := &extract.Article{Published: "2016-10-15", PublishedFrom: "manifest"}
	rules := []string{
		"weekday-past", "weekday-future", "weekday-unknown", "weekday-publication", "weekday-next", "weekday-last",
		"weekday-anaphoric", "month-past", "month-future", "month-unknown", "month-last", "month-next", "month-this",
		"month-of-relative-year", "month-day-past", "month-day-future", "month-day-unknown", "month-day-coordinated",
		"numeric-date", "day-month-year", "month-day-year", "month-year", "year", "year-spoken", "decade", "century",
		"today", "yesterday", "tomorrow", "today-part-of-day", "relative-this", "relative-last", "relative-next",
		"relative-past", "relative-coming", "relative-previous", "relative-current", "weekend-past", "weekend-future",
		"weekend-unknown", "weekend-last", "weekend-next", "ago", "ago-vague", "anaphoric", "ref", "recent", "holiday",
		"holiday-week", "season", "quarter", "clock", "publication-date", "weekday-past-around", "relative-this-mod",
	}
	for _, r := range rules {
		got := timeline.Time{Text: "x", Value: "2016-10-14", Rule: r}.Explain(a)
		if strings.Contains(got, "resolved by rule") {
			t.Errorf("rule %q gets the generic explanation %q", r, got)
		}
	}
}

// ExampleTime_Explain shows why "Friday" in an article published on
// Saturday 15 October 2016 is Friday 14 October.
func ExampleTime_Explain() {
	a := &extract.Article{ID: "talks", Published: "2016-10-15", PublishedFrom: "front-matter"}
	tm := timeline.Time{Text: "Friday", Value: "2016-10-14", Rule: "weekday-past"}
	fmt.Printf("%q → %s\n", tm.Text, tm.Explain(a))
	// Output: "Friday" → Fri 14 Oct 2016: past tense, article published Sat 15 Oct 2016
}

// bigTimeline returns a timeline of n events, two reports each, from n/4
// articles.
func bigTimeline(n int) *timeline.Timeline {
	tl := &timeline.Timeline{Schema: timeline.Schema}
	for i := range max(n/4, 1) {
		tl.Articles = append(tl.Articles, extract.Article{
			ID: fmt.Sprintf("a%04d", i), Title: fmt.Sprintf("Report number %d on the talks", i), Source: "Example Wire",
			URL: fmt.Sprintf("https://example.org/a/%d", i), Published: "2016-10-15", PublishedFrom: "manifest",
		})
	}
	types := extract.EventTypes()
	for i := range n {
		day := fmt.Sprintf("2016-%02d-%02d", 1+i%12, 1+i%28)
		e := timeline.Event{
			ID: fmt.Sprintf("%s-event-%d", day, i), Type: types[i%len(types)], Status: extract.Status(i % 4),
			Date:         &timeline.Date{Value: day, Start: day, End: day, Granularity: extract.Day},
			Headline:     fmt.Sprintf("John Kerry and Sergei Lavrov meet in Lausanne, round %d", i),
			Participants: []string{"John Kerry", "Sergei Lavrov", fmt.Sprintf("Envoy %d", i%50)},
			Locations:    []string{"Lausanne"}, Sources: 2,
		}
		for k := range 2 {
			a := tl.Articles[(i+k)%len(tl.Articles)].ID
			e.Mentions = append(e.Mentions, timeline.Mention{
				Article: a, Sentence: "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met in Lausanne on Friday, officials said.",
				Trigger: "met", Time: timeline.Time{Text: "Friday", Value: day, Rule: "weekday-past"},
			})
		}
		if i%10 == 0 {
			e.Conflicts = []timeline.Conflict{{Article: tl.Articles[0].ID, Text: "Thursday", Value: "2016-10-13"}}
		}
		if i%20 == 0 {
			e.Date = nil
			tl.Undated = append(tl.Undated, e)
			continue
		}
		tl.Events = append(tl.Events, e)
	}
	return tl
}

// TestWriteHTMLBig checks the page of a large timeline: every event
// there, and the same bytes twice.
func TestWriteHTMLBig(t *testing.T) {
	tl := bigTimeline(1000)
	out := pageOf(t, tl)
	if n := bytes.Count(out, []byte(" data-event-id=")); n != 1000 {
		t.Errorf("%d events on the page; want 1000", n)
	}
	if !bytes.Equal(out, pageOf(t, tl)) {
		t.Errorf("WriteHTML gave different bytes for the same timeline")
	}
	t.Logf("page of 1000 events: %d bytes", len(out))
}

// BenchmarkWriteHTML writes the page of a timeline of 1000 events.
func BenchmarkWriteHTML(b *testing.B) {
	tl := bigTimeline(1000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := tl.WriteHTML(&buf); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
