package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// buildSamples builds the timeline of the sample articles and returns it.
func buildSamples(t *testing.T) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "t.json")
	code, _, stderr := runCmd(t, "", "build", "--format", "json", "--manifest", "../../testdata/articles/manifest.csv", "-o", out, "../../testdata/articles")
	if code != 0 {
		t.Fatalf("chronicle build = exit %d; want 0\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestBuildGolden compares the sample timeline with the golden file; run
// with -update to rewrite it after an intended change.
func TestBuildGolden(t *testing.T) {
	golden(t, "../../testdata/timeline/samples.json", buildSamples(t))
}

// goldEvents is the events part of testdata/seeds.gold.json.
type goldEvents struct {
	Events []struct {
		ID       string          `json:"id"`
		Type     string          `json:"type"`
		Date     string          `json:"date"`
		DateAlso []string        `json:"date_also"`
		Evidence json.RawMessage `json:"evidence"`
	} `json:"events"`
	Optional []struct {
		Type     string          `json:"type"`
		Evidence json.RawMessage `json:"evidence"`
	} `json:"optional"`
	MustNot []struct {
		Text string `json:"text"`
	} `json:"must_not"`
}

// evidenceList decodes an evidence field: one fragment or a list.
func evidenceList(raw json.RawMessage) []string {
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	json.Unmarshal(raw, &many)
	return many
}

var spaces = regexp.MustCompile(`\s+`)

// normText normalises text as the project's scorer does: quotes, dashes
// and spaces, and case.
func normText(s string) string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2014", "-", "\u2013", "-", "\u00a0", " ").Replace(s)
	return strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
}

// TestBuildSeedsAccuracy scores the sample timeline against the reference
// annotation the way ../shared/eval/score.py events does, and fails below
// the floors the project committed to.
func TestBuildSeedsAccuracy(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold goldEvents
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	var tl struct {
		Events []struct {
			Type string `json:"type"`
			Date struct {
				Value string `json:"value"`
			} `json:"date"`
			Mentions []struct {
				Sentence string `json:"sentence"`
			} `json:"mentions"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buildSamples(t), &tl); err != nil {
		t.Fatal(err)
	}
	type key struct {
		required bool
		i        int
	}
	matched := map[key]bool{}
	var tp, dup, dated, found int
	for _, ev := range tl.Events {
		var sents []string
		for _, m := range ev.Mentions {
			sents = append(sents, normText(m.Sentence))
		}
		has := func(raw json.RawMessage) bool {
			for _, e := range evidenceList(raw) {
				for _, s := range sents {
					if strings.Contains(s, normText(e)) {
						return true
					}
				}
			}
			return false
		}
		hit, ok := key{}, false
		for i, g := range gold.Events {
			if g.Type == ev.Type && has(g.Evidence) {
				hit, ok = key{true, i}, true
				break
			}
		}
		if !ok {
			for i, g := range gold.Optional {
				if g.Type == ev.Type && has(g.Evidence) {
					hit, ok = key{false, i}, true
					break
				}
			}
		}
		switch {
		case !ok:
			t.Logf("unmatched %s: %.90s", ev.Type, sents[0])
			continue
		case matched[hit]:
			dup++
			continue
		}
		matched[hit] = true
		tp++
		if hit.required {
			found++
			g := gold.Events[hit.i]
			if ev.Date.Value == g.Date || slices.Contains(g.DateAlso, ev.Date.Value) {
				dated++
			} else {
				t.Logf("misdated %s: got %s, want %s", g.ID, ev.Date.Value, g.Date)
			}
		}
	}
	for i, g := range gold.Events {
		if !matched[key{true, i}] {
			t.Logf("missed %s", g.ID)
		}
	}
	violations := 0
	for _, bad := range gold.MustNot {
		for _, ev := range tl.Events {
			for _, m := range ev.Mentions {
				if strings.Contains(normText(m.Sentence), normText(bad.Text)) {
					violations++
					t.Errorf("must-not text %q is in an event", bad.Text)
				}
			}
		}
	}
	recall := float64(found) / float64(len(gold.Events))
	precision := float64(tp) / float64(max(1, len(tl.Events)))
	dateAcc := float64(dated) / float64(max(1, found))
	t.Logf("recall %.3f (%d/%d), precision %.3f, date accuracy %.3f, duplicates %d", recall, found, len(gold.Events), precision, dateAcc, dup)
	const minRecall, minPrecision, minDateAcc = 0.9, 0.8, 0.9
	if recall < minRecall || precision < minPrecision || dateAcc < minDateAcc || dup > 0 {
		t.Errorf("sample events: recall %.3f (floor %.2f), precision %.3f (floor %.2f), date accuracy %.3f (floor %.2f), duplicates %d (want 0)",
			recall, minRecall, precision, minPrecision, dateAcc, minDateAcc, dup)
	}
}
