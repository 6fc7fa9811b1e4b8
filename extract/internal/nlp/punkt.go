// This file adapts segment.go of github.com/jdkato/prose/v2 (v2.0.0), which
// customises the Punkt sentence tokenizer of gopkg.in/neurosnap/sentences.v1.
// Both are distributed under the MIT License:
//
// Copyright (c) 2015 Eric Bower
// Copyright (c) 2017-2018 Joseph Kato
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

package nlp

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// newPunkt builds the English Punkt sentence tokenizer with prose's
// customisations: extra abbreviations, sentence enders followed by quotes
// or brackets, and the multi-punctuation annotation for "F.B.I."-style
// abbreviations and ellipses. prose builds this anew for every document;
// we build it once (see punktModel).
func newPunkt() (*sentences.DefaultSentenceTokenizer, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("cannot load punkt english model: %w", err)
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("cannot parse punkt english model: %w", err)
	}

	// Abbreviations prose adds to the trained model.
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}

	lang := sentences.NewPunctStrings()
	word := &punktWordTokenizer{}
	word.PunctStrings = lang
	annotations := sentences.NewAnnotations(training, lang, word)
	ortho := &sentences.OrthoContext{
		Storage:      training,
		PunctStrings: lang,
		TokenType:    word,
		TokenFirst:   word,
	}
	annotations = append(annotations, &multiPunctWordAnnotation{
		Storage:      training,
		TokenParser:  word,
		TokenGrouper: &sentences.DefaultTokenGrouper{},
		Ortho:        ortho,
	})
	return &sentences.DefaultSentenceTokenizer{
		Storage:       training,
		PunctStrings:  lang,
		WordTokenizer: word,
		Annotations:   annotations,
	}, nil
}

var (
	reAbbr              = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	reLooksLikeEllipsis = regexp.MustCompile(`(?:\.\s?){2,}\.`)
	reEntities          = regexp.MustCompile(`Yahoo!`)
)

// sentEnders are token suffixes that end a sentence.
var sentEnders = []string{
	`."`, `.)`, `.’`, `.”`,
	`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
	`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
}

// sentParens are token infixes that end a sentence.
var sentParens = []string{
	`.[`, `.(`, `."`,
	`?[`, `?(`,
	`![`, `!(`,
}

// punktWordTokenizer is punkt's word tokenizer with prose's notion of
// sentence-ending characters.
type punktWordTokenizer struct {
	sentences.DefaultWordTokenizer
}

// HasSentEndChars reports whether t ends with sentence-final punctuation,
// possibly followed by a closing quote or bracket.
func (e *punktWordTokenizer) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range sentEnders {
		if strings.HasSuffix(t.Tok, ender) && !reEntities.MatchString(t.Tok) {
			return true
		}
	}
	for _, paren := range sentParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

// Type returns the case-normalised form of t, as DefaultWordTokenizer.Type
// does, without its regular expression for numbers on a token without
// digits, which the expression cannot match.
func (e *punktWordTokenizer) Type(t *sentences.Token) string {
	if strings.ContainsAny(t.Tok, "0123456789") {
		return e.DefaultWordTokenizer.Type(t)
	}
	typ := strings.ToLower(t.Tok)
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// TypeNoPeriod is Type without a final full stop, as
// DefaultWordTokenizer.TypeNoPeriod, but calling e.Type.
func (e *punktWordTokenizer) TypeNoPeriod(t *sentences.Token) string {
	typ := e.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is Type without a final full stop that breaks a
// sentence, as DefaultWordTokenizer.TypeNoSentPeriod, but calling e.Type.
func (e *punktWordTokenizer) TypeNoSentPeriod(t *sentences.Token) string {
	if e == nil {
		return ""
	}
	if t.SentBreak {
		return e.TypeNoPeriod(t)
	}
	return e.Type(t)
}

// multiPunctWordAnnotation attempts to tease out custom abbreviations such
// as "F.B.I.".
type multiPunctWordAnnotation struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

// Annotate adjusts the sentence breaks of tokens in place.
func (a *multiPunctWordAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, tokPair := range a.TokenGrouper.Group(tokens) {
		if len(tokPair) < 2 || tokPair[1] == nil {
			tok := tokPair[0].Tok
			if strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				// We've mislabeled due to an errant newline.
				tokPair[0].SentBreak = false
			}
			continue
		}
		a.tokenAnnotation(tokPair[0], tokPair[1])
	}
	return tokens
}

// joiningAbbrevs are abbreviations that always join two names and so never
// end a sentence.
var joiningAbbrevs = map[string]bool{"vs.": true, "Vs.": true, "v.": true}

// looksInternal reports whether tok's punctuation could appear
// sentence-internally (i.e., parentheses or quotations).
func looksInternal(tok string) bool {
	for _, punc := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, punc) {
			return true
		}
	}
	return false
}

func (a *multiPunctWordAnnotation) tokenAnnotation(tokOne, tokTwo *sentences.Token) {
	if joiningAbbrevs[tokOne.Tok] {
		// "Roe vs. Wade": the next word belongs to the same sentence,
		// however often it starts one elsewhere
		tokOne.SentBreak = false
		return
	}
	// This is an expensive calculation, so we only want to do it once.
	var nextTyp string

	// If both tokOne and tokTwo are periods, we're probably in an ellipsis
	// that wasn't properly tokenized by the word tokenizer.
	if strings.HasSuffix(tokOne.Tok, ".") && tokTwo.Tok == "." {
		tokOne.SentBreak = false
		tokTwo.SentBreak = false
		return
	}

	isNonBreak := strings.HasSuffix(tokOne.Tok, ".") && !tokOne.SentBreak
	// Both patterns need full stops: three for an ellipsis, one for an
	// abbreviation; most tokens have none.
	isEllipsis := strings.Count(tokOne.Tok, ".") >= 3 && reLooksLikeEllipsis.MatchString(tokOne.Tok)
	isInternal := tokOne.SentBreak && looksInternal(tokOne.Tok)

	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
		isStarter := a.SentStarters[nextTyp]

		// If tokOne looks like an ellipsis and tokTwo is either
		// capitalized or a frequent sentence starter, break the sentence.
		if isEllipsis {
			if a.TokenParser.FirstUpper(tokTwo) || isStarter != 0 {
				tokOne.SentBreak = true
				return
			}
		}

		// If tokOne's sentence-breaking punctuation looks like it could
		// occur sentence-internally, ensure that the following word is
		// either capitalized or a frequent sentence starter.
		if isInternal {
			if a.TokenParser.FirstLower(tokTwo) && isStarter == 0 {
				tokOne.SentBreak = false
				return
			}
		}

		// If tokOne ends with a period but isn't marked as a sentence
		// break, mark it if tokTwo is capitalized and can occur in
		// _ORTHO_LC.
		if isNonBreak && a.TokenParser.FirstUpper(tokTwo) {
			if a.Storage.OrthoContext[nextTyp]&112 != 0 {
				tokOne.SentBreak = true
			}
		}
	}

	if !strings.Contains(tokOne.Tok, ".") || !reAbbr.MatchString(tokOne.Tok) {
		return
	}
	if a.IsInitial(tokOne) {
		return
	}

	tokOne.Abbr = true
	tokOne.SentBreak = false

	// [4.1.1. Orthographic Heuristic] Check if there's orthographic
	// evidence about whether the next word starts a sentence or not.
	if a.Ortho.Heuristic(tokTwo) == 1 {
		tokOne.SentBreak = true
		return
	}

	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
	}

	// [4.1.3. Frequent Sentence Starter Heuristic] If the next word is
	// capitalized, and is a member of the frequent-sentence-starters list,
	// then label tok as a sentence break.
	if a.TokenParser.FirstUpper(tokTwo) && a.SentStarters[nextTyp] != 0 {
		tokOne.SentBreak = true
		return
	}
}
