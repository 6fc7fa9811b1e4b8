package timeline_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// hostile is article text written to break out of HTML or a spreadsheet.
const hostile = `He said "<script>alert(1)</script>" & left <img src=x onerror=alert(2)>.`

// exportTimeline returns a small hand-made timeline with a date of each
// granularity, a PAST_REF and an undated event, conflicts, hostile text,
// and articles with and without a URL.
func exportTimeline() *timeline.Timeline {
	day := func(v string) *timeline.Date {
		return &timeline.Date{Value: v, Start: v, End: v, Granularity: extract.Day}
	}
	return &timeline.Timeline{
		Schema: timeline.Schema,
		Articles: []extract.Article{
			{ID: "ap", Title: "Kerry & Lavrov meet again", Source: "AP", URL: "https://example.com/ap/kerry?a=1&b=2", Published: "2016-10-15"},
			{ID: "blog", URL: `=HYPERLINK("http://evil.example/","click")`, Published: "2016-10-16"},
			{ID: "evil", Title: `<img src=x onerror=alert(3)>`, URL: "javascript:alert(4)", Published: "2016-10-16"},
			{ID: "tass", Source: "TASS", Published: "2016-10-14"},
		},
		Events: []timeline.Event{
			{
				ID: "past-ref-offensive-aleppo", Type: extract.Offensive, Status: extract.Occurred,
				Date:     &timeline.Date{Value: "PAST_REF", End: "2016-10-15", Granularity: extract.Ref},
				Headline: "Offensive in Aleppo", Participants: []string{}, Locations: []string{"Aleppo"},
				CAMEO: "190", PLOVER: timeline.PLOVER{Event: "ASSAULT"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "ap", Sentence: "Aleppo has been shelled in recent days.", Start: 10, End: 49, Trigger: "shelled",
					Time: timeline.Time{Text: "in recent days", Value: "PAST_REF", Rule: "recent-days"}}},
				Conflicts: []timeline.Conflict{},
			},
			{
				ID: "2011-offensive-homs", Type: extract.Offensive, Status: extract.Occurred,
				Date:     &timeline.Date{Value: "2011", Start: "2011-01-01", End: "2011-12-31", Granularity: extract.Year},
				Headline: "Offensive in Homs", Participants: []string{}, Locations: []string{"Homs"},
				CAMEO: "190", PLOVER: timeline.PLOVER{Event: "ASSAULT"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "tass", Sentence: "Homs was besieged in late 2011.", Start: 0, End: 31, Trigger: "besieged",
					Time: timeline.Time{Text: "late 2011", Value: "2011", Rule: "year"}}},
				Conflicts: []timeline.Conflict{},
			},
			{
				ID: "2016-09-aid-aleppo-un", Type: extract.Aid, Status: extract.Occurred,
				Date:     &timeline.Date{Value: "2016-09", Start: "2016-09-01", End: "2016-09-30", Granularity: extract.Month},
				Headline: "UN aid delivery to Aleppo", Participants: []string{"UN"}, Locations: []string{"Aleppo"},
				CAMEO: "073", PLOVER: timeline.PLOVER{Event: "AID"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "ap", Sentence: "A UN convoy reached Aleppo in September.", Start: 60, End: 100, Trigger: "convoy",
					Time: timeline.Time{Text: "in September", Value: "2016-09", Rule: "month"}}},
				Conflicts: []timeline.Conflict{},
			},
			{
				ID: "2016-w40-ceasefire-syria", Type: extract.Ceasefire, Status: extract.Proposed,
				Date:     &timeline.Date{Value: "2016-W40", Start: "2016-10-03", End: "2016-10-09", Granularity: extract.Week},
				Headline: "Ceasefire in Syria called for", Participants: []string{}, Locations: []string{"Syria"},
				CAMEO: "0256", PLOVER: timeline.PLOVER{Event: "REQUEST"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "tass", Sentence: "Last week Moscow called for a truce in Syria.", Start: 40, End: 85, Trigger: "truce",
					Time: timeline.Time{Text: "last week", Value: "2016-W40", Rule: "last-week"}}},
				Conflicts: []timeline.Conflict{},
			},
			{
				ID: "2016-w40-we-meeting-geneva", Type: extract.Meeting, Status: extract.Planned,
				Date:     &timeline.Date{Value: "2016-W40-WE", Start: "2016-10-08", End: "2016-10-09", Granularity: extract.Weekend},
				Headline: "Talks in Geneva planned", Participants: []string{}, Locations: []string{"Geneva"},
				CAMEO: "043", PLOVER: timeline.PLOVER{Event: "CONSULT"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "tass", Sentence: "Talks are planned in Geneva at the weekend.", Start: 90, End: 133, Trigger: "talks",
					Time: timeline.Time{Text: "at the weekend", Value: "2016-W40-WE", Rule: "weekend"}}},
				Conflicts: []timeline.Conflict{},
			},
			{
				ID: "2016-10-13tni-offensive-aleppo", Type: extract.Offensive, Status: extract.Occurred,
				Date:     &timeline.Date{Value: "2016-10-13TNI", Start: "2016-10-13", End: "2016-10-13", Granularity: extract.PartOfDay},
				Headline: "Air strikes on Aleppo", Participants: []string{}, Locations: []string{"Aleppo"},
				CAMEO: "195", PLOVER: timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}, Sources: 2,
				Mentions: []timeline.Mention{
					{Article: "ap", Sentence: "Air strikes hit Aleppo on Thursday night.", Start: 120, End: 161, Trigger: "air strikes",
						Time: timeline.Time{Text: "Thursday night", Value: "2016-10-13TNI", Rule: "weekday-part"}},
					{Article: "tass", Sentence: "Air strikes hit Aleppo on Wednesday.", Start: 140, End: 176, Trigger: "air strikes",
						Time: timeline.Time{Text: "Wednesday", Value: "2016-10-12", Rule: "weekday"}},
				},
				Conflicts: []timeline.Conflict{{Article: "tass", Sentence: "Air strikes hit Aleppo on Wednesday.", Text: "Wednesday", Value: "2016-10-12"}},
			},
			{
				ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Type: extract.Meeting, Status: extract.Occurred,
				Date:     day("2016-10-15"),
				Headline: "John Kerry and Sergei Lavrov meet in Lausanne", Participants: []string{"John Kerry", "Sergei Lavrov"}, Locations: []string{"Lausanne"},
				CAMEO: "044", PLOVER: timeline.PLOVER{Event: "CONSULT", Mode: "third-party"}, Sources: 2,
				Mentions: []timeline.Mention{
					{Article: "tass", Sentence: "Kerry and Lavrov met in Lausanne on Friday.", Start: 0, End: 43, Trigger: "met",
						Time: timeline.Time{Text: "on Friday", Value: "2016-10-14", Rule: "weekday"}},
					{Article: "ap", Sentence: "Kerry and Lavrov met in Lausanne on Saturday.", Start: 0, End: 45, Trigger: "met",
						Time: timeline.Time{Text: "on Saturday", Value: "2016-10-15", Rule: "weekday"}},
				},
				Conflicts: []timeline.Conflict{{Article: "tass", Sentence: "Kerry and Lavrov met in Lausanne on Friday.", Text: "on Friday", Value: "2016-10-14"}},
			},
			{
				ID: "2016-10-16-meeting-2-cmd", Type: extract.Meeting, Status: extract.Failed,
				Date:     day("2016-10-16"),
				Headline: "<script>alert(1)</script> talks", Participants: []string{"=cmd|' /C calc'!A0", "@SUM(1+1)"}, Locations: []string{"-2+3", "+Aleppo"},
				CAMEO: "046", PLOVER: timeline.PLOVER{Event: "CONSULT"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "evil", Sentence: hostile, Start: 0, End: len(hostile), Trigger: "talks",
					Time: timeline.Time{Text: "<b>today</b>", Value: "2016-10-16", Rule: "publication-date"}}},
				Conflicts: []timeline.Conflict{{Article: "evil", Sentence: hostile, Text: "</li><script>alert(5)</script>", Value: "2016-10-17"}},
			},
		},
		Undated: []timeline.Event{
			{
				ID: "undated-meeting-vienna", Type: extract.Meeting, Status: extract.Proposed,
				Headline: "\tTalks in Vienna proposed", Locations: []string{"Vienna"}, // Participants and Conflicts nil: written as []
				CAMEO: "043", PLOVER: timeline.PLOVER{Event: "CONSULT"}, Sources: 1,
				Mentions: []timeline.Mention{{Article: "blog", Sentence: "Talks in Vienna were proposed.", Start: 5, End: 35, Trigger: "talks"}},
			},
		},
		Warnings: []string{},
	}
}

// exporters are the writers under test, by format name.
var exporters = []struct {
	name   string
	golden string // file name in testdata/export
	write  func(*timeline.Timeline, io.Writer) error
}{
	{"timelinejs", "timelinejs.json", (*timeline.Timeline).WriteTimelineJS},
	{"csv", "timeline.csv", (*timeline.Timeline).WriteCSV},
	{"jsonl", "timeline.jsonl", (*timeline.Timeline).WriteJSONL},
}

// TestExportGolden compares each writer's output for exportTimeline with
// the file in testdata/export, rewritten by -update.
func TestExportGolden(t *testing.T) {
	for _, x := range exporters {
		t.Run(x.name, func(t *testing.T) {
			tl := exportTimeline()
			var buf bytes.Buffer
			if err := x.write(tl, &buf); err != nil {
				t.Fatal(err)
			}
			var again bytes.Buffer
			if err := x.write(tl, &again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Errorf("%s: two writes of one timeline differ", x.name)
			}
			if diff := cmp.Diff(exportTimeline(), tl); diff != "" {
				t.Errorf("%s changed the timeline (-want +got):\n%s", x.name, diff)
			}
			path := filepath.Join("testdata", "export", x.golden)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), buf.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
}

// errWrite is the error of failWriter.
var errWrite = errors.New("disk full")

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestExportWriteError(t *testing.T) {
	for _, x := range exporters {
		t.Run(x.name, func(t *testing.T) {
			err := x.write(exportTimeline(), failWriter{})
			if !errors.Is(err, errWrite) {
				t.Fatalf("write to a failing writer = %v; want %v", err, errWrite)
			}
			if want := "cannot write timeline as " + x.name + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error = %q; want prefix %q", err, want)
			}
		})
	}
}

// tljsDoc is the part of a TimelineJS document the tests read.
type tljsDoc struct {
	Title  tljsSlide   `json:"title"`
	Events []tljsSlide `json:"events"`
}

// tljsSlide is the part of a TimelineJS slide the tests read.
type tljsSlide struct {
	StartDate   map[string]any `json:"start_date"`
	EndDate     map[string]any `json:"end_date"`
	DisplayDate string         `json:"display_date"`
	Text        struct {
		Headline string `json:"headline"`
		Text     string `json:"text"`
	} `json:"text"`
	Group    string `json:"group"`
	UniqueID string `json:"unique_id"`
	Autolink *bool  `json:"autolink"`
}

// writeTimelineJS writes tl as TimelineJS and decodes it.
func writeTimelineJS(t *testing.T, tl *timeline.Timeline) *tljsDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteTimelineJS(&buf); err != nil {
		t.Fatal(err)
	}
	doc := new(tljsDoc)
	dec := json.NewDecoder(&buf)
	dec.DisallowUnknownFields()
	if err := dec.Decode(doc); err != nil {
		t.Fatalf("TimelineJS output is not the JSON expected: %v", err)
	}
	return doc
}

// timelineJSID matches the event IDs Build makes, which TimelineJS keeps
// as they are: lower-case letters, digits and single hyphens.
var timelineJSID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func TestWriteTimelineJS(t *testing.T) {
	tl := exportTimeline()
	doc := writeTimelineJS(t, tl)
	if got, want := len(doc.Events), len(tl.Events)-1; got != want { // all but PAST_REF
		t.Errorf("%d events; want %d", got, want)
	}
	if !strings.Contains(doc.Title.Text.Text, "1 undated event and 1 event with no calendar date") {
		t.Errorf("title text = %q; want the undated and PAST_REF events counted", doc.Title.Text.Text)
	}
	ids := map[string]bool{doc.Title.UniqueID: true}
	for i, e := range doc.Events {
		if y, ok := e.StartDate["year"].(float64); !ok || y < 1 {
			t.Errorf("event %d: start_date = %v; want a year as a number", i, e.StartDate)
		}
		if !timelineJSID.MatchString(e.UniqueID) || ids[e.UniqueID] {
			t.Errorf("event %d: unique_id %q is not a unique TimelineJS slug", i, e.UniqueID)
		}
		ids[e.UniqueID] = true
		if e.Autolink == nil || *e.Autolink {
			t.Errorf("event %d: autolink = %v; want false", i, e.Autolink)
		}
		if e.Group == "" || e.DisplayDate == "" || e.Text.Headline == "" {
			t.Errorf("event %d: group %q, display_date %q, headline %q; want all set", i, e.Group, e.DisplayDate, e.Text.Headline)
		}
		checkSafeHTML(t, e.Text.Headline)
		checkSafeHTML(t, e.Text.Text)
	}
	hostileSlide := doc.Events[len(doc.Events)-1]
	for _, want := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt; talks",                                                    // headline
		"&#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34; &amp; left &lt;img src=x onerror=alert(2)&gt;.", // sentence
		"&lt;img src=x onerror=alert(3)&gt;",                                                             // article title, not linked: its URL is javascript:
	} {
		if !strings.Contains(hostileSlide.Text.Headline+hostileSlide.Text.Text, want) {
			t.Errorf("hostile slide %+v does not contain %q", hostileSlide.Text, want)
		}
	}
}

// checkSafeHTML checks that s, HTML for TimelineJS, has only the elements
// and attributes the writer makes, and links only to http and https.
func checkSafeHTML(t *testing.T, s string) {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Errorf("cannot tokenize %q: %v", s, z.Err())
			}
			return
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "p", "ul", "li":
				if len(tok.Attr) > 0 {
					t.Errorf("<%s> has attributes %v in %q", tok.Data, tok.Attr, s)
				}
			case "a":
				for _, a := range tok.Attr {
					if a.Key != "href" || !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
						t.Errorf("<a> has attribute %s=%q in %q", a.Key, a.Val, s)
					}
				}
			default:
				t.Errorf("unexpected element <%s> in %q", tok.Data, s)
			}
		}
	}
}

func TestTimelineJSDates(t *testing.T) {
	ymd := func(y, m, d float64) map[string]any {
		out := map[string]any{"year": y}
		if m > 0 {
			out["month"] = m
		}
		if d > 0 {
			out["day"] = d
		}
		return out
	}
	tests := []struct {
		name        string
		date        *timeline.Date
		start, end  map[string]any // nil start: left out
		displayDate string
	}{
		{"day", &timeline.Date{Value: "2016-10-14", Start: "2016-10-14", End: "2016-10-14", Granularity: extract.Day},
			ymd(2016, 10, 14), nil, "14 Oct 2016"},
		{"part-of-day", &timeline.Date{Value: "2016-10-13TNI", Start: "2016-10-13", End: "2016-10-13", Granularity: extract.PartOfDay},
			ymd(2016, 10, 13), nil, "night of 13 Oct 2016"},
		{"week", &timeline.Date{Value: "2016-W49", Start: "2016-12-05", End: "2016-12-11", Granularity: extract.Week},
			ymd(2016, 12, 5), ymd(2016, 12, 11), "week of 5 Dec 2016"},
		{"weekend", &timeline.Date{Value: "2014-W02-WE", Start: "2014-01-11", End: "2014-01-12", Granularity: extract.Weekend},
			ymd(2014, 1, 11), ymd(2014, 1, 12), "weekend of 11 Jan 2014"},
		{"week across years", &timeline.Date{Value: "2015-W53", Start: "2015-12-28", End: "2016-01-03", Granularity: extract.Week},
			ymd(2015, 12, 28), ymd(2016, 1, 3), "week of 28 Dec 2015"},
		{"month", &timeline.Date{Value: "2016-09", Start: "2016-09-01", End: "2016-09-30", Granularity: extract.Month},
			ymd(2016, 9, 0), nil, "September 2016"},
		{"quarter", &timeline.Date{Value: "2016-Q3", Start: "2016-07-01", End: "2016-09-30", Granularity: extract.Quarter},
			ymd(2016, 7, 0), ymd(2016, 9, 0), "Q3 2016"},
		{"winter", &timeline.Date{Value: "2016-WI", Start: "2016-12-01", End: "2017-02-28", Granularity: extract.Season},
			ymd(2016, 12, 0), ymd(2017, 2, 0), "winter 2016"},
		{"year", &timeline.Date{Value: "2011", Start: "2011-01-01", End: "2011-12-31", Granularity: extract.Year},
			ymd(2011, 0, 0), nil, "2011"},
		{"decade", &timeline.Date{Value: "199", Start: "1990-01-01", End: "1999-12-31", Granularity: extract.Decade},
			ymd(1990, 0, 0), ymd(1999, 0, 0), "the 1990s"},
		{"display with markup left out", &timeline.Date{Value: "2016-10-13T<b>", Start: "2016-10-13", End: "2016-10-13", Granularity: extract.PartOfDay},
			ymd(2016, 10, 13), nil, ""},
		{"past ref", &timeline.Date{Value: "PAST_REF", End: "2016-10-15", Granularity: extract.Ref}, nil, nil, ""},
		{"present ref", &timeline.Date{Value: "PRESENT_REF", Start: "2016-10-15", End: "2016-10-15", Granularity: extract.Ref}, nil, nil, ""},
		{"no calendar start", &timeline.Date{Value: "XXXX-10-14", Granularity: extract.Day}, nil, nil, ""},
		{"undated", nil, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: []timeline.Event{{ID: "e", Date: tt.date, Headline: "h"}}}
			doc := writeTimelineJS(t, tl)
			if tt.start == nil {
				if len(doc.Events) != 0 {
					t.Errorf("date %+v gives slide %+v; want none", tt.date, doc.Events[0])
				}
				return
			}
			if len(doc.Events) != 1 {
				t.Fatalf("date %+v gives %d slides; want 1", tt.date, len(doc.Events))
			}
			e := doc.Events[0]
			if diff := cmp.Diff(tt.start, e.StartDate); diff != "" {
				t.Errorf("start_date of %+v (-want +got):\n%s", tt.date, diff)
			}
			if diff := cmp.Diff(tt.end, e.EndDate); diff != "" {
				t.Errorf("end_date of %+v (-want +got):\n%s", tt.date, diff)
			}
			if e.DisplayDate != tt.displayDate {
				t.Errorf("display_date of %+v = %q; want %q", tt.date, e.DisplayDate, tt.displayDate)
			}
		})
	}
}

func TestTimelineJSUniqueIDs(t *testing.T) {
	ids := []string{"2016-10-15-meeting", "Weird ID!", "weird-id", "", "event", "2016-10-15-meeting", "title", "<script>x</script>"}
	want := []string{"2016-10-15-meeting", "weird-id", "weird-id-2", "event", "event-2", "2016-10-15-meeting-2", "title-2", "script-x-script"}
	tl := &timeline.Timeline{}
	for _, id := range ids {
		tl.Events = append(tl.Events, timeline.Event{ID: id, Date: &timeline.Date{Value: "2016", Start: "2016-01-01", End: "2016-12-31", Granularity: extract.Year}})
	}
	var got []string
	for _, e := range writeTimelineJS(t, tl).Events {
		got = append(got, e.UniqueID)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("unique_ids of %q (-want +got):\n%s", ids, diff)
	}
}

// readCSV writes tl as CSV and reads it back.
func readCSV(t *testing.T, tl *timeline.Timeline) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	r.FieldsPerRecord = 12
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV output does not read back: %v", err)
	}
	return records
}

func TestWriteCSV(t *testing.T) {
	tl := exportTimeline()
	records := readCSV(t, tl)
	header := []string{"id", "date", "start", "end", "granularity", "type", "status", "headline", "participants", "locations", "sources", "first_source_url"}
	if diff := cmp.Diff(header, records[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	var ids []string
	for _, e := range append(tl.Events, tl.Undated...) {
		ids = append(ids, e.ID)
	}
	var gotIDs []string
	for _, r := range records[1:] {
		gotIDs = append(gotIDs, r[0])
	}
	if diff := cmp.Diff(ids, gotIDs); diff != "" {
		t.Errorf("ids, dated then undated (-want +got):\n%s", diff)
	}
	row := make(map[string][]string)
	for _, r := range records[1:] {
		row[r[0]] = r
	}
	column := make(map[string]int)
	for i, h := range header {
		column[h] = i
	}
	tests := []struct {
		id, column, want string
	}{
		{"2016-10-15-meeting-lausanne-kerry-lavrov", "date", "2016-10-15"},
		{"2016-10-15-meeting-lausanne-kerry-lavrov", "participants", "John Kerry; Sergei Lavrov"},
		{"2016-10-15-meeting-lausanne-kerry-lavrov", "sources", "2"},
		{"2016-10-15-meeting-lausanne-kerry-lavrov", "first_source_url", "https://example.com/ap/kerry?a=1&b=2"}, // tass, the first, has none
		{"2016-w40-ceasefire-syria", "first_source_url", ""},
		{"2016-w40-ceasefire-syria", "start", "2016-10-03"},
		{"2016-w40-ceasefire-syria", "end", "2016-10-09"},
		{"2016-w40-ceasefire-syria", "granularity", "week"},
		{"2016-w40-ceasefire-syria", "status", "proposed"},
		{"past-ref-offensive-aleppo", "start", ""},
		{"past-ref-offensive-aleppo", "granularity", "ref"},
		{"2016-10-16-meeting-2-cmd", "headline", "<script>alert(1)</script> talks"},
		{"2016-10-16-meeting-2-cmd", "participants", "'=cmd|' /C calc'!A0; @SUM(1+1)"},
		{"2016-10-16-meeting-2-cmd", "locations", "'-2+3; +Aleppo"},
		{"2016-10-16-meeting-2-cmd", "first_source_url", "javascript:alert(4)"},
		{"undated-meeting-vienna", "headline", "'\tTalks in Vienna proposed"},
		{"undated-meeting-vienna", "date", ""},
		{"undated-meeting-vienna", "granularity", ""},
		{"undated-meeting-vienna", "participants", ""},
		{"undated-meeting-vienna", "first_source_url", `'=HYPERLINK("http://evil.example/","click")`},
	}
	for _, tt := range tests {
		if got := row[tt.id][column[tt.column]]; got != tt.want {
			t.Errorf("%s: %s = %q; want %q", tt.id, tt.column, got, tt.want)
		}
	}
}

func TestCSVFormulaGuard(t *testing.T) {
	tests := []struct {
		headline, want string
	}{
		{"=1+1", "'=1+1"},
		{"+1", "'+1"},
		{"-1", "'-1"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'=1"}, // encoding/csv drops a lone CR when writing CRLF
		{"Talks = progress", "Talks = progress"},
		{"'quoted'", "'quoted'"},
		{"", ""},
	}
	for _, tt := range tests {
		tl := &timeline.Timeline{Events: []timeline.Event{{ID: "e", Headline: tt.headline, Sources: -1}}}
		r := readCSV(t, tl)[1]
		if got := r[7]; got != tt.want {
			t.Errorf("WriteCSV(headline %q): headline cell = %q; want %q", tt.headline, got, tt.want)
		}
		if r[10] != "-1" {
			t.Errorf("WriteCSV(sources -1): sources cell = %q; want a number, unguarded", r[10])
		}
	}
}

func TestWriteJSONL(t *testing.T) {
	tl := exportTimeline()
	var buf bytes.Buffer
	if err := tl.WriteJSONL(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) || !strings.Contains(out, "<script>") {
		t.Errorf("WriteJSONL escaped <, > or &:\n%s", out)
	}
	if n := strings.Count(out, "null"); n != strings.Count(out, `"date":null`) {
		t.Errorf("WriteJSONL wrote null for something other than a missing date:\n%s", out)
	}
	var got []timeline.Event
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Bytes()
		if !json.Valid(line) || bytes.ContainsAny(line, "\n") {
			t.Fatalf("line %d is not one JSON value: %s", len(got)+1, line)
		}
		var e timeline.Event
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("line %d: %v", len(got)+1, err)
		}
		got = append(got, e)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	want := append(tl.Events, tl.Undated...)
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("WriteJSONL read back (-want +got):\n%s", diff)
	}

	// Each line is the event as the JSON timeline writes it.
	var doc bytes.Buffer
	if err := tl.WriteJSON(&doc); err != nil {
		t.Fatal(err)
	}
	var full struct{ Events, Undated []json.RawMessage }
	if err := json.Unmarshal(doc.Bytes(), &full); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	for i, raw := range append(full.Events, full.Undated...) {
		var compact bytes.Buffer
		if err := json.Compact(&compact, raw); err != nil {
			t.Fatal(err)
		}
		if lines[i] != compact.String() {
			t.Errorf("line %d = %s; want the JSON timeline's event %s", i+1, lines[i], compact.String())
		}
	}
}

func ExampleTimeline_WriteJSONL() {
	tl := &timeline.Timeline{
		Events: []timeline.Event{{
			ID: "2016-10-15-meeting-lausanne", Type: extract.Meeting,
			Date:     &timeline.Date{Value: "2016-10-15", Start: "2016-10-15", End: "2016-10-15", Granularity: extract.Day},
			Headline: "Talks in Lausanne", Locations: []string{"Lausanne"}, Sources: 1,
		}},
		Undated: []timeline.Event{{ID: "undated-aid", Type: extract.Aid, Headline: "Aid delivery"}},
	}
	if err := tl.WriteJSONL(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"2016-10-15-meeting-lausanne","type":"meeting","status":"occurred","date":{"value":"2016-10-15","start":"2016-10-15","end":"2016-10-15","granularity":"day"},"headline":"Talks in Lausanne","participants":[],"locations":["Lausanne"],"cameo":"","plover":{"event":"","mode":""},"sources":1,"mentions":[],"conflicts":[]}
	// {"id":"undated-aid","type":"aid","status":"occurred","date":null,"headline":"Aid delivery","participants":[],"locations":[],"cameo":"","plover":{"event":"","mode":""},"sources":0,"mentions":[],"conflicts":[]}
}

// benchTimeline returns a timeline of about n events, copies of those of
// exportTimeline with distinct IDs.
func benchTimeline(n int) *timeline.Timeline {
	base := exportTimeline()
	tl := &timeline.Timeline{Articles: base.Articles}
	all := append(base.Events, base.Undated...)
	for i := 0; i < n; i++ {
		e := all[i%len(all)]
		e.ID = fmt.Sprintf("%s-%d", e.ID, i)
		if e.Date == nil {
			tl.Undated = append(tl.Undated, e)
		} else {
			tl.Events = append(tl.Events, e)
		}
	}
	return tl
}

func BenchmarkExport(b *testing.B) {
	tl := benchTimeline(1000)
	for _, x := range exporters {
		b.Run(x.name, func(b *testing.B) {
			var buf bytes.Buffer
			for b.Loop() {
				buf.Reset()
				if err := x.write(tl, &buf); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
