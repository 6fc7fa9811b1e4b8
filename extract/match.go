package extract

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"time"
)

// match is a temporal expression found over tokens [start, end) of a
// sentence, not yet resolved.
type match struct {
	start, end int       // token indices, end exclusive
	typ        Type      // TIMEX3 type
	rule       string    // rule name, reported in the output
	resolve    resolveFn // computes value and mod
}

// resolveFn computes the TIMEX3 value and mod of a match in its context.
type resolveFn func(c *sentence) (value, mod string)

// constant returns a resolveFn with a fixed value and mod.
func constant(value, mod string) resolveFn {
	return func(*sentence) (string, string) { return value, mod }
}

// matcher finds temporal expressions over the tokens of one sentence.
type matcher struct {
	toks   []token
	clocks map[int]clockAt // clock times by first token index
}

// clockAt is a clock time spanning tokens [start, end).
type clockAt struct {
	end          int // token index just past the clock time
	hour, minute int // 24-hour clock
}

func (m *matcher) tok(i int) token {
	if i < 0 || i >= len(m.toks) {
		return token{kind: tokPunct, start: -1, end: -1}
	}
	return m.toks[i]
}

// is reports whether token i is one of words (lower-case).
func (m *matcher) is(i int, words ...string) bool {
	if i < 0 || i >= len(m.toks) {
		return false
	}
	w := m.toks[i].low
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// glued reports whether token i follows token i-1 with no space between.
func (m *matcher) glued(i int) bool { return i > 0 && i < len(m.toks) && !m.toks[i].space }

// hyphen reports whether tokens i-1, i, i+1 are joined by a hyphen with no spaces: "72-hour".
func (m *matcher) hyphenAt(i int) bool {
	return i > 0 && i+1 < len(m.toks) && m.toks[i].low == "-" && !m.toks[i].space && !m.toks[i+1].space
}

// all finds every expression in the sentence, left to right, longest first.
func (m *matcher) all() []match {
	var out []match
	for i := 0; i < len(m.toks); {
		if !m.canStart(i) {
			i++
			continue
		}
		best, ok := m.at(i)
		if !ok {
			i++
			continue
		}
		out = append(out, best)
		i = best.end
	}
	return out
}

// canStart reports whether an expression can begin at token i: a cheap
// filter that spares the matchers the great majority of words.
func (m *matcher) canStart(i int) bool {
	t := m.toks[i]
	switch t.kind {
	case tokNum:
		return true
	case tokPunct:
		return (t.low == "'" || t.low == "’") && m.tok(i+1).kind == tokNum
	}
	if _, ok := m.clocks[i]; ok {
		return true
	}
	return startSet[t.low]
}

// startSet holds every word that can begin an expression: the start words
// and the keys of every lexicon, gathered once.
var startSet = func() map[string]bool {
	set := make(map[string]bool, 256)
	for w := range startWords {
		set[w] = true
	}
	add := func(keys func(func(string) bool)) {
		for w := range keys {
			set[w] = true
		}
	}
	add(maps.Keys(monthNames))
	add(maps.Keys(monthAbbrevs))
	add(maps.Keys(weekdayNames))
	add(maps.Keys(weekdayAbbrevs))
	add(maps.Keys(numberWords))
	add(maps.Keys(unitWords))
	add(maps.Keys(setAdverbs))
	add(maps.Keys(seasonCodes))
	add(maps.Keys(ordinalWords))
	add(maps.Keys(decadeWords))
	add(maps.Keys(vagueQuantities))
	add(maps.Keys(longWords))
	return set
}()

// startWords begin expressions without being times themselves.
var startWords = map[string]bool{
	"the": true, "this": true, "last": true, "next": true, "past": true, "previous": true, "coming": true,
	"current": true, "following": true, "early": true, "late": true, "mid": true, "earlier": true,
	"later": true, "that": true, "every": true, "each": true, "per": true, "more": true, "less": true,
	"fewer": true, "at": true, "up": true, "nearly": true, "almost": true, "about": true, "around": true,
	"approximately": true, "roughly": true, "some": true, "over": true, "today": true, "yesterday": true,
	"tomorrow": true, "tonight": true, "overnight": true, "midmorning": true, "midafternoon": true, "midevening": true, "now": true, "currently": true, "nowadays": true, "presently": true,
	"recently": true, "lately": true, "soon": true, "these": true, "in": true, "recent": true, "half": true,
	"fiscal": true, "fy": true, "year": true, "christmas": true, "new": true, "thanksgiving": true,
	"easter": true, "halloween": true, "labor": true, "labour": true, "memorial": true,
	"independence": true, "valentine": true, "election": true, "a": true, "an": true, "couple": true,
	"nineteen": true, "eighteen": true, "two": true,
}

func (m *matcher) at(i int) (match, bool) {
	t := m.toks[i]
	if t.kind == tokPunct && t.low != "'" && t.low != "’" {
		return match{}, false
	}
	var best match
	found := false
	try := func(mt match, ok bool) {
		if ok && mt.end > mt.start && (!found || mt.end > best.end) {
			best, found = mt, true
		}
	}
	try(m.clock(i))
	try(m.modified(i))
	try(m.around(i))
	try(m.absolute(i))
	try(m.coordinatedDay(i))
	try(m.weekday(i))
	try(m.dayWord(i))
	try(m.overnight(i))
	try(m.relative(i))
	try(m.anaphoric(i))
	try(m.month(i))
	try(m.year(i))
	try(m.quarter(i))
	try(m.yearPhrase(i))
	try(m.season(i))
	try(m.duration(i))
	try(m.set(i))
	try(m.ref(i))
	try(m.holiday(i))
	return best, found
}

// ---- numbers

// number parses a cardinal at token i: digits, words ("twenty-five",
// "a"), or "1 1/2". It returns the value (0 for vague: "several"), the
// token after it, and whether it is vague.
func (m *matcher) number(i int) (n float64, next int, vague, ok bool) {
	t := m.tok(i)
	switch {
	case t.kind == tokNum:
		n = float64(t.num)
		next = i + 1
		// 1,000 or 5.5
		if m.is(next, ",") && m.glued(next) && m.tok(next+1).kind == tokNum && len(m.tok(next+1).text) == 3 && m.glued(next+1) {
			n = n*1000 + float64(m.tok(next+1).num)
			next += 2
		}
		if m.is(next, ".") && m.glued(next) && m.tok(next+1).kind == tokNum && m.glued(next+1) {
			f, err := strconv.ParseFloat(t.text+"."+m.tok(next+1).text, 64)
			if err == nil {
				n = f
				next += 2
			}
		}
		// "5 1/2"
		if m.tok(next).kind == tokNum && m.is(next+1, "/") && m.tok(next+2).kind == tokNum && m.tok(next+2).num != 0 {
			n += float64(m.tok(next).num) / float64(m.tok(next+2).num)
			next += 3
		}
		return n, next, false, true
	case t.kind == tokWord:
		if v, ok := numberWords[t.low]; ok {
			n, next = float64(v), i+1
			// "twenty-five", "twenty five"
			if v >= 20 && v < 100 && v%10 == 0 {
				j := next
				if m.hyphenAt(j) {
					j++
				}
				if u, ok := numberWords[m.tok(j).low]; ok && u < 10 && m.tok(j).low != "a" && m.tok(j).low != "an" {
					n += float64(u)
					next = j + 1
				}
			}
			if m.is(next, "hundred") {
				n *= 100
				next++
			}
			if m.is(next, "thousand") && t.low != "a" && t.low != "an" {
				n *= 1000
				next++
			}
			if (t.low == "a" || t.low == "an") && m.is(next, "half") {
				return 0.5, next + 1, false, true
			}
			if m.is(next, "and", "-") && m.is(next+1, "a") && m.is(next+2, "half") {
				n += 0.5
				next += 3
			}
			return n, next, false, true
		}
		if t.low == "a" && m.is(i+1, "few", "couple") {
			j := i + 2
			if m.is(j, "of") {
				j++
			}
			return 2, j, m.is(i+1, "few"), true
		}
		if vagueQuantities[t.low] {
			return 0, i + 1, true, true
		}
		if t.low == "half" && m.is(i+1, "a", "an") {
			return 0.5, i + 2, false, true
		}
	}
	return 0, i, false, false
}

// ---- durations

// durationValue formats a TIMEX3 duration of n units (0 = unspecified: X).
func durationValue(n float64, u unit, vague bool) string {
	letter, isTime := durationLetter(u)
	prefix := "P"
	if isTime {
		prefix = "PT"
	}
	if vague {
		return prefix + "X" + letter
	}
	switch u {
	case uWeekend:
		return fmt.Sprintf("P%sWE", fmtNum(n))
	case uQuarter:
		return fmt.Sprintf("P%sQ", fmtNum(n))
	case uDecade:
		return fmt.Sprintf("P%sY", fmtNum(10*n))
	case uCentury:
		return fmt.Sprintf("P%sY", fmtNum(100*n))
	}
	if n != float64(int(n)) {
		// 1.5 hours: PT1H30M; 1.5 years: P18M; 2.5 days: PT60H
		switch u {
		case uHour:
			return fmt.Sprintf("PT%dH%dM", int(n), int((n-float64(int(n)))*60+0.5))
		case uMinute:
			return fmt.Sprintf("PT%dM%dS", int(n), int((n-float64(int(n)))*60+0.5))
		case uDay:
			return fmt.Sprintf("PT%sH", fmtNum(24*n))
		case uWeek:
			return fmt.Sprintf("P%sD", fmtNum(7*n))
		case uMonth:
			return fmt.Sprintf("P%sW", fmtNum(4*n))
		case uYear:
			if months := int((n-float64(int(n)))*12 + 0.5); int(n) > 0 {
				return fmt.Sprintf("P%dY%dM", int(n), months)
			}
			return fmt.Sprintf("P%sM", fmtNum(12*n))
		}
	}
	return prefix + fmtNum(n) + letter
}

func fmtNum(n float64) string { return strconv.FormatFloat(n, 'f', -1, 64) }

// unitAt returns the unit named by token i.
func (m *matcher) unitAt(i int) (unit, bool) {
	u, ok := unitWords[m.tok(i).low]
	return u, ok
}

// plural reports whether the unit word at i is plural.
func (m *matcher) plural(i int) bool {
	return strings.HasSuffix(m.tok(i).low, "s") || m.tok(i).low == "centuries"
}

// duration matches "five years", "72-hour", "the last two months",
// "several days", "years", "more than a decade".
func (m *matcher) duration(i int) (match, bool) {
	start := i
	mod := ""
	j := i
	// leading quantity modifiers
	switch {
	case m.is(j, "more", "less", "fewer") && m.is(j+1, "than"):
		mod = map[string]string{"more": "MORE_THAN", "less": "LESS_THAN", "fewer": "LESS_THAN"}[m.tok(j).low]
		j += 2
	case m.is(j, "at") && m.is(j+1, "least"):
		mod, j = "EQUAL_OR_MORE", j+2
	case m.is(j, "at") && m.is(j+1, "most"):
		mod, j = "EQUAL_OR_LESS", j+2
	case m.is(j, "up") && m.is(j+1, "to"):
		mod, j = "EQUAL_OR_LESS", j+2
	case m.is(j, "nearly", "almost"):
		mod, j = "LESS_THAN", j+1
	case m.is(j, "about", "around", "approximately", "roughly", "some") && !m.is(j+1, "of"):
		if _, _, _, ok := m.number(j + 1); ok {
			mod, j = "APPROX", j+1
		}
	}
	// "the last two months", "the past five years", "the first nine months", "the nine months"
	lead := j
	if m.is(j, "the") {
		k := j + 1
		if m.is(k, "last", "past", "next", "previous", "coming", "first", "final", "latest", "following", "ensuing", "preceding") {
			k++
		}
		if _, nx, vague, ok := m.number(k); ok && !vague && m.tok(k).low != "a" && m.tok(k).low != "an" {
			if _, ok := m.unitAt(nx); ok {
				j = k
			}
		} else if m.is(k, "few", "several") {
			j = k
		}
		if j == lead && m.is(lead+1, "last", "past", "next", "previous", "coming") && m.plural(lead+2) {
			if _, ok := m.unitAt(lead + 2); ok { // "the past weeks"
				j = lead + 2
				u, _ := m.unitAt(j)
				return match{start: start, end: j + 1, typ: Duration, rule: "duration-vague", resolve: constant(durationValue(0, u, true), mod)}, true
			}
		}
	} else if m.is(j, "last", "past", "next", "previous", "coming", "first") {
		// "last five years", "past 20 years", "first nine months"
		if n, nx, vague, ok := m.number(j + 1); ok && !vague && n > 1 {
			if _, ok := m.unitAt(nx); ok {
				j++
			}
		}
	}
	if mt, ok := m.longAdjective(i); ok && j == i {
		return mt, true
	}
	n, next, vague, ok := m.number(j)
	if !ok {
		return m.bareDuration(i)
	}
	// number and unit, optionally hyphenated: "72-hour", "two-year"
	k := next
	hyphen := m.hyphenAt(k)
	if hyphen {
		k++
	}
	if m.is(k, "more", "additional", "straight", "consecutive", "full", "long") && !hyphen {
		k++ // "20 more years", "three straight days"
	}
	u, ok := m.unitAt(k)
	if !ok {
		return match{}, false
	}
	ut := m.tok(k)
	article := m.tok(j).low == "a" || m.tok(j).low == "an"
	switch {
	case article && m.plural(k):
		return match{}, false
	case m.tok(j).kind == tokNum && m.tok(j).num == 0 && n == 0:
		return match{}, false
	case ut.upper && k > 0 && !hyphen && m.tok(j).kind == tokNum:
		return match{}, false // "60 Minutes" is a programme
	case hyphen && m.plural(k):
		return match{}, false // "three-quarters" is a fraction
	case u == uQuarter && (m.is(k+1, "of") || article || m.tok(j).low == "one"):
		return match{}, false // "a quarter of its food"
	case u == uSecond && !m.plural(k) && !hyphen:
		return match{}, false // "a second group", "the 1988 second quarter"
	case !m.plural(k) && !hyphen && n >= 2 && m.tok(j).kind == tokNum:
		return match{}, false // "the 1988 quarter", "10 year"
	case m.is(k+1, "-") && m.glued(k+1) && m.is(k+2, "old"), m.is(k+1, "old"):
		return match{}, false // ages are not times: "a 44-year-old protester"
	}
	if (article || m.tok(j).low == "one") && !hyphen {
		// "a year ago" is a date, matched elsewhere; "$500 million a
		// year" is a rate; "a second" an ordinal
		if m.is(k+1, "ago", "earlier", "later", "from") {
			return match{}, false
		}
		// a length of time before "after" or "before" and the event it
		// counts from is a duration: "one year after he was killed"
		relation := m.is(k+1, "after", "before") && m.tok(k+2).kind != tokPunct && m.tok(k+2).start >= 0
		// "as long as a month", "as little as a week"
		asLong := m.is(j-1, "as") && m.is(j-2, "long", "little", "much", "short") && m.is(j-3, "as")
		if j == lead && !relation && !asLong && !m.is(j-1, "for", "within", "than", "about", "nearly", "almost", "over", "after", "before",
			"least", "only", "just", "barely", "some", "in", "of", "lasted", "last", "took", "spent", "around", "under", "past", "first", "another") {
			return match{}, false
		}
	}
	if m.is(k+1, "ago", "earlier", "later") && !m.is(k+2, "that", "the", "this") {
		return match{}, false // a relative date, matched elsewhere
	}
	end := k + 1
	if m.is(end, "and") && m.is(end+1, "a") && m.is(end+2, "half") {
		n += 0.5
		end += 3
	}
	return match{start: start, end: end, typ: Duration, rule: "duration", resolve: constant(durationValue(n, u, vague), mod)}, true
}

// longWords are one-word adjectives of length: "a yearlong inquiry".
var longWords = map[string]unit{
	"hourlong": uHour, "daylong": uDay, "weeklong": uWeek, "monthlong": uMonth, "yearlong": uYear,
	"decadelong": uDecade,
}

// longAdjective matches a unit made an adjective of length: "a day-long
// meeting" (P1D), "a yearlong inquiry" (P1Y), "a decades-long feud" (PXDE).
func (m *matcher) longAdjective(i int) (match, bool) {
	if u, ok := longWords[m.tok(i).low]; ok {
		return match{start: i, end: i + 1, typ: Duration, rule: "duration", resolve: constant(durationValue(1, u, false), "")}, true
	}
	u, ok := m.unitAt(i)
	if !ok || !m.hyphenAt(i+1) || !m.is(i+2, "long") || u == uWeekend {
		return match{}, false
	}
	return match{start: i, end: i + 3, typ: Duration, rule: "duration", resolve: constant(durationValue(1, u, m.plural(i)), "")}, true
}

// bareDuration matches a plural unit with no number after "for", "within"
// or "in": "for years", "within weeks", "the first time in decades".
func (m *matcher) bareDuration(i int) (match, bool) {
	u, ok := m.unitAt(i)
	if !ok || !m.plural(i) || m.tok(i).upper && i > 0 || u == uQuarter || u == uWeekend {
		return match{}, false
	}
	if !m.is(i-1, "for", "within", "in") || m.is(i+1, "ago", "earlier", "later", "before", "after", "-", "of", "old") {
		return match{}, false
	}
	return match{start: i, end: i + 1, typ: Duration, rule: "duration-vague", resolve: constant(durationValue(0, u, true), "")}, true
}

// ---- sets

var setAdverbs = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
	"hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
}

// set matches "every week", "each day", "daily", "a year" after a rate.
func (m *matcher) set(i int) (match, bool) {
	t := m.tok(i)
	if v, ok := setAdverbs[t.low]; ok {
		// "daily" before a noun is an adjective ("the daily tally", "its
		// quarterly dividend") or a newspaper ("the party daily")
		nx := m.tok(i + 1)
		if (t.low == "quarterly" || t.low == "annually" || t.low == "hourly") && (m.is(i-1, "the", "a", "an", "its", "their", "his", "her", "our", "initial", "regular", "first") ||
			nx.kind == tokWord && !nx.upper && !isFunctionWord(nx.low)) {
			return match{}, false
		}
		return match{start: i, end: i + 1, typ: Set, rule: "set-adverb", resolve: constant(v, "")}, true
	}
	if m.is(i, "every", "each", "per") {
		j := i + 1
		n := 1.0
		if nn, nx, vague, ok := m.number(j); ok && !vague {
			n, j = nn, nx
		} else if m.is(j, "other") {
			n, j = 2, j+1
		}
		if u, ok := m.unitAt(j); ok {
			return match{start: i, end: j + 1, typ: Set, rule: "set-every", resolve: constant(durationValue(n, u, false), "")}, true
		}
		if wd, ok := weekdayNames[m.tok(j).low]; ok {
			return match{start: i, end: j + 1, typ: Set, rule: "set-weekday", resolve: constant(fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd)), "")}, true
		}
		if _, ok := monthNames[m.tok(j).low]; ok && m.tok(j).upper {
			mo := monthNames[m.tok(j).low]
			return match{start: i, end: j + 1, typ: Set, rule: "set-month", resolve: constant(fmt.Sprintf("XXXX-%02d", int(mo)), "")}, true
		}
		if pd, ok := partsOfDay[m.tok(j).low]; ok && m.tok(j).low != "overnight" {
			return match{start: i, end: j + 1, typ: Set, rule: "set-part-of-day", resolve: constant("XXXX-XX-XXT"+pd, "")}, true
		}
	}
	// "twice a week", "once a year", "$5 a day", "$1 billion a year",
	// "100,000 barrels a day"
	if m.is(i, "a", "an") && m.rateBefore(i) && !m.is(i+2, "ago", "earlier", "later", "before", "after", "or", "and", "-") {
		if u, ok := m.unitAt(i + 1); ok && !m.plural(i+1) && u != uWeekend {
			return match{start: i, end: i + 2, typ: Set, rule: "set-rate", resolve: constant(durationValue(1, u, false), "")}, true
		}
	}
	return match{}, false
}

// rateBefore reports whether the words before the article at i count
// something per unit of time: "twice", "$5", "5%", "$1 billion", "100,000
// barrels", "hundreds of interviews", "four flights".
func (m *matcher) rateBefore(i int) bool {
	p := m.tok(i - 1)
	switch {
	case m.is(i-1, "once", "twice", "thrice", "times", "%", "percent", "million", "billion", "trillion", "thousand", "hundred", "dozen"):
		return true
	case p.kind == tokNum:
		return true
	case p.kind != tokWord || p.upper || len(p.low) < 4 || p.low[len(p.low)-1] != 's' || isFunctionWord(p.low):
		return false
	}
	// a counted plural noun: a number or a count shortly before it
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		t := m.tok(j)
		if t.kind == tokNum || m.is(j, "dozens", "hundreds", "thousands", "millions", "billions", "several", "few", "many") {
			return true
		}
		if v, ok := numberWords[t.low]; ok && v > 1 {
			return true
		}
		if t.kind == tokPunct && t.low != "," || isFunctionWord(t.low) && t.low != "of" {
			return false
		}
	}
	return false
}

// isFunctionWord reports whether w is a preposition, conjunction or
// similar word that can follow an adverb but never be modified by an adjective.
func isFunctionWord(w string) bool {
	switch w {
	case "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "since", "until",
		"through", "over", "under", "as", "than", "if", "when", "while", "because", "after", "before",
		"during", "of", "that", "which", "who", "the", "a", "an", "is", "are", "was", "were", "will",
		"would", "into", "across", "throughout", "instead", "thereafter":
		return true
	}
	return false
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}
