package htmlpage_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
)

func BenchmarkParse(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		b.Fatal(err)
	}
	var pages [][]byte
	size := 0
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, data := range pages {
			if _, err := htmlpage.Parse(data, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
