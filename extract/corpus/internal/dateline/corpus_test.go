package dateline_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// archive is a txtar archive: a comment, then files each introduced by a
// "-- name --" line.
type archive struct {
	comment string
	files   []file
}

// file is a file of an archive.
type file struct {
	name string
	data string
}

// parseArchive parses a txtar archive.
func parseArchive(data string) archive {
	var a archive
	cur := &a.comment
	for line := range strings.Lines(data) {
		t := strings.TrimSuffix(line, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			a.files = append(a.files, file{name: t[3 : len(t)-3]})
			cur = &a.files[len(a.files)-1].data
			continue
		}
		*cur += line
	}
	return a
}

// format returns the archive as text.
func (a archive) format() string {
	var b bytes.Buffer
	b.WriteString(a.comment)
	for _, f := range a.files {
		b.WriteString("-- " + f.name + " --\n")
		b.WriteString(f.data)
	}
	return b.String()
}

// section returns the data of the file called name, and whether there is one.
func (a archive) section(name string) (string, bool) {
	for _, f := range a.files {
		if f.name == name {
			return f.data, true
		}
	}
	return "", false
}

// describe returns what Infer makes of body, as written in want sections.
func describe(body string) string {
	g, ok := dateline.Infer(body)
	if !ok {
		return "none"
	}
	return g.String()
}

// TestCorpus runs Infer on the article openings in testdata/*.txtar and
// compares its guess with the file's want section.
func TestCorpus(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(data))
			body, ok := a.section("body")
			if !ok {
				t.Fatalf("%s: no body section", path)
			}
			got := describe(body)
			if g, ok := dateline.Infer(body); ok && body[g.Start:g.End] != g.Text {
				t.Errorf("body[%d:%d] = %q; want Text %q", g.Start, g.End, body[g.Start:g.End], g.Text)
			}
			if *update {
				for i := range a.files {
					if a.files[i].name == "want" {
						a.files[i].data = got + "\n"
					}
				}
				if err := os.WriteFile(path, []byte(a.format()), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, ok := a.section("want")
			if !ok {
				t.Fatalf("%s: no want section", path)
			}
			if want = strings.TrimSpace(want); got != want {
				t.Errorf("Infer = %s; want %s", got, want)
				for _, g := range dateline.All(body) {
					t.Logf("candidate: %s", g)
				}
			}
		})
	}
}
