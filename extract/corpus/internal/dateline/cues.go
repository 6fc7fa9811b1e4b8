package dateline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify tells what kind of cue the date dates[n] of a line is part of,
// and returns the cue's tokens as toks[a:b]. It reports false if the date
// is not part of a cue, for example when it is inside a sentence.
func classify(toks []token, dates []date, n int) (k Kind, a, b int, ok bool) {
	d := dates[n]
	if b, ok := dateline(toks, d); ok {
		return Dateline, 0, b, true
	}
	if k, a, b, ok := stamped(toks, dates, d); ok {
		return k, a, b, true
	}
	return caption(toks, d)
}

// stamped reports whether the date d is part of a timestamp: a published
// or updated line, a byline ending with a date, or a date alone on a line.
func stamped(toks []token, dates []date, d date) (k Kind, a, b int, ok bool) {
	segStart, segEnd := segment(toks, d)
	after, ok := stampAfter(toks, d.j, segEnd)
	if !ok {
		return 0, 0, 0, false
	}
	kw, before := stampBefore(toks, d.i, segStart)
	switch {
	case kw >= 0:
		k := Published
		if isUpdateWord(toks[kw].s) {
			k = Updated
		}
		if kw > segStart && isFillerBefore(toks[kw-1].s) {
			kw--
		}
		if !bylinePrefix(toks[segStart:kw], false, 8) {
			return 0, 0, 0, false
		}
		return k, kw, after, true
	case before == segStart:
		// Only the date and its time in this segment.
		for s := 0; s < segStart; {
			e := s
			for e < len(toks) && toks[e].kind != tSep {
				e++
			}
			if bylinePrefix(toks[s:e], true, 8) {
				return Byline, 0, after, true
			}
			s = e + 1
		}
		if !shortSegments(toks, segStart, segEnd) {
			return 0, 0, 0, false
		}
		if len(dates) == 1 {
			after = last(toks)
		}
		return DateOnly, first(toks, 0), after, true
	case segStart == 0 && bylinePrefix(toks[:before], true, 8),
		segStart == 0 && bylinePrefix(toks[:before], false, 3) && is(toks, before, tComma):
		return Byline, 0, after, true
	}
	return 0, 0, 0, false
}

// first returns the index of the first token from i on that is a word or
// an opening parenthesis: where the text of a cue starts.
func first(toks []token, i int) int {
	for j := i; j < len(toks); j++ {
		if toks[j].kind == tWord || toks[j].kind == tOpen {
			return j
		}
	}
	return i
}

// last returns the index just past the last word or closing parenthesis
// of toks.
func last(toks []token) int {
	for j := len(toks) - 1; j >= 0; j-- {
		if toks[j].kind == tWord || toks[j].kind == tClose {
			return j + 1
		}
	}
	return len(toks)
}

// hasClock reports whether toks hold a clock time: "10:42", "6:53pm",
// "10 a.m.", "3:22 PM".
func hasClock(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord {
			continue
		}
		w := lower(trimDot(t.s))
		switch w {
		case "am", "pm", "a.m", "p.m":
			return true
		}
		if isTime(w) && (strings.ContainsAny(w, ":") || strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm")) {
			return true
		}
	}
	return false
}

// segment returns the bounds of the part of the line, between separators
// such as "|", that holds d.
func segment(toks []token, d date) (start, end int) {
	start = d.i
	for start > 0 && toks[start-1].kind != tSep {
		start--
	}
	end = d.j
	for end < len(toks) && toks[end].kind != tSep {
		end++
	}
	return start, end
}

// shortSegments reports whether the segments of the line other than
// toks[segStart:segEnd] are all short labels ("World", "5 min read") with
// at most four words.
func shortSegments(toks []token, segStart, segEnd int) bool {
	words := 0
	for i, t := range toks {
		switch {
		case i >= segStart && i < segEnd:
		case t.kind == tSep:
			words = 0
		case t.kind == tWord:
			if words++; words > 4 {
				return false
			}
		}
	}
	return true
}

// stampAfter reads the tokens after a date, from toks[j] to the end of
// its segment or the next keyword such as "Updated", and reports whether
// they are all part of a timestamp ("10:42 AM ET"), perhaps followed by a
// short byline ("by admin"). It returns the index just past the last word
// of the date and timestamp.
func stampAfter(toks []token, j, end int) (int, bool) {
	b := j
	for k := j; k < end; k++ {
		if isKeyword(toks[k].s) || isFillerBefore(toks[k].s) && k+1 < end && isKeyword(toks[k+1].s) {
			break
		}
		if lower(toks[k].s) == "by" {
			// "Posted on October 15, 2016 by admin": a short byline may
			// end the segment.
			if words(toks[k+1:end]) > maxByWords {
				return 0, false
			}
			break
		}
		if !isStamp(toks[k]) {
			return 0, false
		}
		if toks[k].kind == tWord || toks[k].kind == tClose {
			b = k + 1
		}
	}
	return b, true
}

// maxByWords is the number of words a byline after a timestamp may have.
const maxByWords = 4

// words returns the number of words in toks.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tWord {
			n++
		}
	}
	return n
}

// stampBefore reads the tokens before a date at toks[i] back to the start
// of its segment and returns the index of the keyword ("Published",
// "Updated") they start with, or -1, and the index of the first token of
// the timestamp that holds the date.
func stampBefore(toks []token, i, start int) (kw, before int) {
	before = i
	for k := i - 1; k >= start; k-- {
		if isKeyword(toks[k].s) {
			return k, k
		}
		if !isStamp(toks[k]) {
			return -1, before
		}
		before = k
	}
	return -1, before
}

// keywords introduce a published or updated timestamp; a final ":" is a
// separate token.
var keywords = map[string]bool{
	"published": true, "posted": true, "publication": true, "released": true,
	"updated": true, "update": true, "modified": true, "revised": true,
}

// isKeyword reports whether w is a keyword of a timestamp.
func isKeyword(w string) bool {
	return len(w) >= 6 && len(w) <= 11 && keywords[lower(w)]
}

// isUpdateWord reports whether the keyword w is about an update.
func isUpdateWord(w string) bool {
	switch lower(w) {
	case "updated", "update", "modified", "revised":
		return true
	}
	return false
}

// isFillerBefore reports whether w may come just before a keyword:
// "First published", "Last updated", "Date published".
func isFillerBefore(w string) bool {
	switch lower(w) {
	case "first", "last", "date", "originally":
		return true
	}
	return false
}

// fillers are the words a timestamp holds besides the date and time.
var fillers = map[string]bool{
	"on": true, "at": true, "date": true, "time": true, "local": true,
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true,
	"edt": true, "et": true, "pst": true, "pdt": true, "pt": true, "cst": true,
	"cdt": true, "ct": true, "ist": true, "msk": true, "eet": true, "eest": true,
	"jst": true, "kst": true, "aest": true, "aedt": true, "sast": true, "wat": true,
	"eat": true, "hrs": true, "h": true, "ago": true, "year": true, "years": true,
	"month": true, "months": true, "week": true, "weeks": true, "day": true,
	"days": true, "hour": true, "hours": true, "min": true, "mins": true,
	"minute": true, "minutes": true,
}

// isStamp reports whether t may be part of a timestamp next to a date:
// punctuation, a time ("10:42", "10.42", "10am"), a time zone, or a word
// such as "on", "at" or, in "6 years ago", "years" and "ago".
func isStamp(t token) bool {
	switch t.kind {
	case tComma, tColon, tDash, tOpen, tClose, tSlash:
		return true
	case tOther:
		return t.s == "+" || t.s == "." || t.s == "@"
	case tWord:
	default:
		return false
	}
	w := trimDot(t.s)
	if isTime(w) {
		return true
	}
	if fillers[lower(w)] {
		return true
	}
	return isZone(w)
}

// isTime reports whether w is a time or an hour: "10:42", "10.42",
// "10:42:00", "10am", "10:42pm", "10".
func isTime(w string) bool {
	if len(w) > 2 {
		switch lower(w[len(w)-2:]) {
		case "am", "pm":
			w = w[:len(w)-2]
		}
	}
	if len(w) == 0 || len(w) > 8 {
		return false
	}
	digitRun := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			if digitRun++; digitRun > 2 {
				return false
			}
		case (c == ':' || c == '.') && digitRun > 0:
			digitRun = 0
		default:
			return false
		}
	}
	return digitRun > 0
}

// isZone reports whether w is written like a time zone: two to five
// capital letters ("BST", "AEDT").
func isZone(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// lower returns the ASCII lower case of w.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// nameJoiners are the lower-case words allowed in a byline.
var nameJoiners = map[string]bool{
	"and": true, "of": true, "the": true, "de": true, "al": true, "in": true,
	"for": true, "van": true, "von": true, "der": true, "da": true, "du": true,
	"la": true, "le": true, "bin": true, "staff": true, "correspondent": true,
	"reporter": true, "writer": true, "editor": true,
}

// bylinePrefix reports whether toks is a byline of at most maxWords words
// besides "By": "By MATTHEW LEE, Associated Press". With by set, toks must
// start with "By"; otherwise it may be a bare name ("Jane Smith") or
// empty.
func bylinePrefix(toks []token, by bool, maxWords int) bool {
	if len(toks) == 0 {
		return !by
	}
	if by && lower(toks[0].s) != "by" {
		return false
	}
	words := 0
	for i, t := range toks {
		switch t.kind {
		case tComma, tDash:
			continue
		case tWord:
		default:
			return false
		}
		if i == 0 && by {
			continue
		}
		if words++; words > maxWords {
			return false
		}
		if !startsUpper(t.s) && !nameJoiners[lower(t.s)] {
			return false
		}
	}
	return words > 0
}

// startsUpper reports whether w starts with an upper-case letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dateline reports whether the date d opens a dateline and returns the
// index just past the dateline's last token. The forms are
//
//	PLACE [, REGION], DATE [TAIL]   "PARIS, Dec. 10 (Reuters) -"
//	PLACE [-] (AGENCY) - DATE [-]   "WASHINGTON (AP) — Dec. 10, 2016"
//
// where TAIL is an agency in parentheses or slashes ("(AFP)",
// "/PRNewswire/"), a dash or a colon, or a dash after an agency. A
// dateline with TAIL may be followed by the story; one without must end
// the line and have its place in capitals ("LONDON, October 15, 2016"), as
// "Jane Smith, Oct. 15, 2016" is a byline. The date of the second form
// must end the line or be followed by a dash or colon.
func dateline(toks []token, d date) (int, bool) {
	if d.i == 0 {
		return 0, false
	}
	p := place(toks, 0)
	if p == 0 {
		return 0, false
	}
	if is(toks, p, tComma) {
		// First form.
		p++
		if p < d.i {
			q := place(toks, p)
			if q == p || !is(toks, q, tComma) {
				return 0, false
			}
			p = q + 1
		}
		if p != d.i {
			return 0, false
		}
		b, ok := tail(toks, d.j)
		if ok && b == d.j && !allCaps(toks[:p]) {
			return 0, false // "Jane Smith, Oct. 15, 2016" is a byline
		}
		return b, ok
	}
	// Second form.
	if is(toks, p, tDash) {
		p++
	}
	q := agency(toks, p)
	if q == p || !is(toks, q, tDash) || q+1 != d.i {
		return 0, false
	}
	switch {
	case d.j == len(toks):
		return d.j, true
	case is(toks, d.j, tDash), is(toks, d.j, tColon):
		return d.j + 1, true
	}
	return 0, false
}

// allCaps reports whether the words of toks, apart from joiners such as
// "de", have no lower-case letters.
func allCaps(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord || placeJoiners[t.s] {
			continue
		}
		for _, r := range t.s {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// tail reads what may follow the date of a dateline at toks[k] and
// returns the index just past it.
func tail(toks []token, k int) (int, bool) {
	if k == len(toks) {
		return k, true
	}
	if is(toks, k, tDash) || is(toks, k, tColon) {
		return k + 1, true
	}
	if q := agency(toks, k); q > k {
		if is(toks, q, tDash) || is(toks, q, tColon) {
			q++
		}
		return q, true
	}
	return 0, false
}

// agency reads the name of a news agency in parentheses or slashes at
// toks[k] ("(Reuters)", "(GLOBE NEWSWIRE)", "/PRNewswire/") and returns
// the index just past it, or k if there is none.
func agency(toks []token, k int) int {
	var closer tokKind
	switch {
	case is(toks, k, tOpen):
		closer = tClose
	case is(toks, k, tSlash):
		closer = tSlash
	default:
		return k
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		switch {
		case toks[j].kind == closer:
			if j == k+1 {
				return k
			}
			return j + 1
		case toks[j].kind != tWord && toks[j].kind != tDash:
			return k
		}
	}
	return k
}

// notPlaces are capitalised words that open sentences rather than
// datelines.
var notPlaces = map[string]bool{
	"however": true, "meanwhile": true, "on": true, "in": true, "at": true,
	"by": true, "since": true, "until": true, "from": true, "as": true,
	"and": true, "but": true, "so": true, "then": true, "today": true,
	"yesterday": true, "tomorrow": true, "also": true, "date": true,
	"last": true, "first": true, "before": true, "after": true, "of": true,
	"photo": true, "file": true, "image": true, "updated": true, "published": true,
	"posted": true, "modified": true, "tonight": true, "now": true, "here": true,
	"this": true, "that": true, "it": true, "he": true, "she": true, "they": true,
	"we": true, "i": true, "you": true, "a": true, "an": true,
}

// placeJoiners are the lower-case words allowed inside a place name.
var placeJoiners = map[string]bool{
	"de": true, "del": true, "da": true, "do": true, "dos": true, "du": true,
	"la": true, "le": true, "les": true, "al": true, "el": true, "of": true,
	"upon": true, "am": true, "an": true, "der": true, "es": true, "sur": true,
	"y": true, "en": true,
}

// place reads a place name of one to five words at toks[k] ("PARIS", "Rio
// de Janeiro", "ST. LOUIS", "Calif.") and returns the index just past it,
// or k if there is none.
func place(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+5 && toks[j].kind == tWord {
		w := toks[j].s
		switch {
		case lookupName(months, w) > 0 || lookupName(weekdays, w) > 0:
			return k
		case startsUpper(w):
			if j == k && notPlaces[lower(trimDot(w))] {
				return k
			}
			if strings.ContainsAny(w, "0123456789") {
				return k
			}
		case j > k && placeJoiners[w]:
		default:
			return k
		}
		j++
	}
	if j < len(toks) && toks[j].kind == tWord {
		return k // too long for a place
	}
	return j
}

// caption reports whether the date d ends a photo caption, and returns
// the date's tokens. The date has a year, ends a sentence and either is
// written with its weekday after a comma and a capitalised word ("in
// Geneva, Switzerland, Friday, Aug. 26, 2016.") or is followed by a photo
// credit ("Switzerland August 26, 2016. REUTERS/Denis Balibouse").
// Captions of file photos are not read: their date is not the story's.
func caption(toks []token, d date) (Kind, int, int, bool) {
	if d.y == 0 || d.i < minCaption || !startsUpper(toks[0].s) {
		return 0, 0, 0, false
	}
	rest := toks[d.j:]
	ends := strings.HasSuffix(toks[d.j-1].s, ".")
	if len(rest) > 0 && rest[0].kind == tOther && rest[0].s == "." {
		ends = true
		rest = rest[1:]
	}
	if !ends {
		return 0, 0, 0, false
	}
	for _, t := range toks {
		if strings.EqualFold(trimDot(t.s), "file") {
			return 0, 0, 0, false
		}
	}
	prev := toks[d.i-1]
	switch {
	case d.wd != 0 && prev.kind == tComma && toks[d.i-2].kind == tWord && startsUpper(toks[d.i-2].s):
		if len(rest) > 0 && !isCredit(rest) {
			return 0, 0, 0, false
		}
	case len(rest) > 0 && isCredit(rest) && (prev.kind == tComma || prev.kind == tWord && startsUpper(prev.s)):
	default:
		return 0, 0, 0, false
	}
	return Caption, d.i, d.j, true
}

// minCaption is the number of tokens a caption has before its date.
const minCaption = 5

// isCredit reports whether toks is a photo credit ending a caption:
// "(AP Photo/Martial Trezzini)", "REUTERS/Denis Balibouse", "AFP PHOTO /
// FABRICE COFFRINI".
func isCredit(toks []token) bool {
	if len(toks) == 0 || len(toks) > 10 {
		return false
	}
	if toks[0].kind == tOpen && toks[len(toks)-1].kind == tClose {
		for _, t := range toks {
			switch lower(t.s) {
			case "photo", "photos", "ap", "reuters", "afp", "getty", "epa", "credit", "photograph":
				return true
			}
			if i := strings.IndexByte(t.s, '/'); i > 0 && isZone(t.s[:min(i, 5)]) {
				return true
			}
		}
		return false
	}
	w := toks[0].s
	if i := strings.IndexByte(w, '/'); i > 0 {
		w = w[:i]
	}
	switch w {
	case "REUTERS", "AFP", "AP", "EPA", "XINHUA", "GETTY", "Reuters":
		return true
	}
	return false
}
