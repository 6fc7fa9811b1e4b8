package dateline_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

// articles is the directory of sample articles, with their publication
// dates in manifest.csv.
const articles = "../../../../testdata/articles"

// seed is a sample article and its publication date.
type seed struct {
	name      string
	published string
	body      string
}

// readSeeds reads the sample articles listed in the manifest.
func readSeeds(tb testing.TB) []seed {
	tb.Helper()
	f, err := os.Open(filepath.Join(articles, "manifest.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	if len(rows) < 2 || rows[0][0] != "file" || rows[0][1] != "published" {
		tb.Fatalf("manifest.csv: want a file,published header and rows, have %q", rows)
	}
	var seeds []seed
	for _, r := range rows[1:] {
		data, err := os.ReadFile(filepath.Join(articles, r[0]))
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, seed{name: r[0], published: r[1], body: string(data)})
	}
	return seeds
}

// minSeedHits is the number of sample articles Infer must date: only
// 003 has a cue (a photo caption); the others print no date at all.
const minSeedHits = 1

// TestSeeds checks that Infer, on each sample article, returns either its
// publication date or nothing: never a wrong date.
func TestSeeds(t *testing.T) {
	hits := 0
	for _, s := range readSeeds(t) {
		g, ok := dateline.Infer(s.body)
		if !ok {
			t.Logf("%s: no guess (published %s)", s.name, s.published)
			continue
		}
		if got := g.Date.Format(time.DateOnly); got != s.published {
			t.Errorf("%s: Infer = %s; want %s or none", s.name, g, s.published)
			continue
		}
		hits++
		t.Logf("%s: %s", s.name, g)
	}
	if hits < minSeedHits {
		t.Errorf("Infer dated %d sample articles; want at least %d", hits, minSeedHits)
	}
}
