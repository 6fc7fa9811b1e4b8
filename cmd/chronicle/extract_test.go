package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/chronicle-news/chronicle/extract"
)

// runCmd runs chronicle with args and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// results decodes the JSON lines of chronicle extract.
func results(t *testing.T, stdout string) []extract.Result {
	t.Helper()
	var rs []extract.Result
	for line := range strings.Lines(stdout) {
		var r extract.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad output line %q: %v", line, err)
		}
		rs = append(rs, r)
	}
	return rs
}

func TestExtractSamples(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles map[string]struct {
			Published string `json:"published"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", "extract", "--manifest", "../../testdata/articles/manifest.csv", "../../testdata/articles")
	if code != 0 {
		t.Fatalf("chronicle extract = exit %d; want 0\n%s", code, stderr)
	}
	if want := "chronicle: 5 articles used, 0 skipped, 0 failed\n"; stderr != want {
		t.Errorf("stderr = %q; want %q", stderr, want)
	}
	rs := results(t, stdout)
	var names []string
	for _, r := range rs {
		names = append(names, filepath.Base(r.Article.Path))
		g := gold.Articles[filepath.Base(r.Article.Path)]
		if r.Article.Published != g.Published || r.Article.PublishedFrom != "manifest" {
			t.Errorf("%s: published %s from %s; want %s from manifest", r.Article.ID, r.Article.Published, r.Article.PublishedFrom, g.Published)
		}
		if want := strings.TrimSuffix(filepath.Base(r.Article.Path), ".txt"); r.Article.ID != want {
			t.Errorf("%s: id %q; want %q", r.Article.Path, r.Article.ID, want)
		}
	}
	var want []string
	for name := range gold.Articles {
		want = append(want, name)
	}
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("articles = %q; want %q", names, want)
	}
}

func TestExtractUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string // in stderr
	}{
		{"both flags", []string{"--published", "2016-10-15", "--manifest", "m.csv", "nope.txt"}, 2, "--published and --manifest cannot be used together"},
		{"bad date", []string{"--published", "2016-13-45", "nope.txt"}, 2, `--published: bad date "2016-13-45"`},
		{"not a date", []string{"-published=yesterday", "nope.txt"}, 2, `bad date "yesterday"`},
		{"unknown flag", []string{"--ref", "2016-10-15", "nope.txt"}, 2, "flag provided but not defined: -ref"},
		{"help", []string{"-h"}, 0, "usage: chronicle extract"},
		{"no manifest", []string{"--manifest", "nope.csv", "nope.txt"}, 1, "cannot read manifest: open nope.csv: no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", append([]string{"extract"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("chronicle extract %q = exit %d; want %d\n%s", tt.args, code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.msg) {
				t.Errorf("chronicle extract %q stderr =\n%s\nwant it to contain %q", tt.args, stderr, tt.msg)
			}
			// Flags are checked before any input is read.
			if strings.Contains(stderr, "nope.txt") || stdout != "" {
				t.Errorf("chronicle extract %q read its inputs: stdout %q, stderr %q", tt.args, stdout, stderr)
			}
		})
	}
}

func TestExtractPartial(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a-broken.txt": "Talks\x00\x00",
		"b-good.txt":   "Aid & <convoys> reach Aleppo\nThe convoy arrived on Friday.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runCmd(t, "", "extract", "--published", "2016-10-15", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	rs := results(t, stdout)
	if len(rs) != 1 || rs[0].Article.ID != "b-good" || rs[0].Article.PublishedFrom != "flag" {
		t.Errorf("stdout = %q; want one line for b-good, dated by flag", stdout)
	}
	// News text is not HTML-escaped.
	if !strings.Contains(stdout, `"title":"Aid & <convoys> reach Aleppo"`) {
		t.Errorf("stdout = %q; want the title unescaped", stdout)
	}
	for _, want := range []string{
		filepath.Join(dir, "a-broken.txt") + ":1: binary file\n",
		filepath.Join(dir, "missing.txt") + ": no such file or directory\n",
		"chronicle: 1 article used, 0 skipped, 2 failed\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr =\n%s\nwant it to contain %q", stderr, want)
		}
	}
}

func TestExtractStdin(t *testing.T) {
	for _, args := range [][]string{
		{"extract", "--published", "2016-10-15"},
		{"extract", "--published", "2016-10-15", "-"},
	} {
		code, stdout, stderr := runCmd(t, "Kerry and Lavrov meet\nThey met on Saturday.\n", args...)
		if code != 0 {
			t.Fatalf("chronicle %q = exit %d; want 0\n%s", args, code, stderr)
		}
		rs := results(t, stdout)
		if len(rs) != 1 {
			t.Fatalf("chronicle %q wrote %d lines; want 1", args, len(rs))
		}
		a := rs[0].Article
		if a.ID != "stdin" || a.Path != "<stdin>" || a.Published != "2016-10-15" || a.Title != "Kerry and Lavrov meet" {
			t.Errorf("chronicle %q article = %+v; want stdin, <stdin>, 2016-10-15, Kerry and Lavrov meet", args, a)
		}
	}
}

// TestExtractOrder checks that output follows input order and is the same
// from run to run although articles are processed in parallel.
func TestExtractOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 60 {
		name := fmt.Sprintf("a%02d", i)
		want = append(want, name)
		text := fmt.Sprintf("Talks, round %d\n%s\n", i, strings.Repeat("The talks went on. ", i*5))
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, first, _ := runCmd(t, "", "extract", "--published", "2016-10-15", dir)
	var got []string
	for _, r := range results(t, first) {
		got = append(got, r.Article.ID)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("articles in order %q; want %q", got, want)
	}
	for range 5 {
		if _, again, _ := runCmd(t, "", "extract", "--published", "2016-10-15", dir); again != first {
			t.Fatalf("output differs between runs")
		}
	}
}

func TestSequencer(t *testing.T) {
	var g errgroup.Group
	g.SetLimit(4)
	seq := &sequencer{g: &g}
	var got []int
	for i := range 50 {
		seq.add(func() func() error {
			time.Sleep(time.Duration((i*7)%5) * time.Millisecond) // finish out of order
			return func() error {
				got = append(got, i)
				return nil
			}
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	for i, n := range got {
		if n != i {
			t.Fatalf("writes in order %v; want 0 to 49", got)
		}
	}
	if len(got) != 50 {
		t.Fatalf("%d writes; want 50", len(got))
	}
}
