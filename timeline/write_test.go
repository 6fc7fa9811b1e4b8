package timeline_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

func TestWriteJSONEmptyLists(t *testing.T) {
	tl := &timeline.Timeline{Undated: []timeline.Event{{ID: "undated-meeting", Headline: "Talks <held> & done"}}}
	var buf bytes.Buffer
	if err := tl.Write(&buf, timeline.JSON); err != nil {
		t.Fatal(err)
	}
	want := `{
  "schema": "chronicle.timeline/v1",
  "articles": [],
  "events": [],
  "undated": [
    {
      "id": "undated-meeting",
      "type": "meeting",
      "status": "occurred",
      "date": null,
      "headline": "Talks <held> & done",
      "participants": [],
      "locations": [],
      "cameo": "",
      "plover": {
        "event": "",
        "mode": ""
      },
      "sources": 0,
      "mentions": [],
      "conflicts": []
    }
  ],
  "warnings": []
}
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("WriteJSON (-want +got):\n%s", diff)
	}
	if tl.Events != nil || tl.Undated[0].Mentions != nil {
		t.Errorf("WriteJSON changed the timeline it wrote")
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name string
		want timeline.Format
		ok   bool
	}{
		{"json", timeline.JSON, true},
		{"html", timeline.HTML, true},
		{"timelinejs", timeline.TimelineJS, true},
		{"csv", timeline.CSV, true},
		{"jsonl", timeline.JSONL, true},
		{"JSON", 0, false},
		{"pdf", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := timeline.ParseFormat(tt.name)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseFormat(%q) = %v, %v; want %v, ok %v", tt.name, got, err, tt.want, tt.ok)
			}
			if tt.ok && got.String() != tt.name {
				t.Errorf("%v.String() = %q; want %q", got, got.String(), tt.name)
			}
		})
	}
}

// TestWriteJSONLarge checks that WriteJSON, which encodes batches of
// elements at once, writes the bytes of encoding the whole timeline in one
// go, on a timeline of several batches per list.
func TestWriteJSONLarge(t *testing.T) {
	articles, events := inputs(results(corpus(6000, 5)))
	tl := timeline.Build(articles, events, timeline.Options{})
	if n := len(tl.Events) + len(tl.Undated); n < 1000 {
		t.Fatalf("test timeline has %d events; want at least 1000 to span batches", n)
	}
	checkWriteJSON(t, tl)
}

// checkWriteJSON checks that tl.WriteJSON writes the bytes of encoding/json
// encoding the whole timeline at once, indented, without HTML escaping.
func checkWriteJSON(t *testing.T, tl *timeline.Timeline) {
	t.Helper()
	var got, want bytes.Buffer
	if err := tl.WriteJSON(&got); err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(tl); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("WriteJSON differs from encoding/json of the whole timeline:\n%s", cmp.Diff(want.String(), got.String()))
	}
}

// FuzzWriteJSON checks that WriteJSON, whose encoder is not encoding/json,
// writes encoding/json's bytes for any text: markup, line and paragraph
// separators, control characters and invalid UTF-8 included.
func FuzzWriteJSON(f *testing.F) {
	f.Add("Talks <held> & done", "\u2028line\u2029", "\x00\x1f\"\\\t", "\xff\xfe caf\u00e9")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		tl := &timeline.Timeline{
			Schema:   timeline.Schema,
			Articles: []extract.Article{{ID: a, Title: b, Path: c, Fingerprint: d}},
			Events: []timeline.Event{{
				ID: a, Headline: b, Participants: []string{c}, Locations: []string{d},
				Date:      &timeline.Date{Value: d, Start: a},
				Mentions:  []timeline.Mention{{Article: a, Sentence: b + c, Trigger: d, Time: timeline.Time{Text: c}}},
				Conflicts: []timeline.Conflict{{Article: d, Sentence: a, Value: b}},
			}},
			Undated:  []timeline.Event{},
			Warnings: []string{a + d},
		}
		checkWriteJSON(t, tl)
	})
}
