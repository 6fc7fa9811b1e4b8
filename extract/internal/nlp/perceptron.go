package nlp

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// The tokenizer and part-of-speech tagger here, and the entity chunker in
// maxent.go, are a port of prose v2.0.0's (prose: tokenize.go, tag.go,
// extract.go; MIT licence, copyright Joseph Kato, the tagger after Matthew
// Honnibal's), run on prose's own model data (prose.Asset). They give the
// tokens, tags and entities prose.NewDocument gives, quirks included (see
// fixRepeatedTags), at a fraction of the cost: prose builds a map of
// feature strings for every token, sums the scores of the tags in another
// map, and runs a few regular expressions on every token, one of them
// compiled afresh for each. Here the weights are filed by what a feature
// names, so that a token takes a few map lookups; scores are summed in an
// array; a regular expression runs only on a token that can match it; and
// the buffers of one tagging serve the next.
//
// The one difference: where two tags (or entity labels) score exactly the
// same, prose picks one at random (it ranges over a map), the port the
// first in its model's order; prose also sums a tag's score in random
// order, so the last bit can differ. Neither shows on the corpora.

// ptoken is a token of the port, as prose's Token. The tokenizer gives a
// repeated whitespace-separated chunk the same ptokens, as prose does, so
// the last tag or label written to them wins (see fixRepeatedTags).
type ptoken struct {
	text  string // the token; quotes are normalised
	tag   string // Penn Treebank tag
	label string // entity label: O, B-PERSON, I-GPE and so on
}

// scratch holds the buffers of one tagging, reused by the next (see
// Prose.scratch): the tokens, the tokenizer's cache, the chunks, the
// tagger's context.
type scratch struct {
	tokens []*ptoken
	slab   []ptoken
	cache  map[string]cached
	ch     chunking
	run    tagRun
}

// cached is a chunk in the tokenizer's cache.
type cached struct {
	toks  []*ptoken // its tokens
	chunk int       // the chunk's number where it first occurs
}

// grow returns buf emptied, with room for n elements.
func grow[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, 0, n)
	}
	return buf[:0]
}

// tokenizeProse splits text into tokens as prose's iterTokenizer does,
// using sc's buffers. If ch is not nil, it is filled in with the text's
// chunks.
func tokenizeProse(text string, ch *chunking, sc *scratch) []*ptoken {
	n := len(text)/4 + 4
	tokens := grow(sc.tokens, n)
	slab := grow(sc.slab, n)
	defer func() { sc.tokens, sc.slab = tokens, slab }()
	clean, white := sanitize(text), false
	start, index := 0, 0
	// Clearing a map costs its size: one grown by a long text is dropped.
	if len(sc.cache) > 1024 {
		sc.cache = nil
	}
	if sc.cache == nil {
		sc.cache = make(map[string]cached, len(text)/6+1)
	}
	cache := sc.cache
	clear(cache)
	if ch != nil {
		ch.tokChunk = grow(ch.tokChunk, n)
		ch.span = grow(ch.span, len(text)/5+1)
		ch.first = grow(ch.first, len(text)/5+1)
	}
	// add appends the tokens of the span clean[start:index], which is a
	// chunk unless it is white space; the text's last span is split
	// afresh, as prose does.
	add := func(last bool) {
		span := clean[start:index]
		c, found := cache[span]
		switch {
		case last:
			tokens = splitChunk(tokens, span, &slab)
		case found:
			tokens = append(tokens, c.toks...)
		default:
			n := len(tokens)
			tokens = splitChunk(tokens, span, &slab)
			c = cached{tokens[n:len(tokens):len(tokens)], ch.spans()}
			cache[span] = c
		}
		if ch == nil || white {
			return // white space has no tokens
		}
		for len(ch.tokChunk) < len(tokens) {
			ch.tokChunk = append(ch.tokChunk, len(ch.span))
		}
		if !found {
			c.chunk = len(ch.span)
		}
		ch.span = append(ch.span, span)
		ch.first = append(ch.first, c.chunk)
	}
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				add(false)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		add(true)
	}
	return tokens
}

// chunking is what tokenizeProse says of the whitespace-separated chunks
// of a text, the units its tokenizer caches.
type chunking struct {
	tokChunk []int    // the chunk of each token
	span     []string // each chunk, quotes normalised
	first    []int    // the number of the first chunk with the same text as each
}

// spans returns the number of chunks so far, or 0 for a nil chunking.
func (ch *chunking) spans() int {
	if ch == nil {
		return 0
	}
	return len(ch.span)
}

// splitChunk appends to out the tokens of a whitespace-separated chunk:
// leading brackets and quotes, contractions, trailing punctuation (prose:
// doSplit). The tokens are allocated from slab.
func splitChunk(out []*ptoken, token string, slab *[]ptoken) []*ptoken {
	alloc := func(s string) *ptoken {
		if len(*slab) == cap(*slab) {
			*slab = make([]ptoken, 0, max(16, cap(*slab)))
		}
		*slab = append(*slab, ptoken{text: s})
		return &(*slab)[len(*slab)-1]
	}
	if plainWord(token) {
		// One token, whether an emoticon ("xD") or not.
		return append(out, alloc(token))
	}
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			out = append(out, alloc(s))
		}
	}
	var suffs []*ptoken // in the order found, the reverse of the text's
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if isSpecial(token) {
			add(token)
			break
		}
		last = utf8.RuneCountInString(token)
		if hasAnyPrefix(token, chunkPrefixes) {
			add(token[:1])
			token = token[1:]
			continue
		}
		lower := strings.ToLower(token)
		if idx := hasAnyIndex(lower, []string{"'ll", "'s", "'re", "'m"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if idx := hasAnyIndex(lower, []string{"n't"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if hasAnySuffix(token, chunkSuffixes) {
			suffs = append(suffs, alloc(token[len(token)-1:]))
			token = token[:len(token)-1]
		} else {
			add(token)
		}
	}
	for i := len(suffs) - 1; i >= 0; i-- {
		out = append(out, suffs[i])
	}
	return out
}

// plainWord reports whether s is all ASCII letters and digits: a chunk
// that is one token.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

var (
	chunkSuffixes = []string{",", ")", `"`, "]", "!", ";", ".", "?", ":", "'"}
	chunkPrefixes = []string{"$", "(", `"`, "["}
)

// internalRE matches abbreviations the tokenizer keeps whole: "U.S.",
// "Mr.". Both alternatives end in a full stop.
var internalRE = regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)

// isSpecial reports whether a chunk is an emoticon or an abbreviation.
func isSpecial(token string) bool {
	return isEmoticon(token) || strings.HasSuffix(token, ".") && internalRE.MatchString(token)
}

// hasAnyPrefix reports whether s is longer than one of prefixes and starts
// with it.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) > len(p) && strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s is longer than one of suffixes and ends
// with it.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if len(s) > len(x) && strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// hasAnyIndex returns the index in s of the first of subs (in the order
// of subs) that s holds and is longer than, or -1.
func hasAnyIndex(s string, subs []string) int {
	for _, x := range subs {
		if i := strings.Index(s, x); i >= 0 && len(s) > len(x) {
			return i
		}
	}
	return -1
}

// emoticons are the chunks prose keeps whole and tags SYM.
var emoticons = map[string]bool{
	"(-8": true, "(-;": true, "(-_-)": true, "(._.)": true, "(:": true, "(=": true,
	"(o:": true, "(¬_¬)": true, "(ಠ_ಠ)": true, "(╯°□°）╯︵┻━┻": true, "-__-": true,
	"8-)": true, "8-D": true, "8D": true, ":(": true, ":((": true, ":(((": true,
	":()": true, ":)))": true, ":-)": true, ":-))": true, ":-)))": true, ":-*": true,
	":-/": true, ":-X": true, ":-]": true, ":-o": true, ":-p": true, ":-x": true,
	":-|": true, ":-}": true, ":0": true, ":3": true, ":P": true, ":]": true,
	":`(": true, ":`)": true, ":`-(": true, ":o": true, ":o)": true, "=(": true,
	"=)": true, "=D": true, "=|": true, "@_@": true, "O.o": true, "O_o": true,
	"V_V": true, "XDD": true, "[-:": true, "^___^": true, "o_0": true, "o_O": true,
	"o_o": true, "v_v": true, "xD": true, "xDD": true, "¯\\(ツ)/¯": true,
}

// emoticonStart marks the first bytes of the emoticons.
var emoticonStart = func() (t [256]bool) {
	for e := range emoticons {
		t[e[0]] = true
	}
	return t
}()

// isEmoticon reports whether s is one of the emoticons, looking it up only
// if its first byte starts one.
func isEmoticon(s string) bool {
	return s != "" && emoticonStart[s[0]] && emoticons[s]
}

// The tagger's special cases: links and e-mail addresses (patterns of
// github.com/mingrammer/commonregex v1.0.1, which prose uses), empty
// elements of the Penn Treebank and tags written as words.
var (
	linkRE  = regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	emailRE = regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
	noneRE  = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE  = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// perceptron is prose's averaged-perceptron tagger. prose keys its weights
// by feature strings ("i-1 word said", "i tag+i-2 tag DT NN"); here they
// are filed by what the feature names: by word, suffix, first byte or
// previous tags, so that tagging a token takes three map lookups instead
// of fourteen.
type perceptron struct {
	classes  []string                  // the tags, by class number
	tagMap   map[string]string         // words that always get one tag
	tagIDs   map[string]int            // the tags features name, by id
	classID  []int                     // tag id of each class, -1 if none
	bias     []classWeight             // "bias"
	pref1    [256][]classWeight        // "i pref1 " and the word's first byte, as a rune
	prevTag  [][]classWeight           // "i-1 tag " and the tag, by tag id
	prev2Tag [][]classWeight           // "i-2 tag " and the tag, by tag id
	tagPair  [][]classWeight           // "i tag+i-2 tag " and the two tags, by id*len(tagIDs)+id
	words    map[string]*wordWeights   // features of a normalised word
	suffixes map[string]*suffixWeights // features of a suffix
}

// wordWeights are the weights of the features of a normalised word, and
// what else a lookup of the word can answer.
type wordWeights struct {
	word, prev, prev2, next, next2 []classWeight  // "i word ", "i-1 word ", "i-2 word ", "i+1 word ", "i+2 word "
	afterTag                       []tagWeights   // "i-1 tag+i word ", by the tag before
	suffix                         *suffixWeights // the features of the word's suffix, nil if none
	fixed                          string         // the tag of tagMap for the word as written, if its normal form is itself
	hasFixed                       bool           // fixed is set
}

// tagWeights are the weights of a feature for one tag id.
type tagWeights struct {
	tag int           // tag id
	ws  []classWeight // weights
}

// suffixWeights are the weights of the features of a suffix of up to
// three bytes.
type suffixWeights struct {
	word, prev, next []classWeight // "i suffix " of the word itself, "i-1 suffix ", "i+1 suffix "
}

// classWeight is the weight of one feature for one tag.
type classWeight struct {
	class uint8   // index into perceptron.classes
	w     float64 // weight
}

// maxClasses bounds the number of tags, so that a bit set of them fits a
// word; prose's model has 45.
const maxClasses = 64

// loadPerceptron decodes prose's tagger model and files its weights.
func loadPerceptron() (*perceptron, error) {
	var (
		classes []string
		tags    map[string]string
		weights map[string]map[string]float64
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"classes.gob", &classes},
		{"tags.gob", &tags},
		{"weights.gob", &weights},
	} {
		if err := decodeAsset("model/AveragedPerceptron/"+a.name, a.v); err != nil {
			return nil, err
		}
	}
	m := &perceptron{classes: classes, tagMap: tags, tagIDs: map[string]int{},
		words: map[string]*wordWeights{}, suffixes: map[string]*suffixWeights{}}
	class := map[string]int{}
	for i, c := range classes {
		class[c] = i
	}
	// Every tag a feature names gets an id.
	tagID := func(t string) int {
		id, ok := m.tagIDs[t]
		if !ok {
			id = len(m.tagIDs)
			m.tagIDs[t] = id
		}
		return id
	}
	for feat := range weights {
		switch name, arg, _ := cutFeature(feat); name {
		case "i-1 tag", "i-2 tag":
			tagID(arg)
		case "i tag+i-2 tag", "i-1 tag+i word":
			t1, t2, _ := strings.Cut(arg, " ")
			tagID(t1)
			if name == "i tag+i-2 tag" {
				tagID(t2)
			}
		}
	}
	nt := len(m.tagIDs)
	m.prevTag, m.prev2Tag, m.tagPair = make([][]classWeight, nt), make([][]classWeight, nt), make([][]classWeight, nt*nt)
	word := func(w string) *wordWeights {
		if m.words[w] == nil {
			m.words[w] = &wordWeights{}
		}
		return m.words[w]
	}
	suffix := func(s string) *suffixWeights {
		if m.suffixes[s] == nil {
			m.suffixes[s] = &suffixWeights{}
		}
		return m.suffixes[s]
	}
	for feat, ws := range weights {
		cw := make([]classWeight, 0, len(ws))
		for label, w := range ws {
			c, ok := class[label]
			if !ok {
				c = len(m.classes)
				class[label] = c
				m.classes = append(m.classes, label)
			}
			cw = append(cw, classWeight{uint8(min(c, maxClasses)), w})
		}
		slices.SortFunc(cw, func(a, b classWeight) int { return int(a.class) - int(b.class) })
		name, arg, ok := cutFeature(feat)
		switch {
		case name == "bias" && !ok:
			m.bias = cw
		case name == "i suffix":
			suffix(arg).word = cw
		case name == "i-1 suffix":
			suffix(arg).prev = cw
		case name == "i+1 suffix":
			suffix(arg).next = cw
		case name == "i pref1":
			// Only a rune below 256 can be a byte turned into a string.
			if r, size := utf8.DecodeRuneInString(arg); r < 256 && size == len(arg) && string(r) == arg {
				m.pref1[r] = cw
			}
		case name == "i-1 tag":
			m.prevTag[m.tagIDs[arg]] = cw
		case name == "i-2 tag":
			m.prev2Tag[m.tagIDs[arg]] = cw
		case name == "i tag+i-2 tag":
			t1, t2, _ := strings.Cut(arg, " ")
			m.tagPair[m.tagIDs[t1]*nt+m.tagIDs[t2]] = cw
		case name == "i-1 tag+i word":
			t, w, _ := strings.Cut(arg, " ")
			ww := word(w)
			ww.afterTag = append(ww.afterTag, tagWeights{m.tagIDs[t], cw})
		case name == "i word":
			word(arg).word = cw
		case name == "i-1 word":
			word(arg).prev = cw
		case name == "i-2 word":
			word(arg).prev2 = cw
		case name == "i+1 word":
			word(arg).next = cw
		case name == "i+2 word":
			word(arg).next2 = cw
		default:
			return nil, fmt.Errorf("cannot read prose tagging model: unknown feature %q", feat)
		}
	}
	// A word that is its own normal form is looked up once for its
	// features, its suffix's and its fixed tag.
	for w, t := range m.tagMap {
		if normalize(w) == w {
			ww := word(w)
			ww.fixed, ww.hasFixed = t, true
		}
	}
	for w, ww := range m.words {
		ww.suffix = m.suffixes[suffix3(w)]
	}
	if len(m.classes) > maxClasses {
		return nil, fmt.Errorf("cannot read prose tagging model: %d tags, more than %d", len(m.classes), maxClasses)
	}
	m.classID = make([]int, len(m.classes))
	for c, name := range m.classes {
		m.classID[c] = m.id(name)
	}
	return m, nil
}

// cutFeature splits a feature string into its template's name and its
// argument: "i-1 word said" is "i-1 word" and "said". Tags and words hold
// no spaces, so the name is what precedes the last space of the template.
func cutFeature(feat string) (name, arg string, ok bool) {
	for _, n := range featureNames {
		if a, ok := strings.CutPrefix(feat, n+" "); ok {
			return n, a, true
		}
	}
	return feat, "", false
}

// featureNames are the templates of the tagger's features, longest first
// where one is a prefix of another.
var featureNames = []string{
	"i tag+i-2 tag", "i-1 tag+i word", "i suffix", "i pref1", "i-1 tag", "i-2 tag",
	"i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word",
}

// id returns the id of tag t, or -1 if no feature names it.
func (m *perceptron) id(t string) int {
	if id, ok := m.tagIDs[t]; ok {
		return id
	}
	return -1
}

// decodeAsset gob-decodes one of prose's embedded model files into v.
func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("cannot read prose model %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("cannot decode prose model %s: %w", name, err)
	}
	return nil
}

// tag tags tokens in place (prose: perceptronTagger.tag). If ties is not
// nil, it counts the tags chosen over another that scored nearly the same,
// where prose's choice is random.
func (m *perceptron) tag(tokens []*ptoken, ties *int, sc *scratch) {
	m.run(tokens, ties, sc)
}

// tagRun is one tagging of a text's tokens, kept so that the tags prose
// would give a prefix of the text can be worked out without tagging the
// prefix (see prefixTags).
type tagRun struct {
	toks []*ptoken // the tokens, tagged
	ctx  []string  // the normalised context: two start markers, the words, two end markers
	s    scorer    // the context's features
	tags []chosen  // the tag chosen at each position, before shared tokens overwrite it
}

// chosen is the tag the tagger chose for a position.
type chosen struct {
	tag string
	id  int // the tag's id, -1 if no feature names it
}

// run tags tokens in place and returns the run, kept in sc.
func (m *perceptron) run(tokens []*ptoken, ties *int, sc *scratch) *tagRun {
	n := len(tokens) + 4
	r := &sc.run
	r.toks = tokens
	r.ctx = grow(r.ctx, n)[:n]
	r.tags = grow(r.tags, len(tokens))[:len(tokens)]
	ctx := r.ctx
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range tokens {
		ctx[i+2] = normalize(t.text)
	}
	ctx[n-2], ctx[n-1] = "-END-", "-END2-"
	r.s.words, r.s.sufs, r.s.ties = grow(r.s.words, n)[:n], grow(r.s.sufs, n)[:n], ties
	for j, w := range ctx {
		r.s.words[j], r.s.sufs[j] = m.contextWord(w)
	}
	id1, id2 := m.id("-START-"), m.id("-START2-")
	for i, t := range tokens {
		tag, id := m.tagAt(&r.s, ctx, i, t.text, id1, id2)
		t.tag = tag
		r.tags[i] = chosen{tag, id}
		id2, id1 = id1, id
	}
	return r
}

// contextWord returns the features of a word of the context and of its
// suffix.
func (m *perceptron) contextWord(w string) (*wordWeights, *suffixWeights) {
	if ww := m.words[w]; ww != nil {
		return ww, ww.suffix
	}
	return nil, m.suffixes[suffix3(w)]
}

// tagAt returns the tag of token i, whose word as written is word, after
// tags with ids id1 and id2, and the tag's id (-1 if no feature names it).
func (m *perceptron) tagAt(s *scorer, ctx []string, i int, word string, id1, id2 int) (string, int) {
	var tag string
	switch {
	case word == "-":
		tag = "-"
	case isEmoticon(word):
		tag = "SYM"
	case strings.Contains(word, ".") && linkRE.MatchString(word),
		strings.Contains(word, "@") && emailRE.MatchString(word),
		strings.HasPrefix(word, "@"):
		tag = "NN"
	case (word == "0" || strings.HasPrefix(word, "*")) && noneRE.MatchString(word):
		tag = "-NONE-"
	case strings.HasPrefix(word, "-") && keepRE.MatchString(word):
		tag = word
	default:
		// A word that is its own normal form was looked up with the
		// context.
		self := ctx[i+2] == word
		var ok bool
		if self {
			if ww := s.words[i+2]; ww != nil {
				tag, ok = ww.fixed, ww.hasFixed
			}
		} else {
			tag, ok = m.tagMap[word]
		}
		if !ok {
			if c := m.predict(s, i+2, word, self, id1, id2); c >= 0 {
				return m.classes[c], m.classID[c]
			}
		}
	}
	return tag, m.id(tag)
}

// prefixTags returns what tagging the first n tokens of r's text alone
// would give tokens n-2 and n-1, which see the end of the text where r
// saw the tokens after them; the tags of the tokens before are r's.
func (m *perceptron) prefixTags(r *tagRun, n int) (string, string) {
	// Positions n+2 and n+3 of the context hold the end markers.
	s := &r.s
	saved := [2]struct {
		w   *wordWeights
		suf *suffixWeights
	}{{s.words[n+2], s.sufs[n+2]}, {s.words[n+3], s.sufs[n+3]}}
	s.words[n+2], s.sufs[n+2] = m.contextWord("-END-")
	s.words[n+3], s.sufs[n+3] = m.contextWord("-END2-")
	defer func() {
		s.words[n+2], s.sufs[n+2] = saved[0].w, saved[0].suf
		s.words[n+3], s.sufs[n+3] = saved[1].w, saved[1].suf
	}()
	idAt := func(q int) int {
		switch {
		case q >= 0:
			return r.tags[q].id
		case q == -1:
			return m.id("-START-")
		}
		return m.id("-START2-")
	}
	var before, last string
	id := idAt(n - 2)
	if n >= 2 {
		before, id = m.tagAt(s, r.ctx, n-2, r.toks[n-2].text, idAt(n-3), idAt(n-4))
	}
	last, _ = m.tagAt(s, r.ctx, n-1, r.toks[n-1].text, id, idAt(n-3))
	return before, last
}

// isInt reports whether strconv.Atoi accepts s, without the error value
// Atoi allocates when it does not.
func isInt(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// suffix3 returns the last three bytes of w, or w if shorter.
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

// scorer holds the buffers of one tagging call.
type scorer struct {
	words  []*wordWeights      // the features of each word of the context, nil if none
	sufs   []*suffixWeights    // the features of each word's suffix, nil if none
	scores [maxClasses]float64 // score by class
	seen   uint64              // bit c is set when class c has a weight among the features
	ties   *int                // if not nil, counts near ties
}

// add adds the weights of one feature to the scores.
func (s *scorer) add(ws []classWeight) {
	for _, cw := range ws {
		s.scores[cw.class] += cw.w
		s.seen |= 1 << cw.class
	}
}

// predict returns the class of the best tag for word w, at index i of the
// context, after the tags with ids id1 and id2 (-1 for a tag no feature
// names), or -1 if no feature has a weight (prose: featurize and predict).
// self says w is its own normal form, the context's word at i.
// The features are summed in prose's order of templates.
func (m *perceptron) predict(s *scorer, i int, w string, self bool, id1, id2 int) int {
	s.scores = [maxClasses]float64{}
	s.seen = 0
	s.add(m.bias)
	sw := s.sufs[i] // w is the word at i when self
	if !self {
		sw = m.suffixes[suffix3(w)]
	}
	if sw != nil {
		s.add(sw.word)
	}
	s.add(m.pref1[w[0]])
	if id1 >= 0 {
		s.add(m.prevTag[id1])
	}
	if id2 >= 0 {
		s.add(m.prev2Tag[id2])
	}
	if id1 >= 0 && id2 >= 0 {
		s.add(m.tagPair[id1*len(m.tagIDs)+id2])
	}
	if ww := s.words[i]; ww != nil {
		s.add(ww.word)
		if id1 >= 0 {
			for _, tw := range ww.afterTag {
				if tw.tag == id1 {
					s.add(tw.ws)
					break
				}
			}
		}
	}
	if ww := s.words[i-1]; ww != nil {
		s.add(ww.prev)
	}
	if sw := s.sufs[i-1]; sw != nil {
		s.add(sw.prev)
	}
	if ww := s.words[i-2]; ww != nil {
		s.add(ww.prev2)
	}
	if ww := s.words[i+1]; ww != nil {
		s.add(ww.next)
	}
	if sw := s.sufs[i+1]; sw != nil {
		s.add(sw.next)
	}
	if ww := s.words[i+2]; ww != nil {
		s.add(ww.next2)
	}
	best, class := math.Inf(-1), -1
	for c, v := range s.scores[:len(m.classes)] {
		if s.seen&(1<<c) != 0 && v > best {
			best, class = v, c
		}
	}
	if class >= 0 && s.ties != nil {
		for c, v := range s.scores[:len(m.classes)] {
			if s.seen&(1<<c) != 0 && c != class && nearTie(v, best) {
				*s.ties++
				break
			}
		}
	}
	return class
}

// nearTie reports whether two scores are so close that the order of
// summing could decide between them.
func nearTie(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*max(1, math.Abs(a), math.Abs(b))
}

// normalize maps a word to the form the tagger's features use: hyphenated
// words, years and numbers are classes; other words are lower-cased.
func normalize(word string) string {
	if word == "" {
		return word
	}
	if strings.Contains(word, "-") && word[0] != '-' {
		return "!HYPHEN"
	}
	if len(word) == 4 && isInt(word) {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
