package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMergeShards checks the map-reduce path: extracting articles and
// merging the output gives the timeline build gives, whether the output
// is one file or split into shards, in any order.
func TestMergeShards(t *testing.T) {
	dir := t.TempDir()
	inputs := []string{"../../testdata/articles", "../../testdata/inputs/mixed"}
	built := filepath.Join(dir, "built.json")
	if code, _, stderr := runCmd(t, "", append([]string{"build", "-o", built}, inputs...)...); code > 1 {
		t.Fatalf("build = exit %d\n%s", code, stderr)
	}
	want, err := os.ReadFile(built)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "", append([]string{"extract"}, inputs...)...)
	if code > 1 {
		t.Fatalf("extract = exit %d\n%s", code, stderr)
	}
	lines := strings.SplitAfter(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) < 8 {
		t.Fatalf("extract wrote %d lines; want the 11 articles", len(lines))
	}
	// One shard; four shards by article, round robin; four in reverse.
	shardings := map[string][][]string{"1 shard": {lines}}
	four := make([][]string, 4)
	for i, l := range lines {
		four[i%4] = append(four[i%4], l)
	}
	shardings["4 shards"] = four
	shardings["4 shards reversed"] = [][]string{four[3], four[2], four[1], four[0]}
	for name, shards := range shardings {
		t.Run(name, func(t *testing.T) {
			args := []string{"merge", "-o", filepath.Join(dir, "merged.json")}
			for i, s := range shards {
				p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+"-"+string(rune('a'+i))+".jsonl")
				if err := os.WriteFile(p, []byte(strings.Join(s, "")), 0o644); err != nil {
					t.Fatal(err)
				}
				args = append(args, p)
			}
			code, _, stderr := runCmd(t, "", args...)
			if code != 0 {
				t.Fatalf("merge = exit %d\n%s", code, stderr)
			}
			got, err := os.ReadFile(filepath.Join(dir, "merged.json"))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("merged timeline differs from built one (-build +merge):\n%s", diff)
			}
		})
	}
}

// TestMergeBadLines checks that a bad line is named and the others used.
func TestMergeBadLines(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "extract", "--published", "2016-10-15", "-")
	_ = stdout
	if code != 2 {
		t.Fatalf("extract of empty stdin = exit %d; want 2\n%s", code, stderr)
	}
	_, out, _ := runCmd(t, "Kerry and Lavrov met in Geneva on Friday.\n", "extract", "--published", "2016-10-15", "-")
	in := out + "{\"article\": {}}\nnot json\n"
	code, _, stderr = runCmd(t, in, "merge", "-")
	if code != 1 {
		t.Errorf("merge = exit %d; want 1\n%s", code, stderr)
	}
	for _, want := range []string{"<stdin>:2: not a line of chronicle extract output: article has no id", "<stdin>:3: not a line of chronicle extract output", "chronicle: 1 article merged, 2 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}
