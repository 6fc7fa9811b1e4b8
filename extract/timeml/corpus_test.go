package timeml_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract/timeml"
)

// corpusDir is the TempEval-3 training data, in the shared directory next
// to the repository.
const corpusDir = "../../../shared/data/timeml/tbaq-cleaned"

// scorer is the project's scoring script, next to the data.
const scorer = "../../../shared/eval/score.py"

// span is a TIMEX3 as score.py compares it.
type span struct {
	Start, End  int
	Type, Value string
}

// scoredSpans returns the tags as score.py sees them: trimmed of white
// space, empty ones dropped, sorted.
func scoredSpans(text string, tags []timeml.Tag) []span {
	var out []span
	for _, t := range tags {
		s, e := timeml.TrimSpan(text, t.Start, t.End)
		if e > s {
			out = append(out, span{s, e, t.Type, t.Value})
		}
	}
	slices.SortFunc(out, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End),
			cmp.Compare(a.Type, b.Type), cmp.Compare(a.Value, b.Value))
	})
	return out
}

// TestCorpusRoundTrip writes every gold document of the TempEval-3 training
// data back with its own gold tags, and checks that the output has the same
// text and the same TIMEX3s and, when python3 is at hand, that score.py
// gives it 100 on every measure.
func TestCorpusRoundTrip(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("TempEval-3 data not found (%v); it lives in shared/data/timeml next to the repository", err)
	}
	for _, part := range []string{"TimeBank", "AQUAINT"} {
		t.Run(part, func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(corpusDir, part, "*.tml"))
			if err != nil || len(files) == 0 {
				t.Fatalf("no .tml files in %s: %v", filepath.Join(corpusDir, part), err)
			}
			out := t.TempDir()
			n := 0
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				d, err := timeml.Parse(f, data)
				if err != nil {
					t.Errorf("Parse: %v", err)
					continue
				}
				var b bytes.Buffer
				if err := d.Write(&b, d.Tags); err != nil {
					t.Errorf("Write(gold tags): %v", err)
					continue
				}
				d2, err := timeml.Parse("out.tml", b.Bytes())
				if err != nil {
					t.Errorf("%s: Parse(Write output): %v", f, err)
					continue
				}
				if d2.Text() != d.Text() {
					t.Errorf("%s: text changed by Write", f)
				}
				if diff := gocmp.Diff(scoredSpans(d.Text(), d.Tags), scoredSpans(d2.Text(), d2.Tags)); diff != "" {
					t.Errorf("%s: spans after Write (-gold +written):\n%s", f, diff)
				}
				if diff := gocmp.Diff(d.Tags, d2.Tags); diff != "" {
					t.Errorf("%s: tags after Write (-gold +written):\n%s", f, diff)
				}
				raw, got := string(data), b.String()
				if !strings.HasPrefix(got, raw[:strings.Index(raw, "<TEXT>")]) || !strings.HasSuffix(got, raw[strings.LastIndex(raw, "</TEXT>"):]) {
					t.Errorf("%s: Write changed what is outside TEXT", f)
				}
				if d.DCT.IsZero() {
					t.Errorf("%s: no creation time found (value %q)", f, d.DCTValue)
				}
				n += len(d.Tags)
				if err := os.WriteFile(filepath.Join(out, filepath.Base(f)), b.Bytes(), 0o666); err != nil {
					t.Fatal(err)
				}
			}
			t.Logf("%s: %d documents, %d gold TIMEX3 written back", part, len(files), n)
			scoreAll(t, filepath.Join(corpusDir, part), out)
		})
	}
}

// scoreAll runs score.py on the round-trip output in dir and checks that it
// scores 100 everywhere. It skips when python3 or the script is missing.
func scoreAll(t *testing.T, gold, dir string) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Logf("python3 not found; not running score.py")
		return
	}
	if _, err := os.Stat(scorer); err != nil {
		t.Logf("score.py not found (%v); not running it", err)
		return
	}
	out, err := exec.Command(python, scorer, "timeml", gold, dir).Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var res map[string]float64
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("score.py output: %v\n%s", err, out)
	}
	t.Logf("score.py:\n%s", out)
	for _, k := range []string{"relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1", "value_accuracy", "value_f1", "type_f1"} {
		if res[k] != 100 {
			t.Errorf("score.py %s = %v; want 100", k, res[k])
		}
	}
	if res["problems"] != 0 || res["gold"] != res["system"] {
		t.Errorf("score.py: %v problems, %v gold, %v system; want no problems and as many system as gold", res["problems"], res["gold"], res["system"])
	}
}
