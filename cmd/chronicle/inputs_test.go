package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// golden compares got with the golden file name, rewriting it first
// under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/chronicle -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", name, diff)
	}
}

// TestBuildMixedInputs is the acceptance test of reading real inputs: a
// folder mixing good articles in every format with broken ones builds a
// timeline of the good articles' events, names every broken input with
// its line where it has one, exits 1, and says so in a summary line.
// The messages and the timeline are golden files.
func TestBuildMixedInputs(t *testing.T) {
	t.Chdir("../..") // so that messages name testdata/... as a user would
	out := filepath.Join(t.TempDir(), "mixed.json")
	code, _, stderr := runCmd(t, "", "build", "-o", out, "testdata/inputs/mixed")
	if code != 1 {
		t.Errorf("exit %d; want 1 (some inputs failed, timeline written)\n%s", code, stderr)
	}
	golden(t, "testdata/inputs/mixed.stderr", []byte(stderr))
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/inputs/mixed.json", data)

	// Beyond the golden files: every input is either an article of the
	// timeline or named on stderr, and every good format gave events.
	var tl struct {
		Articles []struct {
			ID, Path, PublishedFrom string
		} `json:"articles"`
		Events []struct {
			Mentions []struct {
				Article string `json:"article"`
			} `json:"mentions"`
		} `json:"events"`
	}
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatal(err)
	}
	used := make(map[string]bool)
	for _, a := range tl.Articles {
		used[strings.SplitN(a.Path, ":", 2)[0]] = true
	}
	files, err := os.ReadDir("testdata/inputs/mixed")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		p := "testdata/inputs/mixed/" + f.Name()
		if f.Name() == "manifest.csv" || used[p] {
			continue
		}
		if !strings.Contains(stderr, p+":") {
			t.Errorf("%s is neither in the timeline nor named on stderr", p)
		}
	}
	reported := make(map[string]bool)
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			reported[m.Article] = true
		}
	}
	for _, id := range []string{"talks", "strikes", "madaya-convoy", "aleppo-truce", "wire", "geneva"} {
		if !reported[id] {
			t.Errorf("no dated event from article %q", id)
		}
	}
	if !strings.HasSuffix(stderr, "chronicle: 6 articles used, 1 skipped, 11 failed\nchronicle build: some inputs failed\n") {
		t.Errorf("stderr does not end with the summary:\n%s", stderr)
	}
}

// TestNothingUsable checks that a run with no usable input exits 2
// without writing a timeline.
func TestNothingUsable(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "bin.txt"), []byte("\x00\x01"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "t.json")
	for _, cmd := range []string{"build", "extract"} {
		args := []string{cmd, filepath.Join(dir, "bin.txt")}
		if cmd == "build" {
			args = []string{cmd, "-o", out, filepath.Join(dir, "bin.txt")}
		}
		code, stdout, stderr := runCmd(t, "", args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, "no usable article") {
			t.Errorf("chronicle %s = exit %d, stdout %q, stderr %q; want 2, nothing, no usable article", cmd, code, stdout, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("build wrote %s with nothing usable", out)
	}
}

// TestSameFileNames checks that articles whose file names give the same
// ID stay apart, each with its own ID, and the renamed one is warned of.
func TestSameFileNames(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"reuters", "afp"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
		text := "Kerry and Lavrov met in Geneva on Friday, " + sub + " reported.\n"
		if err := os.WriteFile(filepath.Join(dir, sub, "article.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runCmd(t, "", "extract", "--published", "2016-10-15", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	rs := results(t, stdout)
	if len(rs) != 2 || rs[0].Article.ID != "article" || rs[1].Article.ID == "article" || !strings.HasPrefix(rs[1].Article.ID, "article-") {
		t.Fatalf("IDs %q, %q; want article and article-<hash>", rs[0].Article.ID, rs[1].Article.ID)
	}
	if !strings.Contains(stderr, `warning: article ID "article" is already used by an earlier article; this article is "article-`) {
		t.Errorf("no warning of the renamed ID:\n%s", stderr)
	}
}

// TestProgress checks that a terminal gets a progress display that
// leaves the messages readable, and that --quiet turns it and the
// warnings off.
func TestProgress(t *testing.T) {
	for _, quiet := range []bool{false, true} {
		var out, errb bytes.Buffer
		e := &env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Terminal: true}
		args := []string{"build", "-o", filepath.Join(t.TempDir(), "t.json"), "../../testdata/inputs/mixed"}
		if quiet {
			args = append(args[:1], append([]string{"--quiet"}, args[1:]...)...)
		}
		if code := run(context.Background(), e, args); code != 1 {
			t.Fatalf("quiet=%v: exit %d\n%s", quiet, code, errb.String())
		}
		stderr := errb.String()
		if got := strings.Contains(stderr, "reading articles"); got == quiet {
			t.Errorf("quiet=%v: progress shown %v\n%s", quiet, got, stderr)
		}
		if got := strings.Contains(stderr, "warning: "); got == quiet {
			t.Errorf("quiet=%v: warnings shown %v\n%s", quiet, got, stderr)
		}
		for _, want := range []string{"\ntestdata/inputs/mixed/binary.txt:1: binary file\n", "\nchronicle: 6 articles used, 1 skipped, 11 failed\n"} {
			if want = strings.ReplaceAll(want, "testdata/", "../../testdata/"); !strings.Contains(stderr, want) {
				t.Errorf("quiet=%v: stderr lacks the line %q:\n%q", quiet, want, stderr)
			}
		}
	}
}
