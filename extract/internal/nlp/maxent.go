package nlp

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxent is prose's maximum-entropy entity chunker (prose: extract.go), its
// weights indexed by feature so that one lookup serves every label.
type maxent struct {
	labels  []string                 // the labels, in the model's order
	weights map[string][]labelWeight // "name-value" of a feature to its weights
}

// labelWeight is the weight of one feature for one label.
type labelWeight struct {
	label int     // index into maxent.labels
	w     float64 // weight
}

// loadMaxent decodes prose's entity model. Its mapping keys are
// "name-value-label"; a key is filed under every label it ends with, which
// answers the same lookups as the key itself.
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
	m := &maxent{labels: labels, weights: make(map[string][]labelWeight, len(mapping)/len(labels)+1)}
	suffixes := make([]string, len(labels))
	for l, label := range labels {
		suffixes[l] = "-" + label
	}
	for key, idx := range mapping {
		for l, suffix := range suffixes {
			if p, ok := strings.CutSuffix(key, suffix); ok && idx < len(weights) {
				m.weights[p] = append(m.weights[p], labelWeight{l, weights[idx]})
			}
		}
	}
	return m, nil
}

// maxentFeatures are the chunker's features, in the order their weights
// are summed.
var maxentFeatures = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

// basicWords is basicWordList as a set.
var basicWords = func() map[string]bool {
	m := make(map[string]bool, len(basicWordList))
	for _, w := range basicWordList {
		m[w] = true
	}
	return m
}()

// classify labels tagged tokens in place (prose: entityExtracter.classify).
// If ties is not nil, it counts the labels chosen over another that scored
// the same, where prose's choice is random.
func (m *maxent) classify(tokens []*ptoken, ties *int) {
	history := make([]string, 0, len(tokens))
	totals := make([]float64, len(m.labels))
	var key []byte
	var vals [len(maxentFeatures)]string
	for i := range tokens {
		features(&vals, i, tokens, history)
		clear(totals)
		for f, name := range maxentFeatures {
			key = append(append(append(key[:0], name...), '-'), vals[f]...)
			for _, lw := range m.weights[string(key)] {
				totals[lw.label] += lw.w
			}
		}
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
		tokens[i].label = label
		history = append(history, simplePOS(label))
	}
}

// features sets vals to the features of token i, in maxentFeatures order
// (prose: extract).
func features(vals *[len(maxentFeatures)]string, i int, toks []*ptoken, history []string) {
	word := toks[i].text
	low := strings.ToLower(word)
	prevShape, prevTag, prevWord, prevPOS := "None", "None", "None", "None"
	if i > 0 {
		prevWord, prevPOS, prevTag = strings.ToLower(toks[i-1].text), toks[i-1].tag, history[i-1]
		if i > 1 {
			prevShape = shape(toks[i-1].text)
		}
	}
	nextWord, nextPOS := "None", "None"
	if i < len(toks)-1 {
		nextWord, nextPOS = strings.ToLower(toks[i+1].text), strings.ToLower(toks[i+1].tag)
	}
	basic := "False"
	if basicWords[word] {
		basic = "True"
	}
	pos := toks[i].tag
	*vals = [...]string{
		"True", basic, nextPOS, nextWord, pos, pos + "+" + prevTag,
		strings.ToLower(word[:min(len(word), 3)]), prevPOS, prevTag, prevWord, shape(word), prevShape + "+" + prevTag,
		strings.ToLower(word[len(word)-min(len(word), 3):]), word, low + "+" + nextPOS, low, strconv.Itoa(len(word)),
	}
}

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
