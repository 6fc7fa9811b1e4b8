package fingerprint_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/fingerprint"
)

// corpusTexts returns the texts of testdata/corpus and their total size.
func corpusTexts(b *testing.B) ([]string, int64) {
	paths, err := filepath.Glob("testdata/corpus/*/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var (
		texts []string
		n     int64
	)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += int64(len(data))
	}
	return texts, n
}

// BenchmarkOf fingerprints the articles of testdata/corpus.
func BenchmarkOf(b *testing.B) {
	texts, n := corpusTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			fingerprint.Of(t)
		}
	}
}

// BenchmarkGroups groups 10,000 signatures of made-up articles of 300
// words, every tenth a copy of the one before with a few words changed.
func BenchmarkGroups(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	vocab := vocabulary(r, 20000)
	var (
		sigs []fingerprint.Signature
		prev []string
	)
	for i := range 10000 {
		w := make([]string, 300)
		for k := range w {
			if i%10 == 9 && r.IntN(20) > 0 {
				w[k] = prev[k]
			} else {
				w[k] = vocab[r.IntN(len(vocab))]
			}
		}
		sigs = append(sigs, fingerprint.Of(strings.Join(w, " ")))
		prev = w
	}
	b.ReportAllocs()
	for b.Loop() {
		fingerprint.Groups(sigs, fingerprint.Threshold)
	}
}
