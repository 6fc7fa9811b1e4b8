package nlp_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// timeMLDir holds the TimeBank and AQUAINT news articles; shared/ sits
// beside the repository.
const timeMLDir = "../../../../shared/data/timeml/tbaq-cleaned"

var (
	reText = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	reTag  = regexp.MustCompile(`<[^>]*>`)
)

// timeMLTexts returns the article texts of the TimeML corpus, skipping the
// test if the corpus is absent.
func timeMLTexts(tb testing.TB) map[string]string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(timeMLDir, "*", "*.tml"))
	if len(files) == 0 {
		tb.Skipf("no TimeML corpus in %s", timeMLDir)
	}
	texts := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		m := reText.FindSubmatch(b)
		if m == nil {
			tb.Fatalf("%s: no <TEXT> element", f)
		}
		texts[filepath.Base(f)] = strings.TrimSpace(html.UnescapeString(reTag.ReplaceAllString(string(m[1]), "")))
	}
	return texts
}

// corpus returns news text for benchmarks: the TimeML articles if present,
// else the sample articles in the repository's testdata.
func corpus(tb testing.TB) []string {
	tb.Helper()
	var docs []string
	files, _ := filepath.Glob(filepath.Join(timeMLDir, "*", "*.tml"))
	if len(files) > 0 {
		for _, t := range timeMLTexts(tb) {
			docs = append(docs, t)
		}
		return docs
	}
	files, _ = filepath.Glob("../../../testdata/articles/*.txt")
	if len(files) == 0 {
		tb.Skip("no corpus")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, string(b))
	}
	return docs
}

// wrap hard-wraps each line of text at width columns by turning spaces
// into newlines, the way old newswire was formatted. Byte offsets are
// unchanged.
func wrap(text string, width int) string {
	b := []byte(text)
	lineStart, lastSpace := 0, -1
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\n':
			lineStart, lastSpace = i+1, -1
		case ' ':
			lastSpace = i
		}
		if i-lineStart >= width && lastSpace > lineStart {
			b[lastSpace] = '\n'
			lineStart, lastSpace = lastSpace+1, -1
		}
	}
	return string(b)
}
