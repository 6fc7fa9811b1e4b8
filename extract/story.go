package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/internal/furniture"
	"github.com/chronicle-news/chronicle/extract/internal/nlp"
)

// storySentences returns the sentences of text that are not page
// furniture: lists of other headlines, advertisements, "Read Next"
// blocks, job ads. Offsets stay those of text.
func storySentences(text string, sents []nlp.Span) []nlp.Span {
	furn := furniture.Find(text)
	if len(furn) == 0 {
		return sents
	}
	out := sents[:0:0]
	k := 0
	for _, sp := range sents {
		for k < len(furn) && furn[k].End <= sp.Start {
			k++
		}
		// A sentence wholly inside furniture is dropped; one that only
		// touches it is kept, since losing story costs more than keeping
		// a stray line.
		if k < len(furn) && furn[k].Start <= firstNonSpace(text, sp) && lastNonSpace(text, sp) <= furn[k].End {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// firstNonSpace returns the offset of the first non-space byte of sp.
func firstNonSpace(text string, sp nlp.Span) int {
	i := sp.Start
	for i < sp.End && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
		i++
	}
	return i
}

// lastNonSpace returns the offset just past the last non-space byte of sp.
func lastNonSpace(text string, sp nlp.Span) int {
	i := sp.End
	for i > sp.Start && (text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t' || text[i-1] == '\r') {
		i--
	}
	return i
}

// leadEnd returns the byte offset where an article's headline and lead end:
// the end of its first story sentence, one of eight words or more ending
// in sentence punctuation. Headline, standfirst and caption lines before
// it belong to the lead. Events there without a time expression of their
// own happened when the article says they did: on its publication date.
func leadEnd(text string, sents []nlp.Span) int {
	for _, sp := range sents {
		s := strings.TrimSpace(text[sp.Start:sp.End])
		if len(strings.Fields(s)) < 8 {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '"', '”', '’', '\'':
			return sp.End
		}
	}
	if len(sents) > 0 {
		return sents[0].End
	}
	return 0
}
