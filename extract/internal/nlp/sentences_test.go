package nlp_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/internal/nlp"
	"github.com/google/go-cmp/cmp"
)

// newProse returns a Prose or fails the test.
func newProse(tb testing.TB) *nlp.Prose {
	tb.Helper()
	p, err := nlp.NewProse()
	if err != nil {
		tb.Fatalf("NewProse() error: %v", err)
	}
	return p
}

// texts returns the text of each span.
func texts(text string, spans []nlp.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

var wrappedNewswire = "NAIROBI, Kenya (AP) _\n" +
	"\n" +
	"Suspected bombs exploded outside the U.S. embassies in the Kenyan and\n" +
	"Tanzanian capitals Friday, killing dozens of people, witnesses said. The\n" +
	"American ambassador to Kenya was among hundreds injured, a local TV said.\n" +
	"It said the blast at 10:30 a.m. shattered windows on Dec. 10 and the\n" +
	"embassy was evacuated.\n" +
	"\n" +
	"``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi, who\n" +
	"refused to identify himself."

func TestSentences(t *testing.T) {
	p := newProse(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"empty", "", nil},
		{"blank", " \n\n \t\n", nil},
		{
			"headline and body",
			"Syria: Kerry, diplomats seek support for Aleppo’s opposition\n\nParis: US Secretary of State John Kerry and leading diplomats are trying to find solutions. With tens of thousands fleeing, Kerry said he is working to ensure their safety.",
			[]string{
				"Syria: Kerry, diplomats seek support for Aleppo’s opposition",
				"Paris: US Secretary of State John Kerry and leading diplomats are trying to find solutions.",
				"With tens of thousands fleeing, Kerry said he is working to ensure their safety.",
			},
		},
		{
			"headline without blank line",
			"White House says backs United Nations effort to bring relief to Aleppo\nU.N. Special Envoy for Syria Staffan de Mistura says talks hinge on Friday.",
			[]string{
				"White House says backs United Nations effort to bring relief to Aleppo",
				"U.N. Special Envoy for Syria Staffan de Mistura says talks hinge on Friday.",
			},
		},
		{
			"advertisement and caption",
			"He acknowledged that meetings are going to have an impact.\nAdvertisement\nU.S. Secretary of State John Kerry, center, arrives in Geneva, Switzerland, Friday, Aug. 26, 2016.\nThe most immediate concern is aid.",
			[]string{
				"He acknowledged that meetings are going to have an impact.",
				"Advertisement",
				"U.S. Secretary of State John Kerry, center, arrives in Geneva, Switzerland, Friday, Aug. 26, 2016.",
				"The most immediate concern is aid.",
			},
		},
		{
			"dash list lines",
			"-\nTips for becoming a good boxer - November 6, 2020\n-\n7 expert tips for making your hens night memorable - November 6, 2020\n• Kerry meets Lavrov\n• Talks resume Monday",
			[]string{
				"-\nTips for becoming a good boxer - November 6, 2020",
				"-\n7 expert tips for making your hens night memorable - November 6, 2020",
				"• Kerry meets Lavrov",
				"• Talks resume Monday",
			},
		},
		{
			"table lines",
			"KENYA:\nTotal Dead: 192\nAmericans: 12\n\nTANZANIA:\nTotal dead: 10",
			[]string{"KENYA:", "Total Dead: 192", "Americans: 12", "TANZANIA:", "Total dead: 10"},
		},
		{
			"wrapped newswire",
			wrappedNewswire,
			[]string{
				"NAIROBI, Kenya (AP) _",
				"Suspected bombs exploded outside the U.S. embassies in the Kenyan and\nTanzanian capitals Friday, killing dozens of people, witnesses said.",
				"The\nAmerican ambassador to Kenya was among hundreds injured, a local TV said.",
				"It said the blast at 10:30 a.m. shattered windows on Dec. 10 and the\nembassy was evacuated.",
				"``It was definitely a bomb,'' said a U.S. Embassy official in Nairobi, who\nrefused to identify himself.",
			},
		},
		{
			"long line continued in lower case",
			"The foreign ministers of Russia and the United States met again\nin Geneva on Saturday.\nTalks resume Monday.",
			[]string{
				"The foreign ministers of Russia and the United States met again\nin Geneva on Saturday.",
				"Talks resume Monday.",
			},
		},
		{
			"abbreviations",
			"The U.S. and Russia will meet on Dec. 10 in Geneva, Mr. Lavrov said. Gov. Smith and Sgt. Jones agreed. Talks follow at 5 p.m. on Friday.",
			[]string{
				"The U.S. and Russia will meet on Dec. 10 in Geneva, Mr. Lavrov said.",
				"Gov. Smith and Sgt. Jones agreed.",
				"Talks follow at 5 p.m. on Friday.",
			},
		},
		{
			"versus",
			"In January, a week after the anniversary of Roe vs. Wade, a clinic was bombed. Nobody was hurt.",
			[]string{
				"In January, a week after the anniversary of Roe vs. Wade, a clinic was bombed.",
				"Nobody was hurt.",
			},
		},
		{
			"quotes",
			"“We have engaged in good faith for many months. But no food has arrived,” she said. “The phantom concept failed,” he said.",
			[]string{
				"“We have engaged in good faith for many months.",
				"But no food has arrived,” she said.",
				"“The phantom concept failed,” he said.",
			},
		},
		{
			"question in headline",
			"Should you get one or multiple dogs? Here’s all you need to know",
			[]string{"Should you get one or multiple dogs?", "Here’s all you need to know"},
		},
		{
			"blank line splits an abbreviation",
			"He met Mr.\n\nSmith in Paris.",
			[]string{"He met Mr.", "Smith in Paris."},
		},
		{
			"crlf",
			"Kerry meets Lavrov\r\nThe two met on Friday.\r\n\r\nThey will meet again.\r\n",
			[]string{"Kerry meets Lavrov", "The two met on Friday.", "They will meet again."},
		},
		{
			"brand name line",
			"SPONSORED FEATURES\niJobs Job Widget\niJobs General",
			[]string{"SPONSORED FEATURES", "iJobs Job Widget", "iJobs General"},
		},
		{
			"headline list of equal width",
			"Kerry and Lavrov meet in Geneva to discuss Syria ceasefire plan\nRussia says rebels must leave eastern Aleppo by end of the week\nUnited Nations warns of humanitarian catastrophe in Aleppo city\nTurkey and Iran join talks on Syria political transition plan",
			[]string{
				"Kerry and Lavrov meet in Geneva to discuss Syria ceasefire plan",
				"Russia says rebels must leave eastern Aleppo by end of the week",
				"United Nations warns of humanitarian catastrophe in Aleppo city",
				"Turkey and Iran join talks on Syria political transition plan",
			},
		},
		{
			"comma continues",
			"Kerry, Lavrov,\nand Ayrault met.",
			[]string{"Kerry, Lavrov,\nand Ayrault met."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := p.Sentences(tt.text)
			checkSpans(t, tt.text, spans)
			if diff := cmp.Diff(tt.want, texts(tt.text, spans)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

var reBlankLine = regexp.MustCompile(`\n[ \t\r\f\v]*\n`)

// checkSpans checks the invariants of Sentences: spans lie in text, are
// non-empty, ordered, disjoint, trimmed, and never cross a blank line.
func checkSpans(t *testing.T, text string, spans []nlp.Span) {
	t.Helper()
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("span %d = %v: out of order or range (previous end %d, len %d)", i, s, prev, len(text))
		}
		prev = s.End
		sent := text[s.Start:s.End]
		if r, _ := utf8.DecodeRuneInString(sent); unicode.IsSpace(r) {
			t.Errorf("span %d = %q starts with white space", i, sent)
		}
		if r, _ := utf8.DecodeLastRuneInString(sent); unicode.IsSpace(r) {
			t.Errorf("span %d = %q ends with white space", i, sent)
		}
		if reBlankLine.MatchString(sent) {
			t.Errorf("span %d = %q crosses a blank line", i, sent)
		}
	}
}

// TestSentencesWrapped checks that hard-wrapping the TimeML news articles
// leaves their sentences unchanged.
func TestSentencesWrapped(t *testing.T) {
	p := newProse(t)
	docs := timeMLTexts(t)
	for _, width := range []int{60, 72, 80} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			total, same := 0, 0
			for name, text := range docs {
				want := p.Sentences(text)
				wrapped := wrap(text, width)
				got := p.Sentences(wrapped)
				checkSpans(t, wrapped, got)
				total += len(want)
				g := make(map[nlp.Span]bool, len(got))
				for _, s := range got {
					g[s] = true
				}
				for _, s := range want {
					if g[s] {
						same++
					} else {
						t.Logf("%s: lost %q", name, text[s.Start:s.End])
					}
				}
			}
			rate := float64(same) / float64(total)
			t.Logf("wrapped at %d, text keeps %d of %d sentences (%.4f)", width, same, total, rate)
			if rate < 0.99 {
				t.Errorf("wrapped at %d, text keeps %d of %d sentences (%.4f); want >= 0.99", width, same, total, rate)
			}
		})
	}
}

// TestSentencesSeeds checks the invariants on the sample articles.
func TestSentencesSeeds(t *testing.T) {
	p := newProse(t)
	files, _ := filepath.Glob("../../../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		spans := p.Sentences(text)
		checkSpans(t, text, spans)
		if len(spans) == 0 {
			t.Errorf("%s: no sentences", f)
		}
	}
}

// TestConcurrent runs the shared segmenter and tagger from many goroutines;
// run it with -race.
func TestConcurrent(t *testing.T) {
	p := newProse(t)
	files, _ := filepath.Glob("../../../testdata/articles/*.txt")
	if len(files) == 0 {
		t.Skip("no sample articles")
	}
	var docs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	type result struct {
		spans []nlp.Span
		tags  [][]nlp.Token
		ents  [][]nlp.Entity
	}
	run := func(text string) result {
		var r result
		r.spans = p.Sentences(text)
		for _, s := range r.spans {
			r.tags = append(r.tags, p.Tag(text[s.Start:s.End]))
			r.ents = append(r.ents, p.Entities(text[s.Start:s.End]))
		}
		return r
	}
	want := make([]result, len(docs))
	for i, d := range docs {
		want[i] = run(d)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range docs {
				i := (g + k) % len(docs)
				if diff := cmp.Diff(want[i], run(docs[i]), cmp.AllowUnexported(result{})); diff != "" {
					t.Errorf("goroutine %d, doc %d differs from serial run (-want +got):\n%s", g, i, diff)
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzSentences(f *testing.F) {
	f.Add(wrappedNewswire)
	f.Add("Kerry meets Lavrov\nThe two met on Friday. Mr.\n\nSmith")
	f.Add("-\nTips - November 6, 2020\r\n\r\n“Quote.” He said… Then?")
	f.Add(strings.Repeat("word ", 30) + "\nnext line\n")
	p := newProse(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text, p.Sentences(text))
	})
}

func BenchmarkSentences(b *testing.B) {
	p := newProse(b)
	docs := corpus(b)
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			p.Sentences(d)
		}
	}
}
