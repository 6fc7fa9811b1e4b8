package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokEnd    tokKind = iota // end of text
	tokWord                  // letters and digits, with apostrophes between them
	tokHyphen                // a hyphen, which names treat like a space
	tokPunct                 // any other character that is not a space
)

// token is a word or a punctuation character in a text.
type token struct {
	start, end int     // byte offsets in the text
	kind       tokKind // what the token is
	para       bool    // a blank line separates the token from the one before
}

// Character classes.
const (
	clPunct  uint8 = iota // punctuation and symbols: a token of its own
	clWord                // letters, digits, combining marks
	clSpace               // white space, between tokens
	clHyphen              // hyphens
	clApos                // apostrophes: part of a word between word characters
)

// ascii holds the class of each ASCII character.
var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = clWord
		case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = clSpace
		case c == '-':
			t[c] = clHyphen
		case c == '\'':
			t[c] = clApos
		}
	}
	return t
}()

// class returns the class of r, which is not ASCII.
func class(r rune) uint8 {
	switch r {
	case '\u2019', '\u02bc': // right single quotation mark, modifier letter apostrophe
		return clApos
	case '\u2010', '\u2011': // hyphen, non-breaking hyphen
		return clHyphen
	case '\u200b', '\u2060', '\ufeff': // zero-width space, word joiner, BOM
		return clSpace
	}
	switch {
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r):
		return clWord
	case unicode.IsSpace(r):
		return clSpace
	}
	return clPunct
}

// classAt returns the class of the character at text[i] and its length.
func classAt(text string, i int) (uint8, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return ascii[c], 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return class(r), n
}

// nextToken returns the first token at or after text[i], which must not be
// inside a word.
func nextToken(text string, i int) token {
	newlines := 0
	for i < len(text) {
		cl, n := classAt(text, i)
		switch cl {
		case clSpace:
			if text[i] == '\n' {
				newlines++
			}
			i += n
			continue
		case clWord:
			return token{start: i, end: wordEnd(text, i+n), kind: tokWord, para: newlines > 1}
		case clHyphen:
			return token{start: i, end: i + n, kind: tokHyphen, para: newlines > 1}
		}
		return token{start: i, end: i + n, kind: tokPunct, para: newlines > 1}
	}
	return token{start: len(text), end: len(text), kind: tokEnd}
}

// wordEnd returns the end of the word that goes on at text[i].
func wordEnd(text string, i int) int {
	e, _ := wordEndHash(text, i, 0)
	return e
}

// wordEndHash returns the end of the word that goes on at text[i], and
// the hash of its bytes from there on, starting from h; see hash.
func wordEndHash(text string, i int, h uint32) (int, uint32) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && ascii[c] == clWord {
			h = (h ^ uint32(c)) * fnvPrime
			i++
			continue
		}
		cl, n := classAt(text, i)
		switch {
		case cl == clWord:
		case cl == clApos && i+n < len(text):
			if next, _ := classAt(text, i+n); next != clWord {
				return i, h
			}
		default:
			return i, h
		}
		for end := i + n; i < end; i++ {
			h = (h ^ uint32(text[i])) * fnvPrime
		}
	}
	return i, h
}

// FNV-1a, which hash and wordEndHash compute.
const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// hash returns the FNV-1a hash of s.
func hash(s string) uint32 {
	h := fnvOffset
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnvPrime
	}
	return h
}

// possessive returns the length of the possessive "'s" that ends the word w,
// or 0.
func possessive(w string) int {
	n := len(w)
	if n < 3 || (w[n-1] != 's' && w[n-1] != 'S') {
		return 0
	}
	switch {
	case w[n-2] == '\'':
		return 2
	case n >= 5 && w[n-4:n-1] == "\u2019":
		return 4
	case n >= 4 && w[n-3:n-1] == "\u02bc":
		return 3
	}
	return 0
}
