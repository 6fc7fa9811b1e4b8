package corpus_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
)

// gz returns s gzipped.
func gz(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// full formats an article's metadata and warnings for comparison.
func full(a extract.Article) string {
	s := fmt.Sprintf("%s %s %s/%s title=%q source=%q url=%q", a.ID, a.Path, a.Published, a.PublishedFrom, a.Title, a.Source, a.URL)
	for _, w := range a.Warnings {
		s += "\n\t\twarning: " + w
	}
	return s
}

// readFull calls corpus.ReadArticles and returns the articles, formatted
// by full, and every message, skips included.
func readFull(t *testing.T, paths []string, opts corpus.Options) ([]string, []string) {
	t.Helper()
	var got []string
	err := corpus.ReadArticles(context.Background(), paths, opts, func(a extract.Article) error {
		got = append(got, full(a))
		return nil
	})
	var list corpus.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("ReadArticles(%q) = %v; want nil or an ErrorList", paths, err)
	}
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	return got, msgs
}

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Aid convoy reaches Aleppo - Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-10-15T23:30:00-05:00">
<link rel="canonical" href="https://news.example.com/aid">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Aid convoy reaches Aleppo</h1>
<p>An aid convoy reached eastern Aleppo on Saturday, the United Nations said, the first to cross the front line since the truce collapsed last month.</p>
<p>The trucks carried food and medicine for about 40,000 people, according to the World Food Programme, which organised the delivery with the Syrian Arab Red Crescent.</p>
<p>Fighting resumed in the north of the city after the convoy left, residents said.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
`

func TestReadFormats(t *testing.T) {
	tree := map[string]string{
		"in/a.md":     "---\ntitle: Kerry and Lavrov meet\npublished: 2014-01-13\nsource: Reuters\nurl: https://example.com/a\n---\nKerry and Lavrov met in Paris on Monday.\n",
		"in/b.txt.gz": "",
		"in/c.html":   page,
		"in/feed.jsonl": `{"id": "f1", "title": "Truce holds", "published": "2016-09-13", "text": "The truce held on Monday.", "source": "AP"}` + "\n" +
			"\n" +
			`{"title": "No id", "date": "2016-09-14T08:00:00Z", "body": "Talks resumed."}` + "\n" +
			`{"id": "f4", "html": "<html><head><meta name=\"date\" content=\"2016-09-15\"></head><body><p>Air strikes hit the city on Thursday, residents said, as the army pressed its offensive.</p></body></html>"}` + "\n",
		"in/photo.png":  "\x89PNG\r\n\x1a\n\x00\x00",
		"in/README":     "notes",
		"in/.hidden.md": "Hidden.\n",
	}
	tests := []struct {
		name  string
		files map[string]string
		paths []string
		opts  corpus.Options
		want  []string
		errs  []string
	}{
		{
			name:  "every format in a directory",
			paths: []string{"in"},
			want: []string{
				`a in/a.md 2014-01-13/front-matter title="Kerry and Lavrov meet" source="Reuters" url="https://example.com/a"`,
				`b in/b.txt.gz /none title="Ceasefire announced" source="" url=""`,
				`c in/c.html 2016-10-15/html-meta title="Aid convoy reaches Aleppo" source="Example News" url="https://news.example.com/aid"`,
				`f1 in/feed.jsonl:1 2016-09-13/json title="Truce holds" source="AP" url=""`,
				`feed-3 in/feed.jsonl:3 2016-09-14/json title="No id" source="" url=""`,
				`f4 in/feed.jsonl:4 2016-09-15/html-meta title="" source="" url=""`,
			},
			errs: []string{
				`in/README: skipped: not an article file (no extension)`,
				`in/photo.png: skipped: not an article file (.png)`,
			},
		},
		{
			name:  "a zone moves the day only when asked",
			paths: []string{"in/c.html"},
			opts:  corpus.Options{TZ: time.UTC},
			want:  []string{`c in/c.html 2016-10-16/html-meta title="Aid convoy reaches Aleppo" source="Example News" url="https://news.example.com/aid"`},
		},
		{
			name:  "manifest beside the files, and its precedence over metadata",
			files: map[string]string{"in/manifest.csv": "file,published,source\na.md,2014-01-14,AFP\nfeed.jsonl,2016-09-20,\n"},
			paths: []string{"in/a.md", "in/feed.jsonl"},
			want: []string{
				`a in/a.md 2014-01-14/manifest title="Kerry and Lavrov meet" source="AFP" url="https://example.com/a"` +
					"\n\t\twarning: sources disagree on the publication date: manifest says 2014-01-14, front matter says 2014-01-13; using 2014-01-14",
				`f1 in/feed.jsonl:1 2016-09-20/manifest title="Truce holds" source="AP" url=""` +
					"\n\t\twarning: sources disagree on the publication date: manifest says 2016-09-20, JSON record says 2016-09-13; using 2016-09-20",
				`feed-3 in/feed.jsonl:3 2016-09-20/manifest title="No id" source="" url=""` +
					"\n\t\twarning: sources disagree on the publication date: manifest says 2016-09-20, JSON record says 2016-09-14; using 2016-09-20",
				`f4 in/feed.jsonl:4 2016-09-20/manifest title="" source="" url=""` +
					"\n\t\twarning: sources disagree on the publication date: manifest says 2016-09-20, page metadata says 2016-09-15; using 2016-09-20",
			},
		},
		{
			name: "JSON manifest in a subdirectory applies below it",
			files: map[string]string{
				"d/sub/manifest.json": `{"articles": [{"file": "x.txt", "published": "2016-12-09", "title": "Talks", "extra": 1}]}`,
				"d/sub/x.txt":         "They met on Friday.\n",
				"d/sub/deeper/y.txt":  "Fighting.\n",
				"d/manifest.json":     `[{"file": "sub/deeper/y.txt", "published": "2016-12-10"}]`,
			},
			paths: []string{"d"},
			want: []string{
				`y d/sub/deeper/y.txt 2016-12-10/manifest title="" source="" url=""`,
				`x d/sub/x.txt 2016-12-09/manifest title="Talks" source="" url=""`,
			},
		},
		{
			name: "text encodings",
			files: map[string]string{
				"e/latin.txt": "Talks in Gen\xe8ve\nThey met on Friday.\n",
				"e/mixed.txt": "Caf\u00e9 talks\nbad \xff byte.\n",
			},
			paths: []string{"e"},
			want: []string{
				`latin e/latin.txt /none title="Talks in Genève" source="" url=""` +
					"\n\t\twarning: text is not UTF-8 (byte 0xe8 on line 1): decoded as Windows-1252",
				`mixed e/mixed.txt /none title="Café talks" source="" url=""` +
					"\n\t\twarning: 1 invalid UTF-8 byte replaced with U+FFFD, the first on line 2",
			},
		},
		{
			name: "broken inputs are named with their lines, and the rest is read",
			files: map[string]string{
				"bad/feed.ndjson": `{"id": "ok", "text": "Fine."}` + "\n" +
					`{"id": "broken", "text": "unterminated}` + "\n" +
					`{"id": "date", "published": "2016-13-45", "text": "Bad date."}` + "\n" +
					`{"id": "notext", "title": "x"}` + "\n" +
					`[1, 2]` + "\n" +
					`{"id": "ok2", "text": "Fine too."}`,
				"bad/fm.md":       "---\ntitle: x\npublished: 2016-02-30\n---\nBody.\n",
				"bad/open.md":     "---\ntitle: x\nBody.\n",
				"bad/empty.html":  "<html><body><nav>Home</nav></body></html>",
				"bad/blank.jsonl": "\n\n",
				"bad/bad.txt.gz":  "not gzip at all",
				"bad/trunc.txt.gz": func() string {
					s := gz(t, strings.Repeat("Talks went on. ", 200))
					return s[:len(s)/2]
				}(),
			},
			paths: []string{"bad"},
			want: []string{
				`ok bad/feed.ndjson:1 /none title="" source="" url=""`,
				`ok2 bad/feed.ndjson:6 /none title="" source="" url=""`,
			},
			errs: []string{
				`bad/bad.txt.gz: bad gzip data: not in gzip format`,
				`bad/blank.jsonl: empty file: no JSON lines`,
				`bad/empty.html: no text in HTML page`,
				`bad/feed.ndjson:2: invalid JSON: the line ends inside a value (column 39)`,
				`bad/feed.ndjson:3: JSON record: published: bad date "2016-13-45": impossible date`,
				`bad/feed.ndjson:4: no article text: want a "text" or "html" field`,
				`bad/feed.ndjson:5: not a JSON object`,
				`bad/fm.md:3: front matter: published: bad date "2016-02-30": impossible date`,
				`bad/open.md:1: front matter: no closing --- line`,
				`bad/trunc.txt.gz: bad gzip data: unexpected EOF`,
			},
		},
		{
			name: "size limits",
			files: map[string]string{
				"big/huge.txt":    strings.Repeat("word ", 100),
				"big/lines.jsonl": `{"text": "` + strings.Repeat("x", 300) + `"}` + "\n" + `{"id": "small", "text": "Small."}` + "\n",
				"big/bomb.txt.gz": "",
				"big/ok.txt":      "Short.\n",
			},
			paths: []string{"big"},
			opts:  corpus.Options{MaxBytes: 200},
			want: []string{
				`small big/lines.jsonl:2 /none title="" source="" url=""`,
				`ok big/ok.txt /none title="" source="" url=""`,
			},
			errs: []string{
				`big/bomb.txt.gz: too large: over the 200 bytes an article may have; split it, or use JSON Lines`,
				`big/huge.txt: too large: 500 bytes, over the 200 bytes an article may have; split it, or use JSON Lines`,
				`big/lines.jsonl:1: line too long (over 200 bytes); skipped`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := maps(tree, tt.files)
			files["in/b.txt.gz"] = gz(t, "Ceasefire announced\nThe army announced a ceasefire.\n")
			files["big/bomb.txt.gz"] = gz(t, strings.Repeat("a", 1<<20))
			writeFiles(t, dir, files)
			t.Chdir(dir)
			got, errs := readFull(t, tt.paths, tt.opts)
			if !slices.Equal(got, tt.want) {
				t.Errorf("articles =\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if !slices.Equal(errs, tt.errs) {
				t.Errorf("errors =\n\t%s\nwant\n\t%s", strings.Join(errs, "\n\t"), strings.Join(tt.errs, "\n\t"))
			}
		})
	}
}

// maps returns the union of ms, later ones winning.
func maps(ms ...map[string]string) map[string]string {
	out := make(map[string]string)
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

func TestReadStdinFormats(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"text", "Truce holds\nIt held.\n", []string{`stdin <stdin> /none title="Truce holds" source="" url=""`}},
		{"json lines", `{"id": "a", "published": "2016-10-15", "text": "A."}` + "\n" + `{"id": "b", "text": "B."}`, []string{
			`a <stdin>:1 2016-10-15/json title="" source="" url=""`,
			`b <stdin>:2 /none title="" source="" url=""`,
		}},
		{"html", page, []string{`stdin <stdin> 2016-10-15/html-meta title="Aid convoy reaches Aleppo" source="Example News" url="https://news.example.com/aid"`}},
	}
	for _, tt := range tests {
		for _, zip := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s gzip=%v", tt.name, zip), func(t *testing.T) {
				in := tt.in
				if zip {
					in = gz(t, in)
				}
				got, errs := readFull(t, []string{"-"}, corpus.Options{Stdin: strings.NewReader(in)})
				if !slices.Equal(got, tt.want) || len(errs) > 0 {
					t.Errorf("got\n\t%s\nerrors %q\nwant\n\t%s", strings.Join(got, "\n\t"), errs, strings.Join(tt.want, "\n\t"))
				}
			})
		}
	}
}
