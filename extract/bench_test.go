package extract_test

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// benchDoc is one article of a benchmark corpus and its publication date.
type benchDoc struct {
	text string
	pub  time.Time
}

// timemlDir holds the TimeBank and AQUAINT newswire, cleaned (TBAQ-cleaned),
// in the shared data directory next to the repository.
var timemlDir = filepath.Join("..", "..", "shared", "data", "timeml", "tbaq-cleaned")

var (
	timemlText = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	timemlTag  = regexp.MustCompile(`<[^>]+>`)
	timemlDCT  = regexp.MustCompile(`<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})`)
)

// timemlCorpus reads the text of the TimeBank and AQUAINT documents, tags
// stripped, with their document creation times as publication dates. It
// skips the benchmark if the data is absent.
func timemlCorpus(b testing.TB) []benchDoc {
	b.Helper()
	var files []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		fs, _ := filepath.Glob(filepath.Join(timemlDir, sub, "*.tml"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		b.Skipf("no TimeBank or AQUAINT documents in %s (the shared data directory is not checked out next to the repository)", timemlDir)
	}
	docs := make([]benchDoc, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		m := timemlText.FindSubmatch(data)
		if m == nil {
			continue
		}
		d := benchDoc{text: html.UnescapeString(timemlTag.ReplaceAllString(string(m[1]), ""))}
		if dct := timemlDCT.FindSubmatch(data); dct != nil {
			d.pub, _ = time.Parse(time.DateOnly, string(dct[1]))
		}
		docs = append(docs, d)
	}
	return docs
}

// articleCorpus reads the sample articles in testdata with their
// publication dates.
func articleCorpus(b testing.TB) []benchDoc {
	b.Helper()
	published := readManifest(b)
	files := articleFiles(b)
	docs := make([]benchDoc, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pub, _ := time.Parse(time.DateOnly, published[filepath.Base(f)])
		docs = append(docs, benchDoc{text: string(data), pub: pub})
	}
	return docs
}

// corpusBytes is the size of the corpus's text, for MB/s.
func corpusBytes(docs []benchDoc) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.text))
	}
	return n
}

// reportCPU reports the throughput per CPU-second of the benchmark loop
// that started when the process had used start of CPU time: contention
// from other processes, which stretches ns/op and MB/s, does not change
// it. The loop's goroutine and the garbage collector both count.
func reportCPU(b *testing.B, start time.Duration, bytes int64) {
	if d := cpuTime() - start; start > 0 && d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// benchCorpora are the corpora the benchmarks run on: the sample articles
// always, TimeBank and AQUAINT when the shared data is there.
var benchCorpora = []struct {
	name string
	load func(testing.TB) []benchDoc
}{
	{"articles", articleCorpus},
	{"timebank-aquaint", timemlCorpus},
}

// BenchmarkSentences splits a corpus into sentences and drops the page
// furniture, the first stage of Extract.
func BenchmarkSentences(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := c.load(b)
			x := sharedExtractor()
			b.SetBytes(corpusBytes(docs))
			n := 0
			cpu := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					n += x.StorySentences(d.text)
				}
			}
			reportCPU(b, cpu, corpusBytes(docs))
			b.ReportMetric(float64(n)/float64(b.N), "sentences/op")
		})
	}
}

// BenchmarkTimexes extracts and resolves every expression of a corpus with
// one Extractor, built (and its models loaded) outside the timed loop.
func BenchmarkTimexes(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := c.load(b)
			x := sharedExtractor()
			b.SetBytes(corpusBytes(docs))
			n := 0
			cpu := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					n += len(x.Timexes(d.text, d.pub))
				}
			}
			reportCPU(b, cpu, corpusBytes(docs))
			b.ReportMetric(float64(n)/float64(b.N), "timexes/op")
		})
	}
}

// BenchmarkTimexesParallel runs the same corpora from GOMAXPROCS goroutines
// sharing one Extractor, to show how extraction scales.
func BenchmarkTimexesParallel(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := c.load(b)
			x := sharedExtractor()
			b.SetBytes(corpusBytes(docs))
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					for _, d := range docs {
						x.Timexes(d.text, d.pub)
					}
				}
			})
		})
	}
}

// BenchmarkEvents finds the event mentions of a corpus given its
// sentences and time expressions, found outside the timed loop: the
// people each article names, the triggers, their part-of-speech and named
// entity checks, status, date, participants and places.
func BenchmarkEvents(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := c.load(b)
			x := sharedExtractor()
			in := make([]*extract.EventInput, len(docs))
			for i, d := range docs {
				in[i] = x.PrepareEvents(d.text, d.pub)
			}
			b.SetBytes(corpusBytes(docs))
			n := 0
			cpu := cpuTime()
			for b.Loop() {
				for _, d := range in {
					n += x.Events(d)
				}
			}
			reportCPU(b, cpu, corpusBytes(docs))
			b.ReportMetric(float64(n)/float64(b.N), "events/op")
		})
	}
}

// BenchmarkExtract measures the whole per-article extraction: furniture,
// time expressions, event mentions, participants and places.
func BenchmarkExtract(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			docs := c.load(b)
			x := sharedExtractor()
			b.SetBytes(corpusBytes(docs))
			n := 0
			ctx := context.Background()
			cpu := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					a := extract.Article{ID: "bench", Body: d.text}
					if !d.pub.IsZero() {
						a.Published = d.pub.Format(time.DateOnly)
					}
					res, err := x.Extract(ctx, a)
					if err != nil {
						b.Fatal(err)
					}
					n += len(res.Events)
				}
			}
			reportCPU(b, cpu, corpusBytes(docs))
			b.ReportMetric(float64(n)/float64(b.N), "events/op")
		})
	}
}
