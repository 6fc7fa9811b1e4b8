package timeline_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// extractLines returns results as `chronicle extract` writes them: one
// JSON line each.
func extractLines(t testing.TB, rs []extract.Result) []string {
	t.Helper()
	var lines []string
	for _, r := range rs {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(timeline.NewLine(r)); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, buf.String())
	}
	return lines
}

func TestReadExtractBuildsTheSame(t *testing.T) {
	rs := results(corpus(3000, 3))
	articles, events := inputs(rs)
	want := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))
	lines := extractLines(t, rs)
	r := rand.New(rand.NewPCG(3, 4))
	for _, shards := range []int{1, 4} {
		t.Run(fmt.Sprintf("%d shards", shards), func(t *testing.T) {
			// Deal the lines out to shards at random and read the shards
			// in reverse order.
			bufs := make([]strings.Builder, shards)
			for _, l := range lines {
				bufs[r.IntN(shards)].WriteString(l)
			}
			var (
				articles []extract.Article
				events   []timeline.Event
			)
			for i := shards - 1; i >= 0; i-- {
				a, e, err := timeline.ReadExtract(strings.NewReader(bufs[i].String()))
				if err != nil {
					t.Fatalf("ReadExtract(shard %d): %v", i, err)
				}
				articles = append(articles, a...)
				events = append(events, e...)
			}
			got := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))
			if !bytes.Equal(got, want) {
				t.Errorf("Build from extract output differs from Build from articles:\n%s", cmp.Diff(string(want), string(got)))
			}
		})
	}
}

func TestReadExtractErrors(t *testing.T) {
	good := `{"article":{"id":"a"},"timexes":[],"events":[],"warnings":[]}`
	mention := func(article string) string {
		return `{"article":"` + article + `","sentence":"s","start":0,"end":1,"trigger":"met","status":"occurred","time":{"text":"","value":"","rule":""}}`
	}
	tests := []struct {
		name string
		in   string
		line int
		err  error
	}{
		{"bad JSON", good + "\n\n{\"article\": \n", 3, nil},
		{"no id", good + "\n" + `{"article":{"path":"x.txt"}}`, 2, timeline.ErrNoArticleID},
		{"two mentions", `{"article":{"id":"a"},"events":[{"type":"meeting","mentions":[` + mention("a") + `,` + mention("a") + `]}]}`, 1, timeline.ErrNotSingle},
		{"no mention", good + "\n" + `{"article":{"id":"a"},"events":[{"type":"meeting","mentions":[]}]}`, 2, timeline.ErrNotSingle},
		{"other article", `{"article":{"id":"a"},"events":[{"type":"meeting","mentions":[` + mention("b") + `]}]}`, 1, timeline.ErrOtherArticle},
		{"unknown type", `{"article":{"id":"a"},"events":[{"type":"picnic","mentions":[` + mention("a") + `]}]}`, 1, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := timeline.ReadExtract(strings.NewReader(tt.in))
			var re *timeline.ReadError
			if !errors.As(err, &re) {
				t.Fatalf("ReadExtract(%q) = %v; want a *ReadError", tt.in, err)
			}
			if re.Line != tt.line {
				t.Errorf("ReadExtract(%q) error at line %d; want %d (%v)", tt.in, re.Line, tt.line, err)
			}
			if tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("ReadExtract(%q) = %v; want %v", tt.in, err, tt.err)
			}
		})
	}
}

func TestReadExtractEmpty(t *testing.T) {
	a, e, err := timeline.ReadExtract(strings.NewReader("\n  \n"))
	if err != nil || len(a) != 0 || len(e) != 0 {
		t.Errorf("ReadExtract(blank lines) = %v, %v, %v; want nothing", a, e, err)
	}
}

func TestNewLineJSON(t *testing.T) {
	r := extract.Result{
		Article: extract.Article{ID: "a", Published: "2016-10-15"},
		Events: []extract.Event{
			{Type: extract.Meeting, Trigger: "met", Sentence: "Kerry & Lavrov met <today>.", Participants: []string{"John Kerry"}},
			{Type: extract.Meeting, Trigger: "talks", Start: 30, Participants: []string{"John Kerry"}},
		},
	}
	got := extractLines(t, []extract.Result{r})[0]
	want := `{"article":{"id":"a","path":"","title":"","source":"","url":"","published":"2016-10-15","published_from":""},` +
		`"timexes":[],"events":[` +
		`{"id":"undated-meeting-kerry","type":"meeting","status":"occurred","date":null,"headline":"John Kerry holds meeting",` +
		`"participants":["John Kerry"],"locations":[],"cameo":"040","plover":{"event":"CONSULT","mode":""},"sources":1,` +
		`"mentions":[{"article":"a","sentence":"Kerry & Lavrov met <today>.","start":0,"end":0,"trigger":"met","status":"occurred","time":{"text":"","value":"","rule":""}}],"conflicts":[]},` +
		`{"id":"undated-meeting-kerry-2","type":"meeting","status":"occurred","date":null,"headline":"John Kerry holds talks",` +
		`"participants":["John Kerry"],"locations":[],"cameo":"046","plover":{"event":"CONSULT","mode":""},"sources":1,` +
		`"mentions":[{"article":"a","sentence":"","start":30,"end":0,"trigger":"talks","status":"occurred","time":{"text":"","value":"","rule":""}}],"conflicts":[]}` +
		`],"warnings":[]}` + "\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extract line (-want +got):\n%s", diff)
	}
}
