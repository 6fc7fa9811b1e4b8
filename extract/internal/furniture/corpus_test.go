package furniture_test

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/internal/furniture"
)

// Directories of test data, relative to this package.
var (
	corpusDir   = filepath.Join("..", "..", "..", "testdata", "furniture")
	articlesDir = filepath.Join("..", "..", "..", "testdata", "articles")
	goldFile    = filepath.Join("..", "..", "..", "testdata", "seeds.gold.json")
	timemlDir   = filepath.Join("..", "..", "..", "..", "shared", "data", "timeml", "tbaq-cleaned")
)

// Accuracy floors on the labelled corpus, set just under what Find
// achieves; see testdata/furniture/README.
const (
	minFurnitureFound = 0.96  // share of furniture lines inside a range (achieved 0.968)
	minStoryKept      = 0.995 // share of story lines outside every range (achieved 1)
	minTimeMLKept     = 0.998 // share of TimeBank and AQUAINT lines kept (achieved 1)
)

// labelledLine is a scored line of a labelled document.
type labelledLine struct {
	num        int    // line number, from 1
	start, end int    // byte offsets of the line in the body
	furniture  bool   // whether the line is labelled furniture
	text       string // the line's text
}

// labelled is a document of the corpus: its body and its scored lines.
type labelled struct {
	name  string
	body  string
	lines []labelledLine
}

// readLabelled reads a corpus file. Each line is "K " (keep) or "F "
// (furniture) followed by a line of the body; an empty line is an empty
// line of the body. Lines that are empty or white space in the body are
// not scored.
func readLabelled(t testing.TB, path string) labelled {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := labelled{name: filepath.Base(path)}
	var body strings.Builder
	src := strings.TrimSuffix(string(data), "\n")
	for i, l := range strings.Split(src, "\n") {
		if i > 0 {
			body.WriteByte('\n')
		}
		if l == "" {
			continue
		}
		if len(l) < 1 || l[0] != 'K' && l[0] != 'F' || len(l) > 1 && l[1] != ' ' {
			t.Fatalf("%s:%d: line does not start with \"K \" or \"F \": %q", path, i+1, l)
		}
		text := ""
		if len(l) > 2 {
			text = l[2:]
		}
		start := body.Len()
		body.WriteString(text)
		if strings.TrimSpace(strings.ReplaceAll(text, "\u00a0", " ")) == "" {
			continue
		}
		doc.lines = append(doc.lines, labelledLine{num: i + 1, start: start, end: body.Len(), furniture: l[0] == 'F', text: text})
	}
	doc.body = body.String()
	return doc
}

// corpus reads every labelled document.
func corpus(t testing.TB) []labelled {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled documents in %s: %v", corpusDir, err)
	}
	var docs []labelled
	for _, f := range files {
		docs = append(docs, readLabelled(t, f))
	}
	return docs
}

// covered reports whether [start, end) lies inside one of rs.
func covered(rs []furniture.Range, start, end int) (string, bool) {
	for _, r := range rs {
		if r.Start <= start && end <= r.End {
			return r.Reason, true
		}
	}
	return "", false
}

// overlaps reports whether [start, end) overlaps one of rs.
func overlaps(rs []furniture.Range, start, end int) (string, bool) {
	for _, r := range rs {
		if r.Start < end && start < r.End {
			return r.Reason, true
		}
	}
	return "", false
}

// score counts the corpus lines that Find gets right.
type score struct {
	furniture, found int // furniture lines, and those inside a range
	story, kept      int // story lines, and those outside every range
}

func (s score) foundShare() float64 { return share(s.found, s.furniture) }
func (s score) keptShare() float64  { return share(s.kept, s.story) }

func share(n, of int) float64 {
	if of == 0 {
		return 1
	}
	return float64(n) / float64(of)
}

// TestCorpus measures Find on the labelled corpus and fails below the
// floors. With -v it lists the missed furniture and the dropped story.
func TestCorpus(t *testing.T) {
	var samples, written, heldOut, all score
	for _, doc := range corpus(t) {
		rs := furniture.Find(doc.body)
		var s score
		for _, l := range doc.lines {
			if l.furniture {
				s.furniture++
				if _, ok := covered(rs, l.start, l.end); ok {
					s.found++
				} else {
					t.Logf("%s:%d: missed furniture: %s", doc.name, l.num, l.text)
				}
				continue
			}
			s.story++
			if reason, ok := overlaps(rs, l.start, l.end); ok {
				t.Logf("%s:%d: dropped story (%s): %s", doc.name, l.num, reason, l.text)
			} else {
				s.kept++
			}
		}
		sum := &written
		switch {
		case strings.HasPrefix(doc.name, "sample_"):
			sum = &samples
		case strings.HasPrefix(doc.name, "heldout_"):
			sum = &heldOut
		}
		for _, sc := range []*score{sum, &all} {
			sc.furniture += s.furniture
			sc.found += s.found
			sc.story += s.story
			sc.kept += s.kept
		}
	}
	for _, c := range []struct {
		name string
		s    score
	}{{"samples", samples}, {"written", written}, {"held-out", heldOut}, {"all", all}} {
		t.Logf("%-9s furniture found %3d/%3d = %5.1f%%, story kept %3d/%3d = %5.1f%%", c.name,
			c.s.found, c.s.furniture, 100*c.s.foundShare(), c.s.kept, c.s.story, 100*c.s.keptShare())
	}
	if got := all.foundShare(); got < minFurnitureFound {
		t.Errorf("furniture found = %.4f; want >= %.4f", got, minFurnitureFound)
	}
	if got := all.keptShare(); got < minStoryKept {
		t.Errorf("story kept = %.4f; want >= %.4f", got, minStoryKept)
	}
	if got := samples.keptShare(); got < 1 {
		t.Errorf("story kept in the sample articles = %.4f; want 1", got)
	}
}

// TestSamplesMatchArticles checks that the labelled copies of the sample
// articles hold their text unchanged.
func TestSamplesMatchArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no articles in %s", articlesDir)
	}
	for _, f := range files {
		base := filepath.Base(f)
		num, _, _ := strings.Cut(base, "_")
		doc := readLabelled(t, filepath.Join(corpusDir, "sample_"+num+".txt"))
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.TrimSuffix(string(data), "\n"); doc.body != want {
			t.Errorf("sample_%s.txt does not hold the text of %s", num, base)
		}
	}
}

// TestMustNot checks that the texts that must never become events lie
// inside furniture.
func TestMustNot(t *testing.T) {
	data, err := os.ReadFile(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		MustNot []struct {
			Article string `json:"article"`
			Text    string `json:"text"`
		} `json:"must_not"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatalf("cannot parse %s: %v", goldFile, err)
	}
	if len(gold.MustNot) == 0 {
		t.Fatalf("no must_not entries in %s", goldFile)
	}
	for _, m := range gold.MustNot {
		b, err := os.ReadFile(filepath.Join(articlesDir, m.Article))
		if err != nil {
			t.Fatal(err)
		}
		body := string(b)
		rs := furniture.Find(body)
		n := 0
		for off := 0; ; {
			i := strings.Index(body[off:], m.Text)
			if i < 0 {
				break
			}
			i += off
			n++
			if _, ok := covered(rs, i, i+len(m.Text)); !ok {
				t.Errorf("%s:%d: %q is not inside furniture", m.Article, 1+strings.Count(body[:i], "\n"), m.Text)
			}
			off = i + len(m.Text)
		}
		if n == 0 {
			t.Errorf("%s: %q not found", m.Article, m.Text)
		}
	}
}

var (
	timemlText = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	timemlTag  = regexp.MustCompile(`<[^>]+>`)
)

// TestTimeMLStoryKept runs Find on the newswire of TimeBank and AQUAINT,
// which holds stories and almost no furniture, and fails if it drops more
// than a sliver of their lines. It is skipped without the shared data.
func TestTimeMLStoryKept(t *testing.T) {
	var files []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		fs, _ := filepath.Glob(filepath.Join(timemlDir, sub, "*.tml"))
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skipf("no TimeBank or AQUAINT documents in %s", timemlDir)
	}
	lines, dropped := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := timemlText.FindSubmatch(data)
		if m == nil {
			continue
		}
		body := html.UnescapeString(timemlTag.ReplaceAllString(string(m[1]), ""))
		rs := furniture.Find(body)
		start := 0
		for l := range strings.SplitSeq(body, "\n") {
			end := start + len(l)
			if strings.TrimSpace(l) != "" {
				lines++
				if reason, ok := overlaps(rs, start, end); ok {
					dropped++
					t.Logf("%s: dropped (%s): %s", filepath.Base(f), reason, l)
				}
			}
			start = end + 1
		}
	}
	kept := share(lines-dropped, lines)
	t.Logf("TimeBank and AQUAINT: %d documents, story kept %d/%d = %.2f%%", len(files), lines-dropped, lines, 100*kept)
	if kept < minTimeMLKept {
		t.Errorf("TimeML story kept = %.4f; want >= %.4f", kept, minTimeMLKept)
	}
}

// corpusBytes joins the bodies of the corpus for the benchmark.
func corpusBytes(b *testing.B) string {
	var sb strings.Builder
	for _, doc := range corpus(b) {
		fmt.Fprintf(&sb, "%s\n\n", doc.body)
	}
	return sb.String()
}

func BenchmarkFind(b *testing.B) {
	body := corpusBytes(b)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		furniture.Find(body)
	}
}
