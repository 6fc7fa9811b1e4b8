package timeline_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

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
