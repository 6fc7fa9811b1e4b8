package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies the tokens the expression matcher works on.
type tokKind uint8

const (
	tokWord  tokKind = iota // a run of letters
	tokNum                  // a run of ASCII digits
	tokPunct                // any other single character
)

// token is one word, number or punctuation character of a sentence.
type token struct {
	start, end int     // byte offsets into the text the sentence came from
	text       string  // the token as written
	low        string  // lower-cased text, for matching
	num        int     // value of a number token (capped), else 0
	kind       tokKind // word, number or punctuation
	space      bool    // whitespace precedes the token
	upper      bool    // the first letter is upper case
}

// tokenize splits s, which starts at byte offset base of its text, into
// tokens, appended to buf[:0]. Letters group into words, digits into
// numbers, and every other non-space character is a token of its own.
func tokenize(buf []token, s string, base int) []token {
	toks := buf[:0]
	if n := len(s)/4 + 4; cap(toks) < n { // news averages five bytes a token
		toks = make([]token, 0, n)
	}
	space := true
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == 0xa0 || unicode.IsSpace(r):
			space = true
			i += size
			continue
		case r < utf8.RuneSelf && (r >= '0' && r <= '9'):
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: base + i, end: base + j, text: s[i:j], low: s[i:j], kind: tokNum, num: n, space: space})
			i = j
		case unicode.IsLetter(r):
			j := i + size
			for j < len(s) {
				r2, n2 := rune(s[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(s[j:])
				}
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			w := s[i:j]
			toks = append(toks, token{start: base + i, end: base + j, text: w, low: lower(w), kind: tokWord, space: space, upper: unicode.IsUpper(r)})
			i = j
		default:
			p := s[i : i+size]
			toks = append(toks, token{start: base + i, end: base + i + size, text: p, low: p, kind: tokPunct, space: space})
			i += size
		}
		space = false
	}
	return toks
}

// lower returns s in lower case, without allocating when s is already lower-case ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}
