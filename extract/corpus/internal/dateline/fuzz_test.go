package dateline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

// FuzzInfer checks that Infer and All do not panic and return guesses that
// point into the body.
func FuzzInfer(f *testing.F) {
	for _, s := range readSeeds(f) {
		f.Add(s.body)
	}
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if body, ok := parseArchive(string(data)).section("body"); ok {
			f.Add(body)
		}
	}
	for _, s := range []string{
		"PARIS, Dec. 10 (Reuters) - talks",
		"WASHINGTON (AP) — Dec. 10, 2016",
		"Published 10:42 GMT, 29 February 2016\nLONDON, Feb 29 -",
		"Friday, Aug. 27, 2016",
		"2016-13-45\n31 February 2016\n05/10/2016",
		"NEW YORK--(BUSINESS WIRE)--Oct. 15, 2016--",
		"Kerry, in Geneva, Switzerland, Friday, Aug. 26, 2016. (AP Photo/File)",
		"By A | Dec 31, 2199 11:59 PM\nBEIRUT, Jan 1 (AFP) -",
		"\xff\xfe, Oct 15 2016 /\x00/ --",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		all := dateline.All(body)
		for _, g := range all {
			if g.Start < 0 || g.Start > g.End || g.End > len(body) {
				t.Fatalf("guess %s: span [%d:%d] outside body of %d bytes", g, g.Start, g.End, len(body))
			}
			if body[g.Start:g.End] != g.Text {
				t.Fatalf("guess %s: body[%d:%d] = %q; want Text", g, g.Start, g.End, body[g.Start:g.End])
			}
			if y := g.Date.Year(); y < 1900 || y > 2200 {
				t.Fatalf("guess %s: year %d outside 1900-2200", g, y)
			}
			if !g.Date.Equal(g.Date.Truncate(24*time.Hour)) || g.Date.Location() != time.UTC {
				t.Fatalf("guess %s: date %v is not midnight UTC", g, g.Date)
			}
			if want := strings.Count(body[:g.Start], "\n") + 1; g.Line != want {
				t.Fatalf("guess %s: Line = %d; want %d", g, g.Line, want)
			}
		}
		g, ok := dateline.Infer(body)
		if ok && (len(all) == 0 || g != all[0]) {
			t.Fatalf("Infer = %s; want the first of All", g)
		}
	})
}
