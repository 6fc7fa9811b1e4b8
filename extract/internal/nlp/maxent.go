package nlp

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxent is prose's maximum-entropy entity chunker (prose: extract.go). prose
// keys its weights by "name-value-label" strings; here they are filed by
// feature and value, so that one lookup serves every label, and the
// features of a word the model knows are gathered in one place.
type maxent struct {
	labels []string                                      // the labels, in the model's order
	feats  [len(maxentFeatures)]map[string][]labelWeight // by feature, the value's weights
	words  map[string]*wordFeats                         // the features of the words the model knows
}

// wordFeats are the weights of the features that depend on the word alone.
type wordFeats struct {
	basic, prefix3, shape, suffix3, word, lower, wordlen []labelWeight
}

// labelWeight is the weight of one feature for one label.
type labelWeight struct {
	label int     // index into maxent.labels
	w     float64 // weight
}

// The features, as indices into maxentFeatures.
const (
	fBias = iota
	fBasic
	fNextPOS
	fNextWord
	fPOS
	fPOSPrevTag
	fPrefix3
	fPrevPOS
	fPrevTag
	fPrevWord
	fShape
	fShapePrevTag
	fSuffix3
	fWord
	fWordNextPOS
	fLower
	fWordLen
)

// maxentFeatures are the chunker's features, in the order their weights
// are summed.
var maxentFeatures = [...]string{
	fBias: "bias", fBasic: "en-wordlist", fNextPOS: "nextpos", fNextWord: "nextword",
	fPOS: "pos", fPOSPrevTag: "pos+prevtag", fPrefix3: "prefix3", fPrevPOS: "prevpos",
	fPrevTag: "prevtag", fPrevWord: "prevword", fShape: "shape", fShapePrevTag: "shape+prevtag",
	fSuffix3: "suffix3", fWord: "word", fWordNextPOS: "word+nextpos", fLower: "word.lower",
	fWordLen: "wordlen",
}

// loadMaxent decodes prose's entity model. Its mapping keys are
// "name-value-label"; a key is filed under every feature it starts with
// and every label it ends with, which answers the same lookups as the key
// itself.
func loadMaxent() (*maxent, error) {
	var (
		mapping map[string]int
		weights []float64
		labels  []string
	)
	for _, a := range []struct {
		name string
		v    any
	}{
		{"mapping.gob", &mapping},
		{"weights.gob", &weights},
		{"labels.gob", &labels},
	} {
		if err := decodeAsset("model/Maxent/"+a.name, a.v); err != nil {
			return nil, err
		}
	}
	m := &maxent{labels: labels, words: map[string]*wordFeats{}}
	for f := range m.feats {
		m.feats[f] = map[string][]labelWeight{}
	}
	suffixes := make([]string, len(labels))
	for l, label := range labels {
		suffixes[l] = "-" + label
	}
	for key, idx := range mapping {
		if idx >= len(weights) {
			continue
		}
		for f, name := range maxentFeatures {
			rest, ok := strings.CutPrefix(key, name)
			if !ok || !strings.HasPrefix(rest, "-") {
				continue
			}
			for l, suffix := range suffixes {
				if v, ok := strings.CutSuffix(rest[1:], suffix); ok {
					m.feats[f][v] = append(m.feats[f][v], labelWeight{l, weights[idx]})
				}
			}
		}
	}
	for w := range m.feats[fWord] {
		if w != "" {
			m.words[w] = m.wordFeats(w)
		}
	}
	return m, nil
}

// wordFeats looks up the features of word w, which is not empty.
func (m *maxent) wordFeats(w string) *wordFeats {
	basic := "False"
	if basicWords[w] {
		basic = "True"
	}
	return &wordFeats{
		basic:   m.feats[fBasic][basic],
		prefix3: m.feats[fPrefix3][strings.ToLower(w[:min(len(w), 3)])],
		shape:   m.feats[fShape][shape(w)],
		suffix3: m.feats[fSuffix3][strings.ToLower(w[len(w)-min(len(w), 3):])],
		word:    m.feats[fWord][w],
		lower:   m.feats[fLower][strings.ToLower(w)],
		wordlen: m.feats[fWordLen][strconv.Itoa(len(w))],
	}
}

// basicWords is basicWordList as a set.
var basicWords = func() map[string]bool {
	m := make(map[string]bool, len(basicWordList))
	for _, w := range basicWordList {
		m[w] = true
	}
	return m
}()

// classify labels tagged tokens in place (prose: entityExtracter.classify,
// whose features are those of prose's extract). If ties is not nil, it
// counts the labels chosen over another that scored the same, where
// prose's choice is random.
func (m *maxent) classify(tokens []*ptoken, ties *int) {
	n := len(tokens)
	history := make([]string, 0, n)
	totals := make([]float64, len(m.labels))
	// Each token's lower-case form and shape serve three tokens.
	lows, shapes := make([]string, n), make([]string, n)
	for i, t := range tokens {
		lows[i], shapes[i] = strings.ToLower(t.text), shape(t.text)
	}
	var key []byte
	lookup := func(f int, parts ...string) []labelWeight {
		key = key[:0]
		for _, p := range parts {
			key = append(key, p...)
		}
		return m.feats[f][string(key)]
	}
	add := func(ws []labelWeight) {
		for _, lw := range ws {
			totals[lw.label] += lw.w
		}
	}
	for i, t := range tokens {
		word := t.text
		wf := m.words[word]
		if wf == nil {
			wf = m.wordFeats(word)
		}
		prevShape, prevTag, prevWord, prevPOS := "None", "None", "None", "None"
		if i > 0 {
			prevWord, prevPOS, prevTag = lows[i-1], tokens[i-1].tag, history[i-1]
			if i > 1 {
				prevShape = shapes[i-1]
			}
		}
		nextWord, nextPOS := "None", "None"
		if i < n-1 {
			nextWord, nextPOS = lows[i+1], lowerTag(tokens[i+1].tag)
		}
		clear(totals)
		add(m.feats[fBias]["True"])
		add(wf.basic)
		add(m.feats[fNextPOS][nextPOS])
		add(m.feats[fNextWord][nextWord])
		add(m.feats[fPOS][t.tag])
		add(lookup(fPOSPrevTag, t.tag, "+", prevTag))
		add(wf.prefix3)
		add(m.feats[fPrevPOS][prevPOS])
		add(m.feats[fPrevTag][prevTag])
		add(m.feats[fPrevWord][prevWord])
		add(wf.shape)
		add(lookup(fShapePrevTag, prevShape, "+", prevTag))
		add(wf.suffix3)
		add(wf.word)
		add(lookup(fWordNextPOS, lows[i], "+", nextPOS))
		add(wf.lower)
		add(wf.wordlen)
		best, label := math.Inf(-1), ""
		for l, v := range totals {
			if v > best {
				best, label = v, m.labels[l]
			}
		}
		if ties != nil {
			for l, v := range totals {
				if m.labels[l] != label && nearTie(v, best) {
					*ties++
					break
				}
			}
		}
		t.label = label
		history = append(history, simplePOS(label))
	}
}

// lowerTag returns strings.ToLower(tag), without allocating for the
// commonest tags.
func lowerTag(tag string) string {
	if l, ok := lowerTags[tag]; ok {
		return l
	}
	return strings.ToLower(tag)
}

// lowerTags holds the lower-case forms of the Penn Treebank tags.
var lowerTags = func() map[string]string {
	m := map[string]string{}
	for _, t := range strings.Fields("CC CD DT EX FW IN JJ JJR JJS LS MD NN NNS NNP NNPS PDT POS PRP PRP$ RB RBR RBS RP SYM TO UH VB VBD VBG VBN VBP VBZ WDT WP WP$ WRB -LRB- -RRB- -NONE-") {
		m[t] = strings.ToLower(t)
	}
	return m
}()

// shape classes a word: number, punct, downcase, upcase, mixedcase or
// other (prose: shape). prose asks regular expressions whether the word
// ends in a non-word or a word character (\W+$, \w+$), which is whether
// its last rune is one.
func shape(word string) string {
	if mayBeFloat(word) {
		if _, err := strconv.ParseFloat(word, 64); err == nil {
			return "number"
		}
	}
	if word == "" {
		return "other"
	}
	r, _ := utf8.DecodeLastRuneInString(word)
	if !(r < utf8.RuneSelf && (r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')) {
		return "punct"
	}
	switch {
	case strings.ToLower(word) == word:
		return "downcase"
	case strings.Title(word) == word: //nolint:staticcheck // prose's test, kept exactly
		return "upcase"
	}
	return "mixedcase"
}

// mayBeFloat reports whether strconv.ParseFloat could accept s, by its first
// byte: a digit, a point, a sign, or the start of "inf", "infinity" or
// "nan". It spares most words the error value a failed ParseFloat
// allocates.
func mayBeFloat(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case '0' <= c && c <= '9', c == '.', c == '+', c == '-', c == 'i', c == 'I', c == 'n', c == 'N':
		return true
	}
	return false
}

// simplePOS reduces a label to the chunker's history: v for a verb tag,
// else the part before a hyphen.
func simplePOS(pos string) string {
	if strings.HasPrefix(pos, "V") {
		return "v"
	}
	return strings.Split(pos, "-")[0]
}

// chunk groups labelled tokens into entities (prose: chunk, coalesce and
// parseEntities).
func chunk(tokens []*ptoken) []Entity {
	var ents []Entity
	end := ""
	var parts []*ptoken
	for _, tok := range tokens {
		label := tok.label
		n := len(parts)
		if (label != "O" && label != end) ||
			(n > 0 && tok.tag == parts[n-1].tag) ||
			(n > 0 && tok.tag == "CD" && parts[n-1].label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, tok)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, tok)
			}
			ents = append(ents, coalesce(parts))
			end = ""
			parts = nil
		}
	}
	return ents
}

// coalesce makes one entity of the tokens of a chunk.
func coalesce(parts []*ptoken) Entity {
	texts := make([]string, len(parts))
	person := false
	for i, tok := range parts {
		texts[i] = tok.text
		person = person || tok.label == "B-PERSON"
	}
	label := ""
	if person && len(parts) == 2 {
		label = "PERSON"
	} else {
		label = strings.Split(parts[0].label, "-")[1]
	}
	return Entity{Text: strings.Join(texts, " "), Label: label}
}
