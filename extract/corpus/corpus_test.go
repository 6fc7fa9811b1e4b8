package corpus_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
)

// writeFiles creates files under dir; a name ending in "/" is an empty directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll calls corpus.Read and returns the articles and the per-input
// errors as strings.
func readAll(t *testing.T, paths []string, opts corpus.Options) ([]extract.Article, []string) {
	t.Helper()
	var arts []extract.Article
	err := corpus.ReadArticles(context.Background(), paths, opts, func(a extract.Article) error {
		arts = append(arts, a)
		return nil
	})
	var list corpus.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("Read(%q) = %v; want nil or an ErrorList", paths, err)
	}
	var msgs []string
	for _, e := range list {
		msgs = append(msgs, e.Error())
	}
	return arts, msgs
}

// summary formats the metadata of an article for comparison.
func summary(a extract.Article) string {
	return fmt.Sprintf("%s %s %s/%s title=%q source=%q url=%q", a.ID, a.Path, a.Published, a.PublishedFrom, a.Title, a.Source, a.URL)
}

func TestRead(t *testing.T) {
	tree := map[string]string{
		"b.txt":          "Ceasefire holds\nThe truce held on Friday.\n",
		"a.md":           "Talks resume.\n",
		"sub/c.TXT":      "Lavrov and Kerry meet in Geneva\n",
		"sub/.draft.txt": "ignored",
		".git/x.txt":     "ignored",
		"z.html":         "<p>Aid arrives</p>\n",
		"empty/":         "",
	}
	tests := []struct {
		name  string
		files map[string]string // written over tree
		paths []string
		opts  corpus.Options
		want  []string // summaries of the articles, in order
		errs  []string // per-input errors, in order
	}{
		{
			name:  "walk",
			paths: []string{"."},
			want: []string{
				`a a.md /none title="" source="" url=""`,
				`b b.txt /none title="Ceasefire holds" source="" url=""`,
				`c sub/c.TXT /none title="Lavrov and Kerry meet in Geneva" source="" url=""`,
				`z z.html /none title="Aid arrives" source="" url=""`,
			},
		},
		{
			name:  "explicit files in the order given",
			paths: []string{"z.html", "sub/c.TXT", "a.md"},
			want: []string{
				`z z.html /none title="Aid arrives" source="" url=""`,
				`c sub/c.TXT /none title="Lavrov and Kerry meet in Geneva" source="" url=""`,
				`a a.md /none title="" source="" url=""`,
			},
		},
		{
			name:  "published flag",
			paths: []string{"a.md"},
			opts:  corpus.Options{Published: "2016-10-15"},
			want:  []string{`a a.md 2016-10-15/flag title="" source="" url=""`},
		},
		{
			name:  "flag wins over manifest, which still gives the title",
			files: map[string]string{"m.csv": "file,published,title\na.md,2016-01-02,Talks resume\n"},
			paths: []string{"a.md"},
			opts:  corpus.Options{Published: "2017-03-04", Manifest: "m.csv"},
			want:  []string{`a a.md 2017-03-04/flag title="Talks resume" source="" url=""`},
		},
		{
			name: "manifest by base name and relative path",
			files: map[string]string{"m.csv": "\uFEFFfile,published,url,source,title\r\n" +
				"b.txt,2016-01-01,https://example.com/b,Reuters,\r\n" +
				"sub/c.TXT,2016-02-29,,,\"Kerry, Lavrov meet\"\r\n" +
				"other/a.md,2016-03-03,,,\r\n"},
			paths: []string{".", "sub/c.TXT"},
			opts:  corpus.Options{Manifest: "m.csv"},
			want: []string{
				`a a.md /none title="" source="" url=""`,
				`b b.txt 2016-01-01/manifest title="Ceasefire holds" source="Reuters" url="https://example.com/b"`,
				`c sub/c.TXT 2016-02-29/manifest title="Kerry, Lavrov meet" source="" url=""`,
				`z z.html /none title="Aid arrives" source="" url=""`,
				`c sub/c.TXT 2016-02-29/manifest title="Kerry, Lavrov meet" source="" url=""`,
			},
		},
		{
			name:  "manifest path relative to the directory walked",
			files: map[string]string{"meta/m.csv": "file,published\nc.TXT,2016-01-01\n"},
			paths: []string{"sub"},
			opts:  corpus.Options{Manifest: "meta/m.csv"},
			want:  []string{`c sub/c.TXT 2016-01-01/manifest title="Lavrov and Kerry meet in Geneva" source="" url=""`},
		},
		{
			name: "bad manifest rows",
			files: map[string]string{"m.csv": "file,published\n" +
				"a.md,2016-13-45\n" +
				"b.txt,2016-01-01\n" +
				"\n" +
				"b.txt,2016-01-01\n" +
				",2016-01-01\n" +
				"z.html,2016-01-01,extra\n" +
				"sub/c.TXT,2015-02-29\n" +
				"\"x.txt,2016-01-01\n"},
			paths: []string{"."},
			opts:  corpus.Options{Manifest: "m.csv"},
			errs: []string{
				`a.md: no publication date: m.csv:2: bad date "2016-13-45": impossible date`,
				`b.txt: no publication date: m.csv:5: duplicate row for "b.txt" (first on line 3)`,
				`m.csv:2: bad date "2016-13-45": impossible date`,
				`m.csv:5: duplicate row for "b.txt" (first on line 3)`,
				`m.csv:6: missing file name`,
				`m.csv:7: got 3 fields, want 2`,
				`m.csv:8: bad date "2015-02-29": impossible date`,
				`m.csv:9: extraneous or missing " in quoted-field`,
				`sub/c.TXT: no publication date: m.csv:8: bad date "2015-02-29": impossible date`,
				`z.html: no publication date: m.csv:7: got 3 fields, want 2`,
			},
		},
		{
			name: "text checks",
			files: map[string]string{
				"t/bom.txt":     "\uFEFFHeadline\r\nBody.\r\n",
				"t/long.txt":    strings.Repeat("x", 201) + "\nBody.\n",
				"t/period.txt":  "\n\n  A sentence, not a headline.\nBody.\n",
				"t/dash.txt":    "-\nTips for becoming a good boxer - November 6, 2020\n",
				"t/accent.txt":  "Négociations à Genève\n",
				"t/empty.txt":   "",
				"t/onlybom.txt": "\uFEFF",
				"t/blank.txt":   " \r\n\n\t\n",
				"t/binary.txt":  "abc\ndef\x00\n",
				"t/latin1.txt":  "Talks\nin Gen\xe8ve\n",
			},
			paths: []string{"t"},
			want: []string{
				`accent t/accent.txt /none title="Négociations à Genève" source="" url=""`,
				`bom t/bom.txt /none title="Headline" source="" url=""`,
				`dash t/dash.txt /none title="" source="" url=""`,
				`latin1 t/latin1.txt /none title="Talks" source="" url=""`,
				`long t/long.txt /none title="" source="" url=""`,
				`period t/period.txt /none title="" source="" url=""`,
			},
			errs: []string{
				`t/binary.txt:2: binary file`,
				`t/blank.txt: empty file`,
				`t/empty.txt: empty file`,
				`t/onlybom.txt: empty file`,
			},
		},
		{
			name:  "missing paths and empty directories do not stop the others",
			paths: []string{"nope.txt", "empty", "a.md", "nope/"},
			want:  []string{`a a.md /none title="" source="" url=""`},
			errs: []string{
				`empty: no article files (.txt, .md, .html, .jsonl, or these gzipped)`,
				`nope.txt: no such file or directory`,
				`nope/: no such file or directory`,
			},
		},
		{
			name:  "stdin",
			paths: []string{"-"},
			opts:  corpus.Options{Published: "2016-10-15", Stdin: strings.NewReader("Aleppo truce\nIt held.\n")},
			want:  []string{`stdin <stdin> 2016-10-15/flag title="Aleppo truce" source="" url=""`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tree)
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			arts, errs := readAll(t, tt.paths, tt.opts)
			var got []string
			for _, a := range arts {
				got = append(got, summary(a))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Read(%q) articles =\n\t%s\nwant\n\t%s", tt.paths, strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
			if !slices.Equal(errs, tt.errs) {
				t.Errorf("Read(%q) errors =\n\t%s\nwant\n\t%s", tt.paths, strings.Join(errs, "\n\t"), strings.Join(tt.errs, "\n\t"))
			}
		})
	}
}

// TestReadBody checks that the body is the file as read, less a leading
// byte order mark, so that offsets index the file's text.
func TestReadBody(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"plain", "Talks.\n", "Talks.\n"},
		{"crlf kept", "Head\r\nTalks on Friday.\r\n", "Head\r\nTalks on Friday.\r\n"},
		{"bom dropped", "\uFEFFHead\nBody\n", "Head\nBody\n"},
		{"inner bom kept", "Head\n\uFEFFBody\n", "Head\n\uFEFFBody\n"},
		{"no final newline", "Head", "Head"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "a.txt")
			if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			arts, errs := readAll(t, []string{p}, corpus.Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("Read(%q) = %d articles, errors %q; want 1 article", tt.text, len(arts), errs)
			}
			if got := arts[0].Body; got != tt.want {
				t.Errorf("Read(%q).Body = %q; want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestReadSamples reads the sample articles with their manifest and checks
// the dates against the reference annotation.
func TestReadSamples(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles map[string]struct {
			Published string `json:"published"`
			Title     string `json:"title"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	arts, errs := readAll(t, []string{"../../testdata/articles"}, corpus.Options{Manifest: "../../testdata/articles/manifest.csv"})
	if len(errs) > 0 {
		t.Fatalf("Read: %q", errs)
	}
	var names []string
	for _, a := range arts {
		names = append(names, filepath.Base(a.Path))
	}
	want := slices.Sorted(func(yield func(string) bool) {
		for name := range gold.Articles {
			if !yield(name) {
				return
			}
		}
	})
	if !slices.Equal(names, want) {
		t.Fatalf("Read read %q; want %q", names, want)
	}
	for _, a := range arts {
		g := gold.Articles[filepath.Base(a.Path)]
		if a.Published != g.Published || a.PublishedFrom != "manifest" {
			t.Errorf("%s: published %s from %s; want %s from manifest", a.ID, a.Published, a.PublishedFrom, g.Published)
		}
		// The headline rule may find no title, but a title it finds must be right.
		if a.Title != "" && a.Title != g.Title {
			t.Errorf("%s: title %q; want %q", a.ID, a.Title, g.Title)
		}
		if want := strings.TrimSuffix(filepath.Base(a.Path), ".txt"); a.ID != want {
			t.Errorf("%s: id %q; want %q", a.Path, a.ID, want)
		}
	}
}

func TestReadFatal(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.txt":       "Talks.\n",
		"header.csv":  "file,date\na.txt,2016-01-01\n",
		"missing.csv": "published\n",
		"dup.csv":     "file,published,file\n",
		"empty.csv":   "",
		"quote.csv":   "file,\"published\n",
	})
	t.Chdir(dir)
	tests := []struct {
		name string
		opts corpus.Options
		want string
	}{
		{"bad published", corpus.Options{Published: "2016-02-30"}, `publication date: bad date "2016-02-30": impossible date`},
		{"no manifest", corpus.Options{Manifest: "nope.csv"}, "cannot read manifest: open nope.csv: no such file or directory"},
		{"unknown column", corpus.Options{Manifest: "header.csv"}, `header.csv:1: unknown column "date", want file,published[,title,source,url]`},
		{"missing column", corpus.Options{Manifest: "missing.csv"}, `missing.csv:1: missing column "file", want file,published[,title,source,url]`},
		{"duplicate column", corpus.Options{Manifest: "dup.csv"}, `dup.csv:1: duplicate column "file"`},
		{"empty manifest", corpus.Options{Manifest: "empty.csv"}, "empty.csv: empty manifest, want header file,published"},
		{"broken header", corpus.Options{Manifest: "quote.csv"}, `quote.csv:1: extraneous or missing " in quoted-field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			called := false
			err := corpus.ReadArticles(context.Background(), []string{"a.txt"}, tt.opts, func(extract.Article) error {
				called = true
				return nil
			})
			if err == nil || err.Error() != tt.want {
				t.Errorf("Read = %v; want %s", err, tt.want)
			}
			if called {
				t.Errorf("Read called fn despite error %v", err)
			}
			var list corpus.ErrorList
			if errors.As(err, &list) {
				t.Errorf("Read error %v is an ErrorList; want a fatal error", err)
			}
		})
	}
}

func TestReadStops(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "A.\n", "b.txt": "B.\n"})
	errStop := errors.New("stop")
	n := 0
	err := corpus.ReadArticles(context.Background(), []string{dir}, corpus.Options{}, func(extract.Article) error {
		n++
		return errStop
	})
	if err != errStop || n != 1 {
		t.Errorf("Read with failing fn = %v after %d calls; want %v after 1", err, n, errStop)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = corpus.ReadArticles(ctx, []string{dir}, corpus.Options{}, func(extract.Article) error {
		n++
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("Read with cancelled ctx = %v after %d calls; want %v after 0", err, n, context.Canceled)
	}
}

func TestErrorsIs(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"bin.txt": "\x00", "empty.txt": ""})
	err := corpus.ReadArticles(context.Background(), []string{dir, filepath.Join(dir, "nope.txt")}, corpus.Options{}, func(extract.Article) error { return nil })
	for _, target := range []error{corpus.ErrBinary, corpus.ErrEmpty, fs.ErrNotExist} {
		if !errors.Is(err, target) {
			t.Errorf("errors.Is(%v, %v) = false; want true", err, target)
		}
	}
	if errors.Is(err, corpus.ErrNoArticles) {
		t.Errorf("errors.Is(%v, ErrNoArticles) = true; want false", err)
	}
}

func TestErrorList(t *testing.T) {
	var list corpus.ErrorList
	if err := list.Err(); err != nil {
		t.Errorf("empty ErrorList.Err() = %v; want nil", err)
	}
	list.Add("b.txt", 0, corpus.ErrEmpty)
	list.Add("a.txt", 12, errors.New("second"))
	list.Add("a.txt", 3, errors.New("first"))
	list.Add("a.txt", 3, &fs.PathError{Op: "open", Path: "a.txt", Err: fs.ErrPermission})
	list.Sort()
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	want := []string{"a.txt:3: first", "a.txt:3: permission denied", "a.txt:12: second", "b.txt: empty file"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted ErrorList = %q; want %q", got, want)
	}
	if got, want := list.Err().Error(), "a.txt:3: first (and 3 more errors)"; got != want {
		t.Errorf("ErrorList.Error() = %q; want %q", got, want)
	}
	list.Reset()
	if list.Len() != 0 || list.Err() != nil {
		t.Errorf("after Reset, Len() = %d, Err() = %v; want 0, nil", list.Len(), list.Err())
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2016-10-15", true},
		{"2016-02-29", true},
		{"2000-02-29", true},
		{"2015-02-29", false},
		{"1900-02-29", false},
		{"2016-13-45", false},
		{"2016-04-31", false},
		{"2016-00-10", false},
		{"2016-1-05", false},
		{"16-01-05", false},
		{"2016-01-05T00:00:00Z", false},
		{" 2016-01-05", false},
		{"2016/01/05", false},
		{"", false},
	}
	for _, tt := range tests {
		_, err := corpus.ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v; want ok %v", tt.in, err, tt.ok)
		}
		if err != nil && !errors.Is(err, corpus.ErrBadDate) {
			t.Errorf("ParseDate(%q) error = %v; want one wrapping ErrBadDate", tt.in, err)
		}
	}
}

func ExampleRead() {
	opts := corpus.Options{Manifest: "../../testdata/articles/manifest.csv"}
	err := corpus.ReadArticles(context.Background(), []string{"../../testdata/articles"}, opts, func(a extract.Article) error {
		fmt.Printf("%s %s %s %q\n", a.ID, a.Published, a.PublishedFrom, a.Title)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 000_62f247836c1428e8 2016-12-10 manifest "Syria: Kerry, diplomats seek support for Aleppo’s opposition"
	// 001_c3fb7415e5c467af 2016-10-15 manifest ""
	// 002_ad24e79e69e0245c 2016-12-05 manifest ""
	// 003_83189f8e2ac02f51 2016-08-26 manifest ""
	// 004_d7c9dd82ffc87941 2014-01-13 manifest "Russia and US unite to push for Syria ceasefire as Kerry and Lavrov meet in Paris"
}
