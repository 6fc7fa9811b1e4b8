package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are honorifics dropped before a surname when matching names:
// "Mr Kerry" is the bare surname "Kerry".
var titles = map[string]bool{"Mr": true, "Mr.": true, "Mrs": true, "Mrs.": true, "Ms": true, "Ms.": true, "Dr": true, "Dr.": true}

// surname returns the bare surname name stands for ("Kerry" for "Kerry"
// and "Mr Kerry") and true, or false when name is not a bare surname.
func surname(name string) (string, bool) {
	f := strings.Fields(name)
	switch {
	case len(f) == 1:
		return f[0], true
	case len(f) == 2 && titles[f[0]]:
		return f[1], true
	}
	return "", false
}

// canonicalNames returns a function that maps a bare surname to the full
// name with that last word when names (all the participants of the set)
// hold exactly one such full name, and every other name to itself.
func canonicalNames(names []string) func(string) string {
	full := make(map[string]string) // last word -> full name, or "" when there are several
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 2 || titles[f[0]] {
			continue
		}
		last := f[len(f)-1]
		if prev, ok := full[last]; ok && prev != n {
			full[last] = ""
		} else if !ok {
			full[last] = n
		}
	}
	return func(n string) string {
		if s, ok := surname(n); ok {
			if f := full[s]; f != "" {
				return f
			}
		}
		return n
	}
}

// headWord returns the word of a trigger that names the event, used to
// tell whether two mentions without participants or places are about the
// same thing: the last word, lower case, without a plural s ("peace talks"
// and "talks" give "talk", "air strikes" gives "strike").
func headWord(trigger string) string {
	f := strings.Fields(strings.ToLower(trigger))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// folds maps accented Latin letters to the ASCII letters slugs use.
var folds = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ù': "u",
	'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss", 'œ': "oe", 'ş': "s",
	'ğ': "g", 'ı': "i", 'ł': "l", 'ś': "s", 'ź': "z", 'ż': "z", 'č': "c", 'š': "s", 'ž': "z",
}

// slug returns s in lower case with accents folded, every run of other
// characters than [a-z0-9] turned into one hyphen, and no hyphen at
// either end: "Bashar al-Assad" gives "bashar-al-assad".
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		var out string
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			out = string(r)
		case folds[r] != "":
			out = folds[r]
		default:
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(out)
	}
	return b.String()
}

// nameSlug returns the short slug of a participant for event IDs: an
// acronym whole ("UN" gives "un"), any other name by its last word ("John
// Kerry" gives "kerry", "Bashar al-Assad" gives "al-assad").
func nameSlug(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	if len(f) == 1 || isAcronym(name) {
		return slug(name)
	}
	return slug(f[len(f)-1])
}

// isAcronym reports whether s has letters and all of them are upper case,
// such as "UN" or "U.S.".
func isAcronym(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// nameList joins names for a headline: "A", "A and B", "A, B and C", or
// the first three and "others".
func nameList(names []string) string {
	switch n := len(names); {
	case n == 0:
		return ""
	case n == 1:
		return names[0]
	case n <= 3:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
	return strings.Join(names[:3], ", ") + " and others"
}
