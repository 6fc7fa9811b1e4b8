package htmlpage_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
)

func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"plain text, not HTML",
		`<meta property="article:published_time" content="2016-10-15T23:30:00-05:00"><p>Story.</p>`,
		`<meta name="date" content="Sat, 15 Oct 2016 10:42:00 EST"><time datetime="1476528120">x</time><p>Story.</p>`,
		`<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"datePublished":"2016-02-29","publisher":{"@id":"#o"}},{"@id":"#o","name":"O"}]}</script><p>x</p>`,
		`<meta charset="shift_jis"><title>` + "\x93\xfa" + ` | Site</title><p>` + "\x82\xa0\xff" + `</p>`,
		"\xff\xfe<\x00p\x00>\x00",
		strings.Repeat("<div>", 600) + "deep",
		`<article><p>a<br><br>b</p><pre>x
y</pre><table><tr><td>1<td>2</table></article>`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := htmlpage.Parse(data, "https://example.com/news/a")
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Parse panicked: %v", err)
			}
			if p != nil {
				t.Fatalf("Parse returned a page with error %v", err)
			}
			if !errors.Is(err, htmlpage.ErrNoText) && !strings.HasPrefix(err.Error(), "cannot parse HTML page") {
				t.Fatalf("Parse error %v is not ErrNoText or a parse error", err)
			}
			return
		}
		for _, s := range []string{p.Title, p.Text, p.Source, p.URL} {
			if !utf8.ValidString(s) {
				t.Fatalf("Parse returned invalid UTF-8 %q", s)
			}
		}
		if p.Text == "" || !strings.HasSuffix(p.Text, "\n") || strings.Contains(p.Text, "\n\n\n") {
			t.Fatalf("Parse returned badly formed text %q", p.Text)
		}
		for _, line := range strings.Split(strings.TrimSuffix(p.Text, "\n"), "\n") {
			if strings.TrimSpace(line) != line {
				t.Fatalf("Parse returned a line with space around it: %q", line)
			}
		}
		if !strings.HasPrefix(p.Text, p.Title) {
			t.Fatalf("Parse returned text %q that does not start with the title %q", p.Text, p.Title)
		}
		if len(p.Dates) > 0 && p.Published != p.Dates[0] || len(p.Dates) == 0 && !p.Published.IsZero() {
			t.Fatalf("Parse returned Published %v that is not the first of %v", p.Published, p.Dates)
		}
		for _, d := range p.Dates {
			if y := d.Time.Year(); y < 1900 || y > 2200 {
				t.Fatalf("Parse returned date %v from %q, outside 1900-2200", d.Time, d.Raw)
			}
		}
		for _, d := range p.Invalid {
			if !d.Time.IsZero() || d.Raw == "" {
				t.Fatalf("Parse returned invalid date %+v with a time or no text", d)
			}
		}
	})
}
