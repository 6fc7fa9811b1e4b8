package nlp_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/internal/nlp"
	"github.com/google/go-cmp/cmp"
)

func TestTagOffsets(t *testing.T) {
	p := newProse(t)
	tests := []struct {
		name     string
		sentence string
		want     []nlp.Token
	}{
		{"empty", "", nil},
		{
			"said Friday",
			"Lavrov said Friday",
			[]nlp.Token{
				{Text: "Lavrov", Tag: "NNP", Start: 0, End: 6},
				{Text: "said", Tag: "VBD", Start: 7, End: 11},
				{Text: "Friday", Tag: "NNP", Start: 12, End: 18},
			},
		},
		{
			"contraction and curly quotes",
			"They don’t want “talks.”",
			[]nlp.Token{
				{Text: "They", Tag: "PRP", Start: 0, End: 4},
				{Text: "do", Tag: "VBP", Start: 5, End: 7},
				{Text: "n't", Tag: "RB", Start: 7, End: 12},
				{Text: "want", Tag: "VB", Start: 13, End: 17},
				{Text: `"`, Tag: "JJ", Start: 18, End: 21},
				{Text: "talks", Tag: "NNS", Start: 21, End: 26},
				{Text: ".", Tag: ".", Start: 26, End: 27},
				{Text: `"`, Tag: "VB", Start: 27, End: 30}, // sic: prose tags straight quotes poorly
			},
		},
		{
			"html apostrophe and leading space",
			"  Kerry&rsquo;s trip",
			[]nlp.Token{
				{Text: "Kerry", Tag: "NNP", Start: 2, End: 7},
				{Text: "'s", Tag: "POS", Start: 7, End: 15},
				{Text: "trip", Tag: "NN", Start: 16, End: 20},
			},
		},
		{
			"money and wrapped line",
			"paid $106\nmillion",
			[]nlp.Token{
				{Text: "paid", Tag: "VBN", Start: 0, End: 4},
				{Text: "$", Tag: "$", Start: 5, End: 6},
				{Text: "106", Tag: "CD", Start: 6, End: 9},
				{Text: "million", Tag: "CD", Start: 10, End: 17},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := p.Tag(tt.sentence)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.sentence, diff)
			}
		})
	}
}

// tagged renders tokens as "text/TAG" pairs.
func tagged(toks []nlp.Token) string {
	var b strings.Builder
	for i, tok := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s/%s", tok.Text, tok.Tag)
	}
	return b.String()
}

func TestTagTags(t *testing.T) {
	p := newProse(t)
	tests := []struct {
		name     string
		sentence string
		want     string
	}{
		{"past tense", "Lavrov said Friday", "Lavrov/NNP said/VBD Friday/NNP"},
		{"modal", "Kerry and Lavrov will meet Saturday.", "Kerry/NNP and/CC Lavrov/NNP will/MD meet/VB Saturday/NNP ./."},
		// prose v2.0.0 returns the tag of the last occurrence for every
		// repeat of a whitespace-separated chunk; Tag corrects it.
		{
			"repeated that",
			"The talks that began Monday showed that progress is possible.",
			"The/DT talks/NNS that/WDT began/VBD Monday/NNP showed/VBD that/IN progress/NN is/VBZ possible/JJ ./.",
		},
		{
			"repeated saw",
			"I saw the saw that he can saw.",
			"I/PRP saw/VBD the/DT saw/NN that/IN he/PRP can/MD saw/VB ./.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tagged(p.Tag(tt.sentence)); got != tt.want {
				t.Errorf("Tag(%q) = %s; want %s", tt.sentence, got, tt.want)
			}
		})
	}
}

// checkTokens checks the invariants of Tag: offsets lie in the sentence,
// never decrease, and locate the token up to quote normalisation.
func checkTokens(t *testing.T, sentence string, toks []nlp.Token) {
	t.Helper()
	norm := strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")
	prev := 0
	for i, tok := range toks {
		if tok.Start < prev || tok.End < tok.Start || tok.End > len(sentence) {
			t.Fatalf("token %d = %+v: out of order or range (previous end %d, len %d)", i, tok, prev, len(sentence))
		}
		prev = tok.End
		if tok.Start < tok.End && norm.Replace(sentence[tok.Start:tok.End]) != tok.Text {
			t.Errorf("token %d = %+v covers %q", i, tok, sentence[tok.Start:tok.End])
		}
		if tok.Tag == "" {
			t.Errorf("token %d = %+v has no tag", i, tok)
		}
	}
}

// TestTagCorpus tags every sentence of the corpus and checks that every
// token is located.
func TestTagCorpus(t *testing.T) {
	p := newProse(t)
	tokens, lost := 0, 0
	for _, doc := range corpus(t) {
		for _, s := range p.Sentences(doc) {
			sent := doc[s.Start:s.End]
			toks := p.Tag(sent)
			checkTokens(t, sent, toks)
			for _, tok := range toks {
				tokens++
				if tok.Start == tok.End {
					lost++
				}
			}
		}
	}
	if lost > 0 {
		t.Errorf("%d of %d tokens not located", lost, tokens)
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Lavrov said Friday")
	f.Add("They don’t want “talks.” &rsquo; $5 (ok) :-)")
	f.Add("``It was a bomb,'' he said. I saw the saw that he can saw.")
	f.Add("\u201c\xff\xfe n't 's 'll")
	p := newProse(f)
	f.Fuzz(func(t *testing.T, sentence string) {
		checkTokens(t, sentence, p.Tag(sentence))
	})
}

func BenchmarkTag(b *testing.B) {
	p := newProse(b)
	var sents []string
	n := 0
	for _, doc := range corpus(b) {
		for _, s := range p.Sentences(doc) {
			sents = append(sents, doc[s.Start:s.End])
			n += s.End - s.Start
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			p.Tag(s)
		}
	}
}

func BenchmarkEntities(b *testing.B) {
	p := newProse(b)
	var sents []string
	n := 0
	for _, doc := range corpus(b) {
		for _, s := range p.Sentences(doc) {
			sents = append(sents, doc[s.Start:s.End])
			n += s.End - s.Start
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			p.Entities(s)
		}
	}
}
