package fingerprint_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract/fingerprint"
)

// lausanne is the lead of the AP story in testdata/corpus/lausanne-wire.
const lausanne = "The top U.S. diplomat and his Russian counterpart are meeting in Switzerland Saturday " +
	"in an attempt to broker a deal to resurrect the peace process in Syria. U.S. Secretary of State " +
	"John Kerry and Russian Foreign Minister Sergei Lavrov are convening in Lausanne."

func TestOf(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want float64 // Similarity of the two
	}{
		{"same text", lausanne, lausanne, 1},
		{"case and punctuation", lausanne, strings.ToUpper(strings.NewReplacer(".", " . ", ",", " ; ").Replace(lausanne)), 1},
		{"spacing and line breaks", lausanne, strings.ReplaceAll(lausanne, " ", "\n\t  "), 1},
		{"curly and straight quotes", `Lavrov said he had no “special expectations” for the talks ` + lausanne,
			`Lavrov said he had no "special expectations" for the talks ` + lausanne, 1},
		{"non-ASCII letters in lower case", "ÉTATS-UNIS ET RUSSIE: " + strings.Repeat("Лавров и Керри встретились в Лозанне. ", 5),
			"états-unis et russie " + strings.Repeat("лавров и керри встретились в лозанне ", 5), 1},
		{"other words", lausanne, strings.Repeat("Aid convoys reached eastern Aleppo on Sunday after weeks of siege. ", 4), 0},
		{"too short", "Kerry and Lavrov met in Lausanne on Saturday.", "Kerry and Lavrov met in Lausanne on Saturday.", 0},
		{"empty", "", "", 0},
		{"24 words", words(24), words(24), 0},
		{"25 words", words(25), words(25), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := fingerprint.Of(tt.a), fingerprint.Of(tt.b)
			if got := a.Similarity(b); got != tt.want {
				t.Errorf("Of(%.30q...).Similarity(Of(%.30q...)) = %v; want %v", tt.a, tt.b, got, tt.want)
			}
			if got := b.Similarity(a); got != tt.want {
				t.Errorf("Similarity is not symmetric: %v one way, %v the other; want %v", a.Similarity(b), got, tt.want)
			}
		})
	}
}

// words returns a text of n distinct words.
func words(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", i)
	}
	return strings.Join(w, " ")
}

// TestStable pins one signature: signatures are stored, so a change to
// the hashing must come with a new version prefix.
func TestStable(t *testing.T) {
	const want = "m1:UlvPMovp1SVpE1plBPSpGeMZbzjUpbh10z1eU3RdzqLgyJUTRkn5mIGGtY6F0TRJOLbqKnkx4qONZMclb_e43p1G-Zv9DOoLX6c2XYmXIdhbs7IZ6U76ZMBcdLd8fJTYWqWhl8ximeg0Nj8aMov5tZ1E-2i_81fBNxmoEXpq93VSnwnobv7yc-xeV4mp9nDtPPvrY_cCJxpI-U2zwqvkMLvJFIM8M10fdiDHbKN3GB6A3X9raA6LaKAhdPHaBOu2xHoT7egGgbGRBMQ27rwgUtcL-48p0dIlis01DufiqN4qhz9RQVLs-zHaA76sBNHoEttZ-2nkbdR4r04X7bb6UQ"
	if got := fingerprint.Of(lausanne).String(); got != want {
		t.Errorf("Of(lausanne).String() =\n%s\nwant\n%s", got, want)
	}
}

func TestParse(t *testing.T) {
	valid := fingerprint.Of(lausanne).String()
	tests := []struct {
		name  string
		in    string
		empty bool  // the result is the empty signature
		err   error // the error wrapped, or nil
	}{
		{"valid", valid, false, nil},
		{"empty", "", true, nil},
		{"other version", "m2:" + valid[3:], true, fingerprint.ErrVersion},
		{"no version", valid[3:], true, fingerprint.ErrMalformed},
		{"too short", valid[:len(valid)-1], true, fingerprint.ErrMalformed},
		{"too long", valid + "A", true, fingerprint.ErrMalformed},
		{"not base64", valid[:10] + "+/" + valid[12:], true, fingerprint.ErrMalformed},
		{"padding", valid[:len(valid)-2] + "==", true, fingerprint.ErrMalformed},
		{"non-zero trailing bits", valid[:len(valid)-1] + "R", true, fingerprint.ErrMalformed},
		{"version only", "m1:", true, fingerprint.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := fingerprint.Parse(tt.in)
			if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
				t.Fatalf("Parse(%.20q...) error = %v; want %v", tt.in, err, tt.err)
			}
			if s.Empty() != tt.empty {
				t.Errorf("Parse(%.20q...).Empty() = %v; want %v", tt.in, s.Empty(), tt.empty)
			}
			if err == nil && s.String() != tt.in {
				t.Errorf("Parse(%.20q...).String() = %.20q...; want the input back", tt.in, s.String())
			}
		})
	}
}

// story is a directory of testdata/corpus: one story, in one or more
// copies.
type story struct {
	name  string   // the directory's name
	files []string // its files
	sigs  []fingerprint.Signature
}

// readCorpus reads testdata/corpus.
func readCorpus(t testing.TB) []story {
	t.Helper()
	dirs, err := filepath.Glob("testdata/corpus/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var out []story
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		s := story{name: filepath.Base(dir)}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s.files = append(s.files, filepath.Base(f))
			s.sigs = append(s.sigs, fingerprint.Of(string(data)))
		}
		out = append(out, s)
	}
	return out
}

// TestCorpus checks on the labelled corpus that Groups at Threshold puts
// the copies of each story together and independent reports apart, with
// margins: copies at least minCopy similar, other pairs at most maxOther.
func TestCorpus(t *testing.T) {
	const minCopy, maxOther = 0.4, 0.05
	stories := readCorpus(t)
	var (
		sigs  []fingerprint.Signature
		names []string
		want  [][]int
	)
	for _, s := range stories {
		var g []int
		for i, f := range s.files {
			g = append(g, len(sigs))
			sigs = append(sigs, s.sigs[i])
			names = append(names, s.name+"/"+f)
		}
		if len(g) > 1 {
			want = append(want, g)
		}
	}
	if diff := cmp.Diff(want, fingerprint.Groups(sigs, fingerprint.Threshold)); diff != "" {
		t.Errorf("Groups(corpus, %v) (-want +got):\n%s\nfiles: %q", fingerprint.Threshold, diff, names)
	}
	lowCopy, highOther := 1.0, 0.0
	for i := range sigs {
		for j := range i {
			sim := sigs[i].Similarity(sigs[j])
			same := filepath.Dir(names[i]) == filepath.Dir(names[j])
			if same {
				lowCopy = min(lowCopy, sim)
			} else {
				highOther = max(highOther, sim)
			}
			if same && sim < minCopy || !same && sim > maxOther {
				t.Errorf("%s and %s: similarity %.3f; want %s", names[i], names[j], sim, map[bool]string{true: fmt.Sprint(">= ", minCopy), false: fmt.Sprint("<= ", maxOther)}[same])
			}
		}
	}
	t.Logf("least similarity of copies %.3f, greatest of independent reports %.3f", lowCopy, highOther)
}

// vocabulary returns n random made-up words.
func vocabulary(r *rand.Rand, n int) []string {
	v := make([]string, n)
	for i := range v {
		b := make([]byte, 3+r.IntN(6))
		for j := range b {
			b[j] = byte('a' + r.IntN(26))
		}
		v[i] = string(b)
	}
	return v
}

// shingles returns the set of shingles of a text, by a plain reading of
// the package's definition.
func shingles(text string) map[string]bool {
	w := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	set := make(map[string]bool)
	for i := 0; i+fingerprint.Words <= len(w); i++ {
		set[strings.Join(w[i:i+fingerprint.Words], " ")] = true
	}
	return set
}

// jaccard returns the Jaccard similarity of two sets.
func jaccard(a, b map[string]bool) float64 {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// TestSimilarityEstimate compares Similarity with the exact Jaccard
// similarity of shingle sets for texts that share more or less of their
// words: the error must stay within four standard deviations of the
// estimate, and average out.
func TestSimilarityEstimate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	vocab := vocabulary(r, 5000)
	text := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[r.IntN(len(vocab))]
		}
		return w
	}
	var sumErr float64
	const trials = 200
	for i := range trials {
		a := text(100 + r.IntN(900))
		b := slices.Clone(a)
		switch i % 3 {
		case 0: // edited
			for k := range b {
				if r.Float64() < 0.05 {
					b[k] = vocab[r.IntN(len(vocab))]
				}
			}
		case 1: // trimmed
			b = b[:len(b)*(20+r.IntN(80))/100]
		case 2: // furniture
			b = slices.Concat(text(r.IntN(300)), b, text(r.IntN(300)))
		}
		ta, tb := strings.Join(a, " "), strings.Join(b, " ")
		exact := jaccard(shingles(ta), shingles(tb))
		est := fingerprint.Of(ta).Similarity(fingerprint.Of(tb))
		sd := math.Sqrt(exact * (1 - exact) / fingerprint.K)
		if math.Abs(est-exact) > 4*sd+1e-9 {
			t.Errorf("trial %d: Similarity = %.3f; exact Jaccard %.3f, more than 4 standard deviations (%.3f) away", i, est, exact, sd)
		}
		sumErr += est - exact
	}
	if bias := sumErr / trials; math.Abs(bias) > 0.01 {
		t.Errorf("mean error of Similarity = %.4f; want within 0.01 of 0", bias)
	}
}

// TestGroups compares Groups with the connected components of every pair
// at or above the threshold, on texts in families of copies edited more
// or less, and checks that the order of the input does not matter.
func TestGroups(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	vocab := vocabulary(r, 3000)
	var sigs []fingerprint.Signature
	for range 60 {
		base := make([]string, 200+r.IntN(400))
		for i := range base {
			base[i] = vocab[r.IntN(len(vocab))]
		}
		for range 1 + r.IntN(4) {
			c := slices.Clone(base)
			rate := max(0, r.Float64()*0.25-0.05) // a fifth are exact copies
			for k := range c {
				if r.Float64() < rate {
					c[k] = vocab[r.IntN(len(vocab))]
				}
			}
			sigs = append(sigs, fingerprint.Of(strings.Join(c, " ")))
		}
	}
	sigs = append(sigs, fingerprint.Signature{}, fingerprint.Of("too short"))
	for _, threshold := range []float64{-1, 0, 0.1, 0.2, fingerprint.Threshold, 0.5, 0.7, 0.9, 1} {
		t.Run(fmt.Sprint(threshold), func(t *testing.T) {
			want := components(sigs, threshold)
			got := fingerprint.Groups(sigs, threshold)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Groups(sigs, %v) (-want +got):\n%s", threshold, diff)
			}
			perm := r.Perm(len(sigs))
			shuffled := make([]fingerprint.Signature, len(sigs))
			for i, p := range perm {
				shuffled[p] = sigs[i]
			}
			back := fingerprint.Groups(shuffled, threshold)
			for _, g := range back {
				for k, i := range g {
					g[k] = slices.Index(perm, i)
				}
				slices.Sort(g)
			}
			slices.SortFunc(back, func(a, b []int) int { return a[0] - b[0] })
			if diff := cmp.Diff(got, back); diff != "" {
				t.Errorf("Groups of shuffled signatures differ (-in order +shuffled):\n%s", diff)
			}
		})
	}
}

// components returns the groups Groups should find, by comparing every
// pair.
func components(sigs []fingerprint.Signature, threshold float64) [][]int {
	threshold = max(threshold, 1.0/fingerprint.K)
	group := make([]int, len(sigs)) // index -> smallest index of its group
	for i := range group {
		group[i] = i
	}
	for changed := true; changed; {
		changed = false
		for i := range sigs {
			for j := range i {
				if sigs[i].Similarity(sigs[j]) >= threshold && group[i] != group[j] {
					lo := min(group[i], group[j])
					group[i], group[j] = lo, lo
					changed = true
				}
			}
		}
	}
	var out [][]int
	for i, g := range group {
		if g == i {
			continue
		}
		k := slices.IndexFunc(out, func(o []int) bool { return o[0] == g })
		if k < 0 {
			k = len(out)
			out = append(out, []int{g})
		}
		out[k] = append(out[k], i)
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}
