package nlp

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct {
	Start int // offset of the first byte
	End   int // offset just past the last byte
}

// Token is a word or punctuation mark with its part-of-speech tag.
type Token struct {
	Text  string // the token as the tokenizer produced it (quotes may be normalised)
	Tag   string // Penn Treebank tag, such as "VBD" or "NNP"
	Start int    // byte offset of the token in the tagged text
	End   int    // byte offset just past the token; Start == End if it could not be located
}

// Prose segments and tags English text with prose's models. The zero value
// is not usable; create one with NewProse. A Prose is safe for concurrent
// use.
type Prose struct {
	tagger  *perceptron                         // shared tagging model
	ner     *maxent                             // shared entity model
	punkt   *sentences.DefaultSentenceTokenizer // shared Punkt segmenter
	scratch *sync.Pool                          // *scratch buffers, one per tagging under way
}

// models holds prose's tagging and entity models, loaded once per process
// and only read afterwards.
type models struct {
	tagger *perceptron
	ner    *maxent
}

// proseModels loads prose's part-of-speech and entity models once per
// process, side by side.
var proseModels = sync.OnceValues(func() (*models, error) {
	var (
		ner    *maxent
		nerErr error
		wg     sync.WaitGroup
	)
	wg.Go(func() { ner, nerErr = loadMaxent() })
	tg, err := loadPerceptron()
	wg.Wait()
	if err != nil {
		return nil, err
	}
	if nerErr != nil {
		return nil, nerErr
	}
	return &models{tg, ner}, nil
})

// punktModel builds the Punkt sentence segmenter once per process. The
// segmenter only reads its model while segmenting, so it is shared.
var punktModel = sync.OnceValues(func() (t *sentences.DefaultSentenceTokenizer, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot build sentence segmenter: %v", r)
		}
	}()
	return newPunkt()
})

// NewProse returns a Prose using the shared models, loading them on first
// use (a few hundred milliseconds once per process).
func NewProse() (*Prose, error) {
	m, err := proseModels()
	if err != nil {
		return nil, err
	}
	pt, err := punktModel()
	if err != nil {
		return nil, err
	}
	return &Prose{tagger: m.tagger, ner: m.ner, punkt: pt, scratch: &sync.Pool{New: func() any { return new(scratch) }}}, nil
}

// Tag tokenizes sentence and tags each token with its Penn Treebank part of
// speech. Offsets are byte offsets into sentence. prose's tokenizer splits
// contractions ("don't" becomes "do", "n't") and turns curly quotes into
// straight ones, so Token.Text may differ from sentence[Start:End]; a token
// that cannot be located gets an empty span at the current position.
// Offsets never decrease. Tag returns nil for a sentence without tokens or
// if the tagger fails.
func (p *Prose) Tag(sentence string) (toks []Token) {
	defer func() {
		if r := recover(); r != nil {
			toks = nil
		}
	}()
	sc := p.scratch.Get().(*scratch)
	defer p.scratch.Put(sc) // nothing returned refers to it
	ptoks := tokenizeProse(sentence, &sc.ch, sc)
	if len(ptoks) == 0 {
		return nil
	}
	r := p.tagger.run(ptoks, nil, sc)
	toks = make([]Token, len(ptoks))
	ok := align(sentence, ptoks, toks)
	if ok {
		p.fixRepeatedTags(sentence, toks, &sc.ch, prefixTagger{p.tagger, r, sc.ch.tokChunk}.prefix)
	}
	return toks
}

// tag tokenizes and tags text as prose.NewDocument does, with sc's
// buffers.
func (p *Prose) tag(text string, sc *scratch) []*ptoken {
	toks := tokenizeProse(text, nil, sc)
	p.tagger.tag(toks, nil, sc)
	return toks
}

// align copies ptoks into toks and locates each token in text, scanning
// forward only. It reports whether every token was found.
func align(text string, ptoks []*ptoken, toks []Token) bool {
	all := true
	cur := 0
	for i, pt := range ptoks {
		cur = skipSpace(text, cur)
		start, end := cur, matchAt(text, cur, pt.text)
		if end < 0 {
			// Resynchronise: look a little further ahead.
			start, end = cur, cur
			for q := cur + 1; q < len(text) && q <= cur+maxResync; q++ {
				if e := matchAt(text, q, pt.text); e >= 0 {
					start, end = q, e
					break
				}
			}
			if start == end {
				all = false
			}
		}
		toks[i] = Token{Text: pt.text, Tag: pt.tag, Start: start, End: end}
		cur = end
	}
	return all
}

// maxResync bounds how far align searches for a token it cannot find at the
// current position.
const maxResync = 64

// skipSpace returns the offset of the first non-space rune at or after i.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// matchAt returns the offset just past tok if text[i:] starts with tok, up
// to the quote normalisation prose's tokenizer applies, or -1.
func matchAt(text string, i int, tok string) int {
	if tok == "" {
		return -1
	}
	for j := 0; j < len(tok); j++ {
		if i >= len(text) {
			return -1
		}
		c := tok[j]
		switch {
		case text[i] == c:
			i++
		case c == '"' && (strings.HasPrefix(text[i:], "\u201c") || strings.HasPrefix(text[i:], "\u201d")):
			i += len("\u201c")
		case c == '\'' && (strings.HasPrefix(text[i:], "\u2018") || strings.HasPrefix(text[i:], "\u2019")):
			i += len("\u2018")
		case c == '\'' && strings.HasPrefix(text[i:], "&rsquo;"):
			i += len("&rsquo;")
		default:
			return -1
		}
	}
	return i
}

// sanitizer is the quote normalisation prose's tokenizer applies before
// splitting (prose: tokenize.go).
var sanitizer = strings.NewReplacer(
	"\u201c", `"`,
	"\u201d", `"`,
	"\u2018", "'",
	"\u2019", "'",
	"&rsquo;", "'")

// sanitize applies sanitizer to s. Every string it replaces starts with
// the byte 0xE2 or '&', and most text has neither: it is then returned as
// it is, without the copy strings.Replacer makes.
func sanitize(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 && strings.IndexByte(s, '&') < 0 {
		return s
	}
	return sanitizer.Replace(s)
}

// fixRepeatedTags corrects a prose v2.0.0 bug. Its tokenizer caches the
// tokens of each whitespace-separated chunk and reuses the same *Token for
// a repeated chunk, so the tagger's last write wins: in "has said that he
// said", both "said" come back with the second one's tag. The tag of token
// i depends only on tokens 0..i+2, so tagging a prefix of the sentence that
// ends before the chunk's next occurrence recovers the right tag. Prefixes
// are chosen greedily to fix as many tokens per call as possible, within a
// budget (fixBudget).
func (p *Prose) fixRepeatedTags(sentence string, toks []Token, ch *chunking, prefix prefixFunc) {
	nc := len(ch.span) // the chunks, as whitespaceChunks finds them
	if nc < 2 {
		return
	}
	// next[c] is the index of the next chunk with the same text, or -1.
	next := make([]int, nc)
	after := make([]int, nc) // by a text's first chunk, the chunk with the text after c
	for i := range after {
		after[i] = -1
	}
	repeated := false
	for c := nc - 1; c >= 0; c-- {
		next[c] = -1
		if key := ch.span[c]; fixedTag[key] || !strings.ContainsFunc(key, isAlnum) {
			continue // same tag in any context: nothing to fix
		}
		if n := after[ch.first[c]]; n >= 0 {
			next[c] = n
			repeated = true
		}
		after[ch.first[c]] = c
	}
	if !repeated {
		return
	}
	chunks := whitespaceChunks(sentence)

	// chunkOf[t] is the chunk holding token t; lastTok[c] the index of the
	// last token in chunks 0..c.
	chunkOf := make([]int, len(toks))
	lastTok := make([]int, len(chunks))
	for i := range lastTok {
		lastTok[i] = -1
	}
	c := 0
	for t, tok := range toks {
		for c < len(chunks)-1 && tok.Start >= chunks[c].End {
			c++
		}
		chunkOf[t] = c
		lastTok[c] = t
	}
	for i := 1; i < len(lastTok); i++ {
		if lastTok[i] < lastTok[i-1] {
			lastTok[i] = lastTok[i-1]
		}
	}

	var need []int
	for t := range toks {
		if next[chunkOf[t]] >= 0 {
			need = append(need, t)
		}
	}
	// Budget, in tokens tagged, so that pathological input ("x x x ...")
	// is not quadratic; real sentences need far less.
	budget := fixBudget * len(toks)
	for len(need) > 0 {
		j := need[0]
		e := next[chunkOf[j]] - 1 // last chunk before the repeat
		if budget -= lastTok[e] + 1; budget < 0 {
			return
		}
		n, prefixTag := prefix(e) // tagging sentence[:chunks[e].End]
		if n != lastTok[e]+1 {
			return // tokenization differs; keep what we have
		}
		rest := need[:0]
		for _, t := range need {
			exact := chunkOf[t] <= e && next[chunkOf[t]] > e && t+2 <= lastTok[e]
			if t == j || exact {
				toks[t].Tag = prefixTag(t)
				continue
			}
			rest = append(rest, t)
		}
		need = rest
	}
}

// prefixFunc returns the number of tokens prose finds in a sentence up to
// the end of its whitespace-separated chunk e, and the tag it gives each
// when it tags that prefix alone.
type prefixFunc func(e int) (n int, tag func(t int) string)

// prefixTagger gives the tags prose would give a prefix of a sentence,
// ending with one of its whitespace-separated chunks, from the tagging of
// the whole sentence: the tokens of the prefix are those of its chunks;
// the tagger sees two words on either side, so only the prefix's last two
// tokens, which see its end, are tagged again; and tokens of a repeated
// chunk share their tags within the prefix as prose's do.
type prefixTagger struct {
	m       *perceptron
	r       *tagRun // the tagging of the whole sentence
	chunkOf []int   // the chunk of each token
}

// prefixTags are the tags of a prefix of a sentence.
type prefixTags struct {
	pt         prefixTagger
	e          int    // the prefix's last chunk
	n          int    // its number of tokens
	end1, end2 string // the tags of its last two tokens
	alias      []int  // the next token of the sentence sharing each token's ptoken, or -1
}

// prefix is a prefixFunc.
func (pt prefixTagger) prefix(e int) (int, func(int) string) {
	p := pt.tags(e)
	return p.n, p.tag
}

// tags returns the tags of the sentence up to the end of chunk e.
func (pt prefixTagger) tags(e int) *prefixTags {
	p := &prefixTags{pt: pt, e: e}
	p.n, _ = slices.BinarySearch(pt.chunkOf, e+1)
	if p.n > 0 {
		p.end1, p.end2 = pt.m.prefixTags(pt.r, p.n)
	}
	// Sharing: prose's tokenizer gives a repeated chunk the tokens of its
	// first occurrence, except the text's last chunk, which it splits
	// afresh.
	p.alias = make([]int, p.n)
	last := map[*ptoken]int{}
	for t := p.n - 1; t >= 0; t-- {
		p.alias[t] = -1
		if pt.chunkOf[t] == e {
			continue
		}
		if q, ok := last[pt.r.toks[t]]; ok {
			p.alias[t] = q
		}
		last[pt.r.toks[t]] = t
	}
	return p
}

// tag returns the tag prose gives token t when it tags the prefix: that
// of the last token of the prefix sharing t's ptoken.
func (p *prefixTags) tag(t int) string {
	for p.alias[t] >= 0 {
		t = p.alias[t]
	}
	switch t {
	case p.n - 2:
		return p.end1
	case p.n - 1:
		return p.end2
	}
	return p.pt.r.tags[t].tag
}

// fixBudget bounds the extra tagging work of fixRepeatedTags to this many
// times the sentence's length; some repeats keep a wrong tag beyond it.
const fixBudget = 2

// fixedTag holds frequent words that prose tags the same way in any context
// (checked on the TimeML corpus), so repeats of them need no fixing. Chunks
// without letters or digits are skipped too. This halves the cost of
// fixRepeatedTags.
var fixedTag = map[string]bool{
	"the": true, "The": true, "a": true, "A": true, "an": true, "to": true,
	"of": true, "in": true, "In": true, "and": true, "or": true, "for": true,
	"on": true, "by": true, "from": true, "at": true, "with": true,
	"is": true, "was": true, "are": true, "were": true, "be": true,
	"it": true, "he": true, "He": true, "his": true, "its": true,
	"they": true, "their": true, "we": true, "million": true, "billion": true,
}

// isAlnum reports whether r is a letter or digit.
func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// whitespaceChunks returns the maximal runs of non-space runes in s, the
// units prose's tokenizer caches.
func whitespaceChunks(s string) []Span {
	chunks := make([]Span, 0, len(s)/5+1)
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				chunks = append(chunks, Span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		chunks = append(chunks, Span{start, len(s)})
	}
	return chunks
}

// Entity is a named entity prose's tagger found: a PERSON, GPE and so on.
type Entity struct {
	Text  string // the entity as written
	Label string // prose's label, such as "PERSON" or "GPE"
	Start int    // byte offset of the entity in the tagged text
	End   int    // byte offset just past the entity
}

// Entities returns the named entities prose finds in sentence, located by
// byte offset. prose's entity tagger is noisy (it takes cities for people
// and runs names into the next word), so callers should check its output
// against gazetteers. Entities returns nil if the tagger fails.
func (p *Prose) Entities(sentence string) (ents []Entity) {
	defer func() {
		if r := recover(); r != nil {
			ents = nil
		}
	}()
	sc := p.scratch.Get().(*scratch)
	defer p.scratch.Put(sc) // nothing returned refers to it
	toks := p.tag(sentence, sc)
	p.ner.classify(toks, nil)
	cur := 0
	for _, e := range chunk(toks) {
		i := strings.Index(sentence[cur:], e.Text)
		if i < 0 {
			continue
		}
		start := cur + i
		ents = append(ents, Entity{Text: e.Text, Label: e.Label, Start: start, End: start + len(e.Text)})
		cur = start + len(e.Text)
	}
	return ents
}
