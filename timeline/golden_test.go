package timeline_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/timeline"
)

var update = flag.Bool("update", false, "rewrite the expected timelines in ../testdata/timeline")

// archive is a txtar archive: a comment, then files each introduced by a
// line "-- name --".
type archive struct {
	comment string
	files   []file
}

// file is one file of an archive.
type file struct {
	name string
	data string
}

// parseArchive parses a txtar archive.
func parseArchive(s string) *archive {
	a := new(archive)
	cur := &a.comment
	for line := range strings.SplitAfterSeq(s, "\n") {
		if name, ok := strings.CutPrefix(strings.TrimSuffix(line, "\n"), "-- "); ok && strings.HasSuffix(name, " --") {
			a.files = append(a.files, file{name: strings.TrimSuffix(name, " --")})
			cur = &a.files[len(a.files)-1].data
			continue
		}
		*cur += line
	}
	return a
}

// format returns the archive's text.
func (a *archive) format() string {
	var b strings.Builder
	b.WriteString(a.comment)
	for _, f := range a.files {
		b.WriteString("-- " + f.name + " --\n")
		b.WriteString(f.data)
	}
	return b.String()
}

// file returns a pointer to the data of the named file, adding it if need be.
func (a *archive) file(name string) *string {
	for i := range a.files {
		if a.files[i].name == name {
			return &a.files[i].data
		}
	}
	a.files = append(a.files, file{name: name})
	return &a.files[len(a.files)-1].data
}

// TestGolden builds the timeline of each extract.jsonl in
// ../testdata/timeline/*.txtar and compares it with timeline.json there.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("../testdata/timeline/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a := parseArchive(string(data))
			articles, events, err := timeline.ReadExtract(strings.NewReader(*a.file("extract.jsonl")))
			if err != nil {
				t.Fatalf("%s: extract.jsonl: %v", path, err)
			}
			var buf bytes.Buffer
			if err := timeline.Build(articles, events, timeline.Options{}).WriteJSON(&buf); err != nil {
				t.Fatal(err)
			}
			got := buf.String()
			want := a.file("timeline.json")
			if *update {
				*want = got
				if err := os.WriteFile(path, []byte(a.format()), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(*want, got); diff != "" {
				t.Errorf("%s: timeline (-want +got):\n%s", path, diff)
			}
		})
	}
}
