package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestWriteCorpus checks the corpus built from the sample articles: the
// same bytes every time, the size reached by the last line and not before,
// unique ids, and each repetition's dates shifted by whole weeks.
func TestWriteCorpus(t *testing.T) {
	docs, err := loadSamples("../../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	published := make(map[string]time.Time) // document id -> publication date
	for _, d := range docs {
		published[d.id] = d.published
	}
	for _, tc := range []struct {
		name string
		size int64
		reps int // repetitions of the documents begun
	}{
		{"one byte", 1, 1},
		{"three repetitions", 50_000, 3},
		{"many repetitions", 200_000, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, again bytes.Buffer
			articles, n, err := writeCorpus(&out, docs, tc.size)
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := writeCorpus(&again, docs, tc.size); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), again.Bytes()) {
				t.Errorf("writeCorpus(%d) wrote different bytes the second time", tc.size)
			}
			if n != int64(out.Len()) {
				t.Errorf("writeCorpus(%d) = %d bytes; wrote %d", tc.size, n, out.Len())
			}

			ids := make(map[string]bool)
			reps := 0
			var last int // length of the last line, with its newline
			sc := bufio.NewScanner(&out)
			sc.Buffer(nil, 1<<20)
			lines := 0
			for sc.Scan() {
				lines++
				last = len(sc.Bytes()) + 1
				var a article
				if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
					t.Fatalf("line %d: %v", lines, err)
				}
				if a.Title == "" || a.Text == "" || a.Source != "sample" {
					t.Errorf("line %d: title %q, source %q, %d bytes of text; want all set", lines, a.Title, a.Source, len(a.Text))
				}
				if ids[a.ID] {
					t.Errorf("line %d: id %q again", lines, a.ID)
				}
				ids[a.ID] = true
				base, rep, ok := strings.Cut(a.ID, "#")
				k, err := strconv.Atoi(rep)
				if !ok || err != nil {
					t.Fatalf("line %d: id %q; want DOCUMENT#REPETITION", lines, a.ID)
				}
				reps = max(reps, k+1)
				want := published[base].AddDate(0, 0, 7*k).Format(time.DateOnly)
				if a.Published != want {
					t.Errorf("line %d: %s published %s; want %s", lines, a.ID, a.Published, want)
				}
			}
			if err := sc.Err(); err != nil {
				t.Fatal(err)
			}
			if lines != articles {
				t.Errorf("writeCorpus(%d) = %d articles; wrote %d lines", tc.size, articles, lines)
			}
			if n < tc.size || n-int64(last) >= tc.size {
				t.Errorf("writeCorpus(%d) wrote %d bytes, last line %d; want the last line to reach the size", tc.size, n, last)
			}
			if reps != tc.reps {
				t.Errorf("writeCorpus(%d) began %d repetitions; want %d", tc.size, reps, tc.reps)
			}
		})
	}
}

// TestLoadDocumentsWithoutShared checks that a clone with no ../shared
// beside it falls back to the sample articles, and says so.
func TestLoadDocumentsWithoutShared(t *testing.T) {
	repo := filepath.Join(t.TempDir(), "main")
	dir := filepath.Join(repo, "testdata", "articles")
	if err := os.CopyFS(dir, os.DirFS("../../testdata/articles")); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	docs, base, err := loadDocuments(repo, "", &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 || base != "the 5 sample articles of testdata/articles" {
		t.Errorf("loadDocuments = %d documents, %q; want the 5 sample articles", len(docs), base)
	}
	if !strings.Contains(stderr.String(), "no TimeML corpus") {
		t.Errorf("loadDocuments said %q; want it to say there is no TimeML corpus", stderr.String())
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{[]float64{2}, 2},
		{[]float64{3, 1, 2}, 2},
		{[]float64{1.9, 1.5, 2.1, 1.8}, 1.85},
	}
	for _, tt := range tests {
		if got := median(tt.in); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("median(%v) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
