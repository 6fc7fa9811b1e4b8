package furniture

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// months maps month names and abbreviations, lower case, to true.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// weekdays maps weekday names and abbreviations, lower case, to true.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true,
	"tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true,
}

// zones are time zones and clock words of timestamps, lower case.
var zones = map[string]bool{
	"gmt": true, "bst": true, "utc": true, "est": true, "edt": true, "cst": true,
	"cdt": true, "pst": true, "pdt": true, "et": true, "pt": true, "cet": true,
	"cest": true, "msk": true, "ist": true, "aest": true, "aedt": true, "sast": true,
	"eet": true, "eest": true, "wat": true, "eat": true, "jst": true, "kst": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "ago": true, "hrs": true,
}

// stampFillers are the other words a timestamp line may hold.
var stampFillers = map[string]bool{
	"published": true, "updated": true, "posted": true, "first": true, "last": true,
	"modified": true, "on": true, "at": true, "date": true, "created": true,
	"hours": true, "hour": true, "minutes": true, "minute": true, "mins": true,
	"min": true, "days": true, "day": true, "weeks": true, "week": true,
	"months": true, "month": true, "years": true, "year": true, "seconds": true,
	"just": true, "now": true, "|": true, "-": true, "–": true, "—": true, "/": true,
	"•": true, "·": true, "and": true, "time": true, "local": true,
	"update": true, "read": true, "uk": true,
}

// nameJoiners are lower-case words allowed in a byline's names.
var nameJoiners = map[string]bool{
	"and": true, "for": true, "in": true, "of": true, "the": true, "de": true,
	"al": true, "bin": true, "ibn": true, "van": true, "von": true, "der": true,
	"du": true, "la": true, "le": true, "da": true, "with": true, "dos": true,
	"del": true, "y": true, "&": true, "|": true, "-": true, "–": true, "—": true,
	"•": true, "·": true, "/": true, "staff": true, "correspondent": true,
	"reporter": true, "writer": true, "editor": true, "in-chief": true,
}

// roles end a line that names an author's job: "BBC diplomatic
// correspondent", "Ian Black Middle East editor".
var roles = map[string]bool{
	"correspondent": true, "editor": true, "reporter": true, "writer": true,
	"columnist": true, "contributor": true, "producer": true, "journalist": true,
	"reporters": true, "writers": true, "correspondents": true, "editors": true,
}

// roleWords are lower-case words allowed before a role.
var roleWords = map[string]bool{
	"diplomatic": true, "political": true, "chief": true, "senior": true,
	"foreign": true, "security": true, "defence": true, "defense": true,
	"international": true, "world": true, "affairs": true, "news": true,
	"staff": true, "deputy": true, "associate": true, "contributing": true,
	"special": true, "investigations": true, "investigative": true, "and": true,
	"of": true, "the": true, "for": true, "in": true, "global": true,
	"economics": true, "business": true, "health": true, "legal": true,
	"regional": true, "middle": true, "east": true, "north": true, "south": true,
	"africa": true, "europe": true, "asia": true, "bureau": true, "managing": true,
	"executive": true, "assistant": true, "freelance": true, "digital": true,
	"china": true, "us": true, "europe's": true, "home": true,
}

// wordOf returns w lower-cased with surrounding punctuation removed.
func wordOf(w string) string {
	w = strings.Trim(w, ",;:()[]\"'")
	w = strings.TrimRight(w, ".")
	return strings.ToLower(w)
}

// isDateWord reports whether the lower-case word w is part of a date or
// time, and whether it is strong evidence of one (a month, weekday, year,
// clock time, time zone or "ago") rather than a bare number.
func isDateWord(w []byte) (date, strong bool) {
	if len(w) == 0 {
		return false, false
	}
	if months[string(w)] || weekdays[string(w)] || zones[string(w)] {
		return true, true
	}
	if len(w) > 4 && (string(w[:4]) == "utc+" || string(w[:4]) == "utc-" || string(w[:4]) == "gmt+" || string(w[:4]) == "gmt-") {
		return true, true
	}
	// Clock times and numeric dates: "11:41", "13.45", "10/12/2019",
	// "2016-12-05", "11:32am", "6th".
	digits, seps := 0, 0
	var rest []byte
	for i, c := range w {
		if isDigitByte(c) {
			digits++
		} else if c == ':' || c == '.' || c == '/' || c == '-' {
			seps++
		} else {
			rest = w[i:]
			break
		}
	}
	if digits == 0 {
		return false, false
	}
	switch string(rest) {
	case "", "st", "nd", "rd", "th", "h", "hrs":
		return true, seps > 0 || isYear(w)
	case "am", "pm", "a.m", "p.m":
		return true, true
	}
	return false, false
}

// trimWord removes the punctuation around a folded word.
func trimWord(w []byte) []byte {
	w = bytes.Trim(w, ",;:()[]\"'")
	return bytes.TrimRight(w, ".")
}

// endsWithDate reports whether t is a headline that ends with a separator
// and a date: "Tips for becoming a good boxer - November 6, 2020".
func endsWithDate(t string) bool {
	// Cheap test first: a date ends with a digit.
	if c := t[len(t)-1]; !isDigitByte(c) {
		return false
	}
	// f holds the last six words, f[5] the last; n of them are set.
	var f [6]string
	n := 0
	for end := len(t); n < len(f); {
		for end > 0 && (t[end-1] == ' ' || t[end-1] == '\t') {
			end--
		}
		if end == 0 {
			break
		}
		start := strings.LastIndexAny(t[:end], " \t") + 1
		n++
		f[len(f)-n] = t[start:end]
		end = start
	}
	// Find the separator before the date at the end, after a headline of
	// two words or more: "November 6, 2020", "6 November 2020", "Nov. 6,
	// 2020", "2020-11-06", "06/11/2020".
	sep := ""
	switch {
	case n == 6 && isYear([]byte(f[5])) && months[wordOf(f[3])] && isDay(wordOf(f[4])):
		sep = f[2]
	case n == 6 && isYear([]byte(f[5])) && months[wordOf(f[4])] && isDay(wordOf(f[3])):
		sep = f[2]
	case n >= 4 && isNumericDate(f[5]):
		sep = f[4]
	default:
		return false
	}
	switch sep {
	case "-", "–", "—", "|", "·", "•", "/":
		return true
	}
	return false
}

// isDay reports whether w is a day of the month, 1 to 31.
func isDay(w string) bool {
	w = strings.TrimRight(w, "stndrh")
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	d := 0
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
		d = d*10 + int(w[i]-'0')
	}
	return d >= 1 && d <= 31
}

// isNumericDate reports whether w is a date written with digits and two
// separators: "2020-11-06", "06/11/2020", "06.11.2020".
func isNumericDate(w string) bool {
	parts := 0
	seps := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigitByte(c):
			if i == 0 || !isDigitByte(w[i-1]) {
				parts++
			}
		case c == '-' || c == '/' || c == '.':
			seps++
		default:
			return false
		}
	}
	return parts == 3 && seps == 2 && len(w) >= 8
}

// isByline reports whether the line t, folded to lo, holds only a byline, a timestamp or both: "By Patrick
// Cockburn", "Published: 10:42 EST, 13 January 2014", "Mon 13 Jan 2014
// 13.45 GMT", "3 hours ago", "BBC diplomatic correspondent". A dateline
// ("PARIS, Dec. 10 (Reuters) -") is not one.
func isByline(t string, lo []byte, f folded) bool {
	words := f.words
	if strings.HasSuffix(t, "-") || strings.HasSuffix(t, "—") || strings.HasSuffix(t, "–") {
		return false // a dateline whose story follows on the next line
	}
	digit := f.digit
	first := string(firstWord(lo))
	switch first {
	case "by", "posted", "written", "words":
		if ws := strings.Fields(t); first == "by" || len(ws) > 1 && wordOf(ws[1]) == "by" {
			return isNameLine(ws)
		}
	}
	if words <= 8 {
		last := lo
		if i := bytes.LastIndexByte(lo, ' '); i >= 0 {
			last = lo[i+1:]
		}
		if roles[string(trimWord(last))] && isRoleLine(strings.Fields(t)) {
			return true
		}
	}
	if !digit && words > 3 {
		return false // a timestamp has a number unless it is as short as "Just now"
	}
	strong := false
	for w := range bytes.FieldsSeq(lo) {
		w = trimWord(w)
		if len(w) == 0 {
			continue
		}
		d, s := isDateWord(w)
		if !d && !stampFillers[string(w)] && !agencies[string(w)] {
			return false
		}
		strong = strong || s
	}
	return strong
}

// isNameLine reports whether words, starting with "By", name authors and
// perhaps a time: "By MATTHEW LEE and JAMEY KEATEN, Associated Press",
// "by Joel Gehrke | December 05, 2016 11:41 AM".
func isNameLine(words []string) bool {
	i := 1
	if w := wordOf(words[0]); w != "by" {
		i = 2 // "posted by", "written by", "words by"
		if len(words) > i && w == "posted" {
			i++ // "Posted by admin": any single user name
		}
	}
	if i >= len(words) {
		return false
	}
	if i == 1 {
		r, _ := utf8.DecodeRuneInString(words[1])
		if !unicode.IsUpper(r) {
			return false
		}
	}
	for _, w := range words[i:] {
		lw := wordOf(w)
		if lw == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || nameJoiners[lw] || stampFillers[lw] {
			continue
		}
		if d, _ := isDateWord([]byte(lw)); d {
			continue
		}
		return false
	}
	return !endsSentence(words[len(words)-1]) || len(wordOf(words[len(words)-1])) <= 2
}

// isRoleLine reports whether words name an author's job, perhaps after the
// author's name: "Political Editor", "Ian Black Middle East editor".
func isRoleLine(words []string) bool {
	if len(words) > 8 || !roles[wordOf(words[len(words)-1])] || endsSentence(words[len(words)-1]) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !roleWords[wordOf(w)] {
			return false
		}
	}
	return true
}
