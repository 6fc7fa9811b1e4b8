package nlp

import (
	"fmt"
	"slices"
)

// Document runs the port of prose's pipeline on text, for the test that
// compares it with prose: each token as text, tag and entity label, the
// entities as text and label, and the number of near ties among the tags
// and labels chosen, where prose's choice is random.
func (p *Prose) Document(text string) (toks [][3]string, ents [][2]string, ties int) {
	pt := tokenizeProse(text, nil, new(scratch))
	p.tagger.tag(pt, &ties, new(scratch))
	p.ner.classify(pt, &ties)
	for _, t := range pt {
		toks = append(toks, [3]string{t.text, t.tag, t.label})
	}
	for _, e := range chunk(pt) {
		ents = append(ents, [2]string{e.Text, e.Label})
	}
	return toks, ents, ties
}

// TagRetagging is Tag as it was before prefixTagger: it tags again each
// prefix of the sentence that fixRepeatedTags asks for. The test compares
// the two.
func (p *Prose) TagRetagging(sentence string) (toks []Token) {
	defer func() {
		if r := recover(); r != nil {
			toks = nil
		}
	}()
	var ch chunking
	ptoks := tokenizeProse(sentence, &ch, new(scratch))
	if len(ptoks) == 0 {
		return nil
	}
	p.tagger.tag(ptoks, nil, new(scratch))
	toks = make([]Token, len(ptoks))
	if align(sentence, ptoks, toks) {
		chunks := whitespaceChunks(sentence)
		p.fixRepeatedTags(sentence, toks, &ch, func(e int) (int, func(int) string) {
			pt := p.tag(sentence[:chunks[e].End], new(scratch))
			return len(pt), func(t int) string { return pt[t].tag }
		})
	}
	return toks
}

// CheckChunking reports how the chunks tokenizeProse finds in s differ
// from whitespaceChunks', with their texts sanitised, or "".
// prose's tokenizer panics on some invalid UTF-8, as its port does; Tag
// recovers, and so does CheckChunking, reporting nothing.
func CheckChunking(s string) (msg string) {
	defer func() {
		if recover() != nil {
			msg = ""
		}
	}()
	var ch chunking
	toks := tokenizeProse(s, &ch, new(scratch))
	chunks := whitespaceChunks(s)
	if len(ch.span) != len(chunks) {
		return fmt.Sprintf("%d chunks, want %d", len(ch.span), len(chunks))
	}
	first := map[string]int{}
	for c, sp := range chunks {
		key := sanitize(s[sp.Start:sp.End])
		if ch.span[c] != key {
			return fmt.Sprintf("chunk %d is %q, want %q", c, ch.span[c], key)
		}
		if _, ok := first[key]; !ok {
			first[key] = c
		}
		if ch.first[c] != first[key] {
			return fmt.Sprintf("chunk %d %q first occurs at %d, want %d", c, key, ch.first[c], first[key])
		}
	}
	if len(ch.tokChunk) != len(toks) || !slices.IsSorted(ch.tokChunk) {
		return fmt.Sprintf("token chunks %v for %d tokens", ch.tokChunk, len(toks))
	}
	return ""
}
