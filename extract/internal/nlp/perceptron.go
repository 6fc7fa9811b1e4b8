package nlp

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// The tokenizer, part-of-speech tagger and entity chunker here are a port
// of prose v2.0.0's (prose: tokenize.go, tag.go, extract.go; MIT licence,
// copyright Joseph Kato, the tagger after Matthew Honnibal's), run on
// prose's own model data (prose.Asset). They give the tokens, tags and
// entities prose.NewDocument gives, quirks included (see fixRepeatedTags),
// at a fraction of the cost: prose builds a map of feature strings for
// every token, sums the scores of the tags in another map, and runs a few
// regular expressions on every token, one of them compiled afresh for each.
// Here features are looked up from a reused buffer, scores are summed in an
// array, and a regular expression runs only on a token that can match it.
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

// tokenizeProse splits text into tokens as prose's iterTokenizer does.
func tokenizeProse(text string) []*ptoken {
	var tokens []*ptoken
	clean, white := sanitizer.Replace(text), false
	start, index := 0, 0
	cache := map[string][]*ptoken{}
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				span := clean[start:index]
				toks, found := cache[span]
				if !found {
					toks = splitChunk(span)
					cache[span] = toks
				}
				tokens = append(tokens, toks...)
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
		tokens = append(tokens, splitChunk(clean[start:index])...)
	}
	return tokens
}

// splitChunk splits a whitespace-separated chunk into tokens: leading
// brackets and quotes, contractions, trailing punctuation (prose: doSplit).
func splitChunk(token string) []*ptoken {
	var tokens, suffs []*ptoken
	add := func(s string) {
		if strings.TrimSpace(s) != "" {
			tokens = append(tokens, &ptoken{text: s})
		}
	}
	last := 0
	for token != "" && utf8.RuneCountInString(token) != last {
		if isSpecial(token) {
			add(token)
			break
		}
		last = utf8.RuneCountInString(token)
		lower := strings.ToLower(token)
		if hasAnyPrefix(token, chunkPrefixes) {
			add(token[:1])
			token = token[1:]
		} else if idx := hasAnyIndex(lower, []string{"'ll", "'s", "'re", "'m"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if idx := hasAnyIndex(lower, []string{"n't"}); idx > -1 {
			add(token[:idx])
			token = token[idx:]
		} else if hasAnySuffix(token, chunkSuffixes) {
			suffs = append([]*ptoken{{text: token[len(token)-1:]}}, suffs...)
			token = token[:len(token)-1]
		} else {
			add(token)
		}
	}
	return append(tokens, suffs...)
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
	return emoticons[token] || strings.HasSuffix(token, ".") && internalRE.MatchString(token)
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

// The tagger's special cases: links and e-mail addresses (patterns of
// github.com/mingrammer/commonregex v1.0.1, which prose uses), empty
// elements of the Penn Treebank and tags written as words.
var (
	linkRE  = regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	emailRE = regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
	noneRE  = regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	keepRE  = regexp.MustCompile(`^\-[A-Z]{3}\-$`)
)

// perceptron is prose's averaged-perceptron tagger, its weights indexed
// for lookups without allocation.
type perceptron struct {
	classes []string                 // the tags, by class number
	tagMap  map[string]string        // words that always get one tag
	weights map[string][]classWeight // feature to the weights of its tags
}

// classWeight is the weight of one feature for one tag.
type classWeight struct {
	class int     // index into perceptron.classes
	w     float64 // weight
}

// loadPerceptron decodes prose's tagger model.
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
	m := &perceptron{classes: classes, tagMap: tags, weights: make(map[string][]classWeight, len(weights))}
	class := map[string]int{}
	for i, c := range classes {
		class[c] = i
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
			cw = append(cw, classWeight{c, w})
		}
		slices.SortFunc(cw, func(a, b classWeight) int { return a.class - b.class })
		m.weights[feat] = cw
	}
	return m, nil
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
func (m *perceptron) tag(tokens []*ptoken, ties *int) {
	ctx := make([]string, len(tokens)+4)
	ctx[0], ctx[1] = "-START-", "-START2-"
	for i, t := range tokens {
		ctx[i+2] = normalize(t.text)
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = "-END-", "-END2-"
	s := scorer{scores: make([]float64, len(m.classes)), seen: make([]bool, len(m.classes)), ties: ties}
	p1, p2 := "-START-", "-START2-"
	for i, t := range tokens {
		word := t.text
		var tag string
		switch {
		case word == "-":
			tag = "-"
		case emoticons[word]:
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
			var ok bool
			if tag, ok = m.tagMap[word]; !ok {
				tag = m.predict(&s, i+2, ctx, word, p1, p2)
			}
		}
		t.tag = tag
		p2, p1 = p1, tag
	}
}

// scorer holds the buffers of one tagging call.
type scorer struct {
	key    []byte    // the feature being built
	scores []float64 // score by class
	seen   []bool    // the class has a weight among the features
	ties   *int      // if not nil, counts near ties
}

// feature looks up the feature named by parts, joined by spaces, and adds
// its weights to the scores.
func (s *scorer) feature(weights map[string][]classWeight, parts ...string) {
	s.key = s.key[:0]
	for i, p := range parts {
		if i > 0 {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, p...)
	}
	for _, cw := range weights[string(s.key)] {
		s.scores[cw.class] += cw.w
		s.seen[cw.class] = true
	}
}

// predict returns the best tag for word, at index i of the normalised
// context ctx, after tags p1 and p2 (prose: featurize and predict).
func (m *perceptron) predict(s *scorer, i int, ctx []string, w, p1, p2 string) string {
	clear(s.scores)
	clear(s.seen)
	suffix := func(w string) string { return w[len(w)-min(len(w), 3):] }
	s.feature(m.weights, "bias")
	s.feature(m.weights, "i suffix", suffix(w))
	s.feature(m.weights, "i pref1", string(rune(w[0])))
	s.feature(m.weights, "i-1 tag", p1)
	s.feature(m.weights, "i-2 tag", p2)
	s.feature(m.weights, "i tag+i-2 tag", p1, p2)
	s.feature(m.weights, "i word", ctx[i])
	s.feature(m.weights, "i-1 tag+i word", p1, ctx[i])
	s.feature(m.weights, "i-1 word", ctx[i-1])
	s.feature(m.weights, "i-1 suffix", suffix(ctx[i-1]))
	s.feature(m.weights, "i-2 word", ctx[i-2])
	s.feature(m.weights, "i+1 word", ctx[i+1])
	s.feature(m.weights, "i+1 suffix", suffix(ctx[i+1]))
	s.feature(m.weights, "i+2 word", ctx[i+2])
	best, class := math.Inf(-1), -1
	for c, v := range s.scores {
		if s.seen[c] && v > best {
			best, class = v, c
		}
	}
	if class < 0 {
		return ""
	}
	if s.ties != nil {
		for c, v := range s.scores {
			if s.seen[c] && c != class && nearTie(v, best) {
				*s.ties++
				break
			}
		}
	}
	return m.classes[class]
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
	if _, err := strconv.Atoi(word); err == nil && len(word) == 4 {
		return "!YEAR"
	}
	if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(word)
}
