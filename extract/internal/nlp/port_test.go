package nlp_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jdkato/prose/v2"

	"github.com/chronicle-news/chronicle/extract/internal/nlp"
)

// proseDocument runs prose itself on s: each token as text, tag and entity
// label, and the entities as text and label. ok is false if prose panics.
func proseDocument(model *prose.Model, s string) (toks [][3]string, ents [][2]string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(s, prose.UsingModel(model), prose.WithSegmentation(false))
	if err != nil {
		return nil, nil, false
	}
	for _, tok := range doc.Tokens() {
		toks = append(toks, [3]string{tok.Text, tok.Tag, tok.Label})
	}
	for _, e := range doc.Entities() {
		ents = append(ents, [2]string{e.Text, e.Label})
	}
	return toks, ents, true
}

// comparePort reports how the port's tokens, tags, labels and entities for
// s differ from prose's; tied is true when two tags or labels tied, where
// prose picks one at random, and the difference is not reported.
func comparePort(t *testing.T, p portDocumenter, model *prose.Model, s string) (differs, tied bool) {
	t.Helper()
	want, wantEnts, ok := proseDocument(model, s)
	if !ok {
		return false, false
	}
	toks, ents, ties := p.Document(s)
	if ties > 0 {
		return false, true
	}
	if diff := cmp.Diff(want, toks); diff != "" {
		t.Errorf("tokens of %q (-prose +port):\n%s", s, diff)
		differs = true
	}
	if diff := cmp.Diff(wantEnts, ents); diff != "" {
		t.Errorf("entities of %q (-prose +port):\n%s", s, diff)
		differs = true
	}
	return differs, false
}

// portDocumenter runs the port's whole pipeline (see export_test.go).
type portDocumenter interface {
	Document(text string) (toks [][3]string, ents [][2]string, ties int)
}

// TestPortMatchesProse checks that the port of prose's tokenizer, tagger
// and entity chunker gives what prose.NewDocument gives on every sentence
// of the corpus. A sentence where two tags or labels tie may differ: prose
// then picks one at random.
func TestPortMatchesProse(t *testing.T) {
	if testing.Short() {
		t.Skip("runs prose itself on the whole corpus")
	}
	p := newProse(t)
	model := prose.ModelFromData("test")
	n, bad, tied := 0, 0, 0
	for _, doc := range corpus(t) {
		for _, sp := range p.Sentences(doc) {
			n++
			differs, tie := comparePort(t, p, model, doc[sp.Start:sp.End])
			if differs {
				bad++
			}
			if tie {
				tied++
			}
			if bad >= 5 {
				t.Fatal("too many differences")
			}
		}
	}
	t.Logf("%d sentences compared, %d with ties skipped", n-tied, tied)
}

func FuzzPortMatchesProse(f *testing.F) {
	f.Add("They don’t want “talks.” &rsquo; $5 (ok) :-) see www.example.com or mail a@b.org")
	f.Add("*-1 0 -LRB- -- - U.S. Mr. Jan. St. A.B.C. 1999 12,000 -5 +123 e-mail @user")
	f.Add("\u201c\xff\xfe n't 's 'll ¯\\(ツ)/¯ (╯°□°）╯︵┻━┻ é É Ça")
	f.Add("He said that he said that he said so, so so.")
	f.Add("Secretary of State John Kerry met Sergei Lavrov in Geneva on Friday.")
	f.Add("")
	p := newProse(f)
	model := prose.ModelFromData("test")
	f.Fuzz(func(t *testing.T, s string) {
		comparePort(t, p, model, s)
	})
}

// TestTagPrefixes checks that Tag, which works out the tags of the
// prefixes fixRepeatedTags needs from the tagging of the whole sentence,
// gives what tagging the prefixes again gives, on the corpus and on
// sentences full of repeats.
func TestTagPrefixes(t *testing.T) {
	p := newProse(t)
	sents := []string{
		"He said that he said that he said so, so so.",
		"x x x x x x x x x x x x",
		"Talks, talks and more talks: talks.",
		"“Yes,” he said. “Yes,” she said, “yes.”",
		"I saw the saw that he can saw, saw?",
	}
	for _, doc := range corpus(t) {
		for _, sp := range p.Sentences(doc) {
			sents = append(sents, doc[sp.Start:sp.End])
		}
	}
	for _, s := range sents {
		if diff := cmp.Diff(p.TagRetagging(s), p.Tag(s)); diff != "" {
			t.Errorf("Tag(%q) (-retagging +derived):\n%s", s, diff)
		}
	}
}

func FuzzTagPrefixes(f *testing.F) {
	f.Add("He said that he said that he said so, so so.")
	f.Add("x x x x x")
	f.Add("a b a b a b “a” b's b's n't n't")
	p := newProse(f)
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(p.TagRetagging(s), p.Tag(s)); diff != "" {
			t.Errorf("Tag(%q) (-retagging +derived):\n%s", s, diff)
		}
	})
}

// TestChunking checks that the chunks the tokenizer reports are those
// fixRepeatedTags finds with whitespaceChunks.
func TestChunking(t *testing.T) {
	p := newProse(t)
	for _, doc := range corpus(t) {
		for _, sp := range p.Sentences(doc) {
			if msg := nlp.CheckChunking(doc[sp.Start:sp.End]); msg != "" {
				t.Errorf("%q: %s", doc[sp.Start:sp.End], msg)
			}
		}
	}
}

func FuzzChunking(f *testing.F) {
	f.Add("They don’t want “talks.” &rsquo; x x\n\t\u00a0y \xe2\x80“ z")
	f.Add(" leading and trailing ")
	f.Fuzz(func(t *testing.T, s string) {
		if msg := nlp.CheckChunking(s); msg != "" {
			t.Errorf("%q: %s", s, msg)
		}
	})
}
