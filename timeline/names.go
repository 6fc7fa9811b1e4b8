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

// nameSlug returns the short slug of a participant for event IDs: a
// person by the last word of the name ("John Kerry" gives "kerry",
// "Bashar al-Assad" gives "al-assad"), anything else whole ("UN" gives
// "un", "United States" gives "united-states", "Syrian government" gives
// "syrian-government").
func nameSlug(name string) string {
	f := strings.Fields(name)
	if len(f) <= 1 || !personLike(f) || countryOf(name) != "" {
		return slug(name)
	}
	return slug(f[len(f)-1])
}

// particles are the lower-case words that may come inside a person's
// name: "Staffan de Mistura", "Adel bin Ahmed al-Jubeir".
var particles = map[string]bool{
	"al": true, "el": true, "de": true, "da": true, "di": true, "du": true, "van": true, "von": true,
	"der": true, "bin": true, "ibn": true, "abu": true, "la": true, "le": true,
}

// groupWords end the names of states, armies and organisations rather than
// people: "United Nations", "Free Syrian Army".
var groupWords = map[string]bool{
	"States": true, "Nations": true, "Kingdom": true, "Emirates": true, "Union": true, "Army": true,
	"Forces": true, "Front": true, "Council": true, "Crescent": true, "Cross": true, "Committee": true,
	"Organization": true, "Organisation": true, "Coalition": true, "Ministry": true, "Government": true,
	"State": true, "Brigade": true, "Brigades": true, "Movement": true, "Party": true, "Federation": true,
	"Republic": true, "Command": true, "Agency": true, "Office": true, "Programme": true, "Program": true,
	"Fund": true, "Commission": true, "Guard": true, "Guards": true, "Units": true, "Group": true,
	"Alliance": true, "League": true, "Opposition": true, "Sham": true, "Islam": true, "Nusra": true,
}

// personLike reports whether the words of a name look like a person's:
// each capitalised or a particle ("al-Assad" counts as one), and the last
// not a word that ends the names of groups.
func personLike(words []string) bool {
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		lower := strings.ToLower(w)
		if !unicode.IsUpper(first) && !particles[lower] && !particles[strings.SplitN(lower, "-", 2)[0]] {
			return false
		}
	}
	return !groupWords[words[len(words)-1]]
}

// pluralName reports whether a participant's name takes a plural verb:
// "rebels", "Islamist fighters", but not "Isis" or "United States".
func pluralName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	if countryOf(name) != "" || last == "Nations" {
		return false
	}
	for _, end := range []string{"ss", "is", "us", "as", "os"} {
		if strings.HasSuffix(last, end) {
			return false
		}
	}
	return strings.HasSuffix(last, "s")
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
