package dateline

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token of a line.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits and the punctuation inside them: "Dec.", "10:42", "2016-10-15"
	tComma                // ","
	tColon                // ":" not between digits
	tOpen                 // "("
	tClose                // ")"
	tDash                 // a run of "-", "–", "—" not inside a word
	tSlash                // "/" not between letters or digits
	tSep                  // "|", "•", "·": separates the parts of a line
	tOther                // any other punctuation, such as quotes
)

// String returns the name of k.
func (k tokKind) String() string {
	switch k {
	case tWord:
		return "word"
	case tComma:
		return "comma"
	case tColon:
		return "colon"
	case tOpen:
		return "open"
	case tClose:
		return "close"
	case tDash:
		return "dash"
	case tSlash:
		return "slash"
	case tSep:
		return "sep"
	case tOther:
		return "other"
	}
	return "tokKind(" + strconv.Itoa(int(k)) + ")"
}

// token is a token of a line.
type token struct {
	s          string  // the token as written
	start, end int     // byte offsets of the token in its line
	kind       tokKind // what the token is
}

// lex splits line into tokens, appending them to toks.
func lex(line string, toks []token) []token {
	for i := 0; i < len(line); {
		r, n := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(line[i:])
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		start := i
		kind := tOther
		switch {
		case isWordRune(r):
			kind = tWord
			i = wordEnd(line, i)
		case r == '-' || r == '–' || r == '—':
			kind = tDash
			for i < len(line) {
				r, n := utf8.DecodeRuneInString(line[i:])
				if r != '-' && r != '–' && r != '—' {
					break
				}
				i += n
			}
		default:
			i += n
			switch r {
			case ',':
				kind = tComma
			case ':':
				kind = tColon
			case '(':
				kind = tOpen
			case ')':
				kind = tClose
			case '/':
				kind = tSlash
			case '|', '•', '·':
				kind = tSep
			}
		}
		toks = append(toks, token{s: line[start:i], start: start, end: i, kind: kind})
	}
	return toks
}

// isWordRune reports whether r starts or continues a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '&'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordEnd returns the end of the word that starts at i. A word holds
// letters, digits and "&"; it also holds an apostrophe or "." after them
// ("Dec.", "U.S.", "N'Djamena"), "-" and "/" between them ("2016-10-15",
// "15/10/2016", "al-Assad", "REUTERS/Denis") and ":" between digits
// ("10:42").
func wordEnd(line string, i int) int {
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case isWordRune(r):
			i += n
		case r == '.' || r == '\'' || r == '’':
			i += n
		case r == '-' || r == '/' || r == ':':
			if i+n >= len(line) {
				return i
			}
			next, _ := utf8.DecodeRuneInString(line[i+n:])
			if !isWordRune(next) || r == ':' && !(isDigit(line[i-1]) && isDigit(line[i+n])) {
				return i
			}
			i += n
		default:
			return i
		}
	}
	return i
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
