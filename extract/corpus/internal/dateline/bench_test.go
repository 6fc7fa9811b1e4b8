package dateline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

// BenchmarkInfer runs Infer over the sample articles and the article
// openings in testdata.
func BenchmarkInfer(b *testing.B) {
	var bodies []string
	for _, s := range readSeeds(b) {
		bodies = append(bodies, s.body)
	}
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if body, ok := parseArchive(string(data)).section("body"); ok {
			bodies = append(bodies, body)
		}
	}
	n := 0
	for _, body := range bodies {
		n += len(body)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			dateline.Infer(body)
		}
	}
}
