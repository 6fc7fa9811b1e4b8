package fingerprint_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/extract/fingerprint"
)

// FuzzParse checks that Parse never panics, and that what it accepts is
// exactly what String writes: a signature parsed and written again gives
// the input back.
func FuzzParse(f *testing.F) {
	valid := fingerprint.Of(lausanne).String()
	for _, s := range []string{valid, "", "m1:", "m2:" + valid[3:], valid[3:], valid[:len(valid)-1], valid + "=", "m1:" + valid} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sig, err := fingerprint.Parse(s)
		if err != nil {
			if !sig.Empty() {
				t.Errorf("Parse(%q) returned an error and a non-empty signature", s)
			}
			return
		}
		if got := sig.String(); got != s {
			t.Errorf("Parse(%q).String() = %q; want the input", s, got)
		}
		again, err := fingerprint.Parse(sig.String())
		if err != nil {
			t.Fatalf("Parse(String()) of a parsed signature: %v", err)
		}
		if !sig.Empty() && sig.Similarity(again) != 1 {
			t.Errorf("Parse(%q) round trip has similarity %v; want 1", s, sig.Similarity(again))
		}
	})
}

// FuzzOf checks that Of never panics, that its result survives String
// and Parse, and that a text is fully similar to itself or has the empty
// signature.
func FuzzOf(f *testing.F) {
	paths, _ := filepath.Glob("testdata/corpus/*/*.txt")
	for _, p := range paths[:min(len(paths), 4)] {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add(lausanne)
	f.Add("")
	f.Add("\xff\xfe invalid UTF-8 \xc3 " + lausanne)
	f.Fuzz(func(t *testing.T, text string) {
		sig := fingerprint.Of(text)
		back, err := fingerprint.Parse(sig.String())
		if err != nil {
			t.Fatalf("Parse(Of(%q).String()): %v", text, err)
		}
		if back.String() != sig.String() {
			t.Errorf("Of(%q) does not survive String and Parse", text)
		}
		if sim := sig.Similarity(fingerprint.Of(text)); !sig.Empty() && sim != 1 || sig.Empty() && sim != 0 {
			t.Errorf("Of(%q) is %v similar to itself; want 1, or 0 for the empty signature", text, sim)
		}
	})
}
