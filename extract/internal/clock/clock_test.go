package clock_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/extract/internal/clock"
	"github.com/google/go-cmp/cmp"
)

// m builds the expected match for sub in text.
func m(text, sub string, hour, minute int) clock.Match {
	i := strings.Index(text, sub)
	return clock.Match{Start: i, End: i + len(sub), Text: sub, Hour: hour, Minute: minute}
}

func TestFind(t *testing.T) {
	f := clock.New()
	tests := []struct {
		name string
		text string
		want func(text string) []clock.Match
	}{
		{"5pm", "Talks begin at 5pm.", func(s string) []clock.Match { return []clock.Match{m(s, "5pm", 17, 0)} }},
		{"5 p.m.", "Talks begin at 5 p.m. Friday.", func(s string) []clock.Match { return []clock.Match{m(s, "5 p.m.", 17, 0)} }},
		{"5 P.M. comma", "At 5 P.M., he left.", func(s string) []clock.Match { return []clock.Match{m(s, "5 P.M.", 17, 0)} }},
		{"5 a.m without final dot", "at 5 a.m Friday", func(s string) []clock.Match { return []clock.Match{m(s, "5 a.m", 5, 0)} }},
		{"5 am", "at 5 am", func(s string) []clock.Match { return []clock.Match{m(s, "5 am", 5, 0)} }},
		{"10:30", "The blast came at 10:30 local time.", func(s string) []clock.Match { return []clock.Match{m(s, "10:30", 10, 30)} }},
		{"10:30 a.m.", "(10:30 a.m.)", func(s string) []clock.Match { return []clock.Match{m(s, "10:30 a.m.", 10, 30)} }},
		{"9:45pm", "9:45pm", func(s string) []clock.Match { return []clock.Match{m(s, "9:45pm", 21, 45)} }},
		{"23:59", "until 23:59 GMT", func(s string) []clock.Match { return []clock.Match{m(s, "23:59", 23, 59)} }},
		{"seconds ignored", "at 10:30:15", func(s string) []clock.Match { return []clock.Match{m(s, "10:30", 10, 30)} }},
		{"fullwidth colon", "10：30", func(s string) []clock.Match { return []clock.Match{m(s, "10：30", 10, 30)} }},
		{"12 am is midnight", "at 12 am", func(s string) []clock.Match { return []clock.Match{m(s, "12 am", 0, 0)} }},
		{"12:15 a.m.", "at 12:15 a.m.", func(s string) []clock.Match { return []clock.Match{m(s, "12:15 a.m.", 0, 15)} }},
		{"12 p.m. is noon", "at 12 p.m.", func(s string) []clock.Match { return []clock.Match{m(s, "12 p.m.", 12, 0)} }},
		{"noon", "by Noon on Friday", func(s string) []clock.Match { return []clock.Match{m(s, "Noon", 12, 0)} }},
		{"12 noon", "at 12 noon", func(s string) []clock.Match { return []clock.Match{m(s, "12 noon", 12, 0)} }},
		{"midday", "at midday", func(s string) []clock.Match { return []clock.Match{m(s, "midday", 12, 0)} }},
		{"midnight", "before midnight.", func(s string) []clock.Match { return []clock.Match{m(s, "midnight", 0, 0)} }},
		{"range", "from 9am to 5pm", func(s string) []clock.Match {
			return []clock.Match{m(s, "9am", 9, 0), m(s, "5pm", 17, 0)}
		}},
		{"close together", "5pm and 10:30", func(s string) []clock.Match {
			return []clock.Match{m(s, "5pm", 17, 0), m(s, "10:30", 10, 30)}
		}},
		{"dash range", "open 7-10pm", func(s string) []clock.Match { return []clock.Match{m(s, "10pm", 22, 0)} }},
		{"after a rejected one", "13pm then 5pm", func(s string) []clock.Match { return []clock.Match{m(s, "5pm", 17, 0)} }},
		{"dropped article", "10:30 a deal", func(s string) []clock.Match { return []clock.Match{m(s, "10:30", 10, 30)} }},

		{"score", "They won 10-15.", nil},
		{"iso date", "on 2016-12-05", nil},
		{"bare number", "5 people and 10 more", nil},
		{"article a", "He ate 5 a day.", nil},
		{"initial", "Group 5 A. Smith said", nil},
		{"thirteen pm", "13pm", nil},
		{"hour 25", "25:00", nil},
		{"minute 60", "10:60", nil},
		{"afternoon", "this afternoon and midnights", nil},
		{"amp", "a 5 amp fuse", nil},
		{"April", "on 5 April", nil},
		{"glued to a word", "x5pm and A10:30", nil},
		{"three digits", "100 pm 123:45", nil},
		{"ratio", "a 3:2 win", nil},
		{"money", "$5.30 a piece", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want []clock.Match
			if tt.want != nil {
				want = tt.want(tt.text)
			}
			if diff := cmp.Diff(want, f.Find(tt.text)); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// checkMatches checks the invariants of Find.
func checkMatches(t *testing.T, text string, ms []clock.Match) {
	t.Helper()
	prev := 0
	for i, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("match %d = %+v: out of order or range (previous end %d, len %d)", i, m, prev, len(text))
		}
		prev = m.End
		if m.Text != text[m.Start:m.End] {
			t.Errorf("match %d = %+v; text[%d:%d] = %q", i, m, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Hour < 0 || m.Hour > 23 || m.Minute < 0 || m.Minute > 59 {
			t.Errorf("match %d = %+v: bad clock time", i, m)
		}
	}
}

func TestConcurrent(t *testing.T) {
	f := clock.New()
	text := strings.Repeat("At 5 p.m. and 10:30, not 10-15, until midnight. ", 20)
	want := f.Find(text)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if diff := cmp.Diff(want, clock.New().Find(text)); diff != "" {
					t.Errorf("concurrent Find differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Talks begin at 5 p.m. Friday, 10:30 a.m. Saturday and noon Sunday.",
		"They won 10-15 on 2016-12-05 at 12 am",
		"5 a.m 5 a day 7-10pm 13pm 10:30 a deal 12 noon",
		"10：30 \xff5pm 1:\x00",
	} {
		f.Add(s)
	}
	fd := clock.New()
	f.Fuzz(func(t *testing.T, text string) {
		checkMatches(t, text, fd.Find(text))
	})
}

// timeMLDir holds news articles; shared/ sits beside the repository.
const timeMLDir = "../../../../shared/data/timeml/tbaq-cleaned"

// corpus returns news text: the TimeML articles if present, else the
// sample articles in the repository's testdata.
func corpus(tb testing.TB) string {
	tb.Helper()
	var b strings.Builder
	files, _ := filepath.Glob(filepath.Join(timeMLDir, "*", "*.tml"))
	reText := regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	reTag := regexp.MustCompile(`<[^>]*>`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		if m := reText.FindSubmatch(data); m != nil {
			b.WriteString(html.UnescapeString(reTag.ReplaceAllString(string(m[1]), "")))
		}
	}
	if b.Len() == 0 {
		files, _ = filepath.Glob("../../../testdata/articles/*.txt")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(data)
		}
	}
	if b.Len() == 0 {
		tb.Skip("no corpus")
	}
	return b.String()
}

// TestFindCorpus checks the invariants on real news.
func TestFindCorpus(t *testing.T) {
	text := corpus(t)
	ms := clock.New().Find(text)
	checkMatches(t, text, ms)
	if testing.Verbose() {
		for _, m := range ms {
			t.Logf("%q in %q", m.Text, text[max(0, m.Start-30):min(len(text), m.End+30)])
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := corpus(b)
	f := clock.New()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f.Find(text)
	}
}
