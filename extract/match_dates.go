package extract

import (
	"fmt"
	"strconv"
	"time"
)

// ---- explicit calendar dates

// monthAt returns the month named at token i (a full name, or an
// abbreviation when allowAbbrev), and the index after it, skipping an
// abbreviation's period.
func (m *matcher) monthAt(i int, allowAbbrev bool) (time.Month, int, bool) {
	t := m.tok(i)
	if t.kind != tokWord || !t.upper {
		return 0, i, false
	}
	if mo, ok := monthNames[t.low]; ok {
		return mo, i + 1, true
	}
	if !allowAbbrev {
		return 0, i, false
	}
	if mo, ok := monthAbbrevs[t.low]; ok {
		if m.is(i+1, ".") && m.glued(i+1) {
			return mo, i + 2, true
		}
		return mo, i + 1, true
	}
	return 0, i, false
}

// dayNum returns the day of month at token i ("10", "10th", "1st") and the index after it.
func (m *matcher) dayNum(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind != tokNum || len(t.text) > 2 || t.num < 1 || t.num > 31 {
		return 0, i, false
	}
	j := i + 1
	if m.is(j, "st", "nd", "rd", "th") && m.glued(j) {
		j++
	}
	if m.tok(j).kind == tokNum && m.glued(j) {
		return 0, i, false
	}
	return t.num, j, true
}

// yearNum returns a four-digit year at token i, a two-digit year after
// an apostrophe ("'98") or a spoken year ("nineteen ninety-seven"), and the
// index after it.
func (m *matcher) yearNum(i int) (int, int, bool) {
	t := m.tok(i)
	if t.kind == tokWord {
		return m.spokenYear(i)
	}
	if t.kind == tokNum && len(t.text) == 4 && t.num >= 1000 && t.num <= 2199 {
		if m.is(i+1, ",", ".") && m.glued(i+1) && m.tok(i+2).kind == tokNum && m.glued(i+2) {
			return 0, i, false // 1,200 or 2016.5
		}
		return t.num, i + 1, true
	}
	if (t.low == "'" || t.low == "’") && m.tok(i+1).kind == tokNum && len(m.tok(i+1).text) == 2 && m.glued(i+1) {
		y := m.tok(i + 1).num
		if y < 30 {
			return 2000 + y, i + 2, true
		}
		return 1900 + y, i + 2, true
	}
	return 0, i, false
}

// leadingWeekday skips "Friday," or "Fri.," at i, returning the index after it.
func (m *matcher) leadingWeekday(i int) (int, bool) {
	t := m.tok(i)
	if t.kind != tokWord || !t.upper {
		return i, false
	}
	j := i + 1
	if _, ok := weekdayNames[t.low]; !ok {
		if _, ok := weekdayAbbrevs[t.low]; !ok {
			return i, false
		}
		if m.is(j, ".") {
			j++
		}
	}
	if m.is(j, ",") {
		j++
	}
	return j, true
}

// absolute matches dates written out in full or in part: "10 December
// 2016", "Dec. 10, 2016", "Friday, Aug. 26, 2016", "2016-12-05",
// "12/25/2016", "December 2016", "Aug. 26", "22 January".
func (m *matcher) absolute(i int) (match, bool) {
	j := i
	if k, ok := m.leadingWeekday(i); ok {
		j = k
	}
	y, mo, d, end, rule, ok := m.calendarDate(j)
	if !ok {
		return match{}, false
	}
	if j > i && d == 0 {
		return match{}, false // "Friday, December 2016" is not a form
	}
	start, stop := i, end
	if y > 0 && d > 0 {
		v := fmt.Sprintf("%04d-%02d-%02d", y, int(mo), d)
		if d > daysIn(y, mo) {
			return match{}, false
		}
		return match{start: start, end: stop, typ: Date, rule: rule, resolve: constant(v, "")}, true
	}
	if y > 0 {
		return match{start: start, end: stop, typ: Date, rule: rule, resolve: constant(fmtMonth(y, mo), "")}, true
	}
	// month and day without a year: the year comes from the publication
	// date and the tense.
	return match{start: start, end: stop, typ: Date, rule: "month-day", resolve: func(c *sentence) (string, string) {
		if c.pub.IsZero() {
			return fmt.Sprintf("XXXX-%02d-%02d", int(mo), d), ""
		}
		tn, near := tenseUnknown, false
		switch {
		case m.is(start-1, "ended"):
			tn, near = tensePast, true // "the year ended March 31" is over
		case !untilBefore(m, start):
			tn, near = c.tenseNear(start, stop)
		}
		yy := yearFor(c.pub, mo, d, tn, near)
		if d > daysIn(yy, mo) {
			d = daysIn(yy, mo)
		}
		c.noteRule("month-day-" + tn.String())
		return fmt.Sprintf("%04d-%02d-%02d", yy, int(mo), d), ""
	}}, true
}

// coordinatedDay matches a day of the month joined by "and" or "or" to a
// month and day before it: the "25" of "on April 24 and 25", "May 5 or 6,
// 2016". It takes the month, and the year, of the date before it.
func (m *matcher) coordinatedDay(i int) (match, bool) {
	if !m.is(i-1, "and", "or") {
		return match{}, false
	}
	d, end, ok := m.dayNum(i)
	if !ok {
		return match{}, false
	}
	// the date before: a month and a day without a year, ending at "and"
	var mo time.Month
	first := 0
	for k := i - 2; k >= 0 && k >= i-5 && first == 0; k-- {
		if y, mm, dd, e, _, ok := m.calendarDate(k); ok && e == i-1 && y == 0 && dd > 0 {
			mo, first = mm, dd
		}
	}
	if first == 0 || d <= first || d > daysIn(2000, mo) {
		return match{}, false
	}
	year := 0
	k := end
	if m.is(k, ",") {
		k++
	}
	if y, k2, ok := m.yearNum(k); ok {
		year, end = y, k2
	} else if nx := m.tok(end); nx.kind == tokNum || nx.kind == tokWord && !isFunctionWord(nx.low) {
		return match{}, false // "April 24 and 25 people", "May 5 and 6 percent"
	}
	if year > 0 && d > daysIn(year, mo) {
		return match{}, false
	}
	prevEnd := m.tok(i - 2).end
	return match{start: i, end: end, typ: Date, rule: "month-day-coordinated", resolve: func(c *sentence) (string, string) {
		if year > 0 {
			return fmt.Sprintf("%04d-%02d-%02d", year, int(mo), d), ""
		}
		// the year the date before was given
		for _, t := range c.inSent {
			if t.End == prevEnd && len(t.Value) == 10 && t.Value[4] == '-' && t.Value[5:7] == fmt.Sprintf("%02d", int(mo)) {
				if y, err := strconv.Atoi(t.Value[:4]); err == nil && d <= daysIn(y, mo) {
					return fmt.Sprintf("%04d-%02d-%02d", y, int(mo), d), ""
				}
			}
		}
		return fmt.Sprintf("XXXX-%02d-%02d", int(mo), d), ""
	}}, true
}

// calendarDate parses a date at token j. y is 0 when the text gave no
// year, d is 0 when it gave no day.
func (m *matcher) calendarDate(j int) (y int, mo time.Month, d, end int, rule string, ok bool) {
	t := m.tok(j)
	// numeric forms: 2016-12-05, 2016/12/05, 12/25/2016, 25/12/2016, 12/25/16
	if t.kind == tokNum {
		sep := m.tok(j + 1).low
		if (sep == "-" || sep == "/" || sep == ".") && m.glued(j+1) && m.tok(j+2).kind == tokNum && m.glued(j+2) &&
			m.tok(j+3).low == sep && m.glued(j+3) && m.tok(j+4).kind == tokNum && m.glued(j+4) {
			a, b, c := m.tok(j), m.tok(j+2), m.tok(j+4)
			if m.tok(j+5).kind == tokNum && m.glued(j+5) || (m.is(j+5, "-", "/") && m.glued(j+5)) {
				return
			}
			switch {
			case len(a.text) == 4 && len(b.text) <= 2 && len(c.text) <= 2 && sep != ".":
				y, mo, d = a.num, time.Month(b.num), c.num
			case len(a.text) <= 2 && len(b.text) <= 2 && (len(c.text) == 4 || len(c.text) == 2) && sep != "-":
				y = c.num
				if len(c.text) == 2 {
					y += 1900
					if c.num < 50 {
						y += 100
					}
				}
				if a.num > 12 || sep == "." { // day first
					mo, d = time.Month(b.num), a.num
				} else {
					mo, d = time.Month(a.num), b.num
				}
			default:
				return
			}
			if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1000 {
				return 0, 0, 0, 0, "", false
			}
			return y, mo, d, j + 5, "numeric-date", true
		}
		// 10 December 2016, 22 January, 1st of May
		if dd, k, ok2 := m.dayNum(j); ok2 {
			if m.is(k, "of") {
				k++
			}
			if mm, k2, ok3 := m.monthAt(k, true); ok3 {
				if m.is(k2, ",") {
					if yy, k3, ok4 := m.yearNum(k2 + 1); ok4 {
						return yy, mm, dd, k3, "day-month-year", true
					}
				}
				if yy, k3, ok4 := m.yearNum(k2); ok4 {
					return yy, mm, dd, k3, "day-month-year", true
				}
				return 0, mm, dd, k2, "day-month", true
			}
		}
		return
	}
	// December 10, 2016; Dec. 10; December 2016; Dec. 2016
	mm, k, ok2 := m.monthAt(j, true)
	if !ok2 {
		return
	}
	if dd, k2, ok3 := m.dayNum(k); ok3 {
		if m.is(k2, ",") {
			if yy, k3, ok4 := m.yearNum(k2 + 1); ok4 {
				return yy, mm, dd, k3, "month-day-year", true
			}
		} else if yy, k3, ok4 := m.yearNum(k2); ok4 {
			return yy, mm, dd, k3, "month-day-year", true
		}
		// a bare abbreviation with a number is a date only with its period or
		// a full name: "Jan 5" yes, but not "Mar 3" in running text? keep both
		return 0, mm, dd, k2, "month-day", true
	}
	kk := k
	if m.is(kk, ",") || m.is(kk, "of") {
		kk++
	}
	if yy, k3, ok4 := m.yearNum(kk); ok4 {
		return yy, mm, 0, k3, "month-year", true
	}
	return
}

// unmodified returns the index of the modifier in front of the date at i
// ("mid-November", "early March", "late 2011"), or i when it has none, so
// that "until mid-November" is read as "until November" is.
func (m *matcher) unmodified(i int) int {
	switch {
	case m.is(i-1, "-") && m.is(i-2, "mid"):
		return i - 2
	case m.is(i-1, "early", "late", "mid"):
		return i - 1
	}
	return i
}

// untilBefore reports whether the expression at token i follows "until",
// "through", "by" or "till", which make tense no guide to its year:
// "loans through January", "extended to Nov. 16".
func untilBefore(m *matcher, i int) bool {
	i = m.unmodified(i)
	return m.is(i-1, "until", "through", "till", "by", "to", "from", "since", "effective", "payable", "record", "ended", "ending")
}

// deadlineBefore reports whether a month at token i follows a word that
// makes it a deadline or limit rather than the time of the clause's verb:
// "loans through January".
func deadlineBefore(m *matcher, i int) bool {
	i = m.unmodified(i)
	return m.is(i-1, "until", "through", "till", "by", "effective", "ended", "ending")
}

// yearFor chooses the year of a month and day given without one: the
// occurrence nearest publication ("Jan. 3" written on Dec. 28 is next
// year's), unless the tense of the clause contradicts it — always when the
// verb is near (near), else only by more than a month, since a distant verb
// often governs something else ("declared a dividend, payable Dec. 15").
// A day that exists only in leap years goes to a leap year.
func yearFor(pub time.Time, mo time.Month, d int, tn tense, near bool) int {
	fits := func(y int) bool { return d <= daysIn(y, mo) }
	at := func(y int) time.Time { return civil(y, mo, d) }
	y := pub.Year()
	tolerance := 31 * 24 * time.Hour
	if near {
		tolerance = 0
	}
	best := 0
	for c := y - 4; c <= y+4; c++ {
		if fits(c) && (best == 0 || absDays(at(c), pub) < absDays(at(best), pub)) {
			best = c
		}
	}
	if best == 0 {
		return y
	}
	// tense overrides the nearest occurrence when its verb is close, or
	// when it contradicts it by more than a month
	switch t := at(best); {
	case tn == tensePast && t.Sub(pub) > tolerance:
		for c := best - 1; c > best-8; c-- {
			if fits(c) {
				return c
			}
		}
	case tn == tenseFuture && pub.Sub(t) > tolerance:
		for c := best + 1; c < best+8; c++ {
			if fits(c) {
				return c
			}
		}
	}
	return best
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// ---- months alone

// temporalPreps are words after which a capitalised "May" or "March" is a month.
var temporalPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "through": true, "throughout": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true, "of": true,
	"from": true, "to": true, "between": true, "before": true, "after": true, "during": true, "for": true,
	"on": true, "and": true, "or": true, "-": true, "end": true, "beginning": true, "start": true, "middle": true,
	"that": true, "coming": true, "past": true, "the": true, "into": true, "a": true, "each": true, "every": true,
}

// month matches a month name without a day: "August", "in March", "last
// April", "this September", "next May".
func (m *matcher) month(i int) (match, bool) {
	start := i
	rel := ""
	j := i
	if m.is(j, "last", "this", "next", "past", "coming") {
		rel, j = m.tok(j).low, j+1
	}
	mo, k, ok := m.monthAt(j, false)
	if !ok {
		return match{}, false
	}
	tw := m.tok(j)
	if tw.low == "may" || tw.low == "march" {
		// "May" and "March" are months only after a temporal word or before a year
		if !(temporalPreps[m.tok(j-1).low] || rel != "") {
			return match{}, false
		}
		if tw.low == "may" && m.tok(k).kind == tokWord && !m.tok(k).upper && !temporalPreps[m.tok(k).low] && m.tok(k).low != "and" {
			// "in May be" is unlikely; "May come" is a verb
			if m.is(k, "be", "have", "not", "also", "well", "never") {
				return match{}, false
			}
		}
	}
	end := k
	// "June last year", "April of next year": the year is given relative
	// to publication
	yearRel, hasYearRel := 0, false
	if y := k + boolInt(m.is(k, "of")); rel == "" && m.is(y, "last", "this", "next") && m.is(y+1, "year") && !m.is(y+2, "'s", "'", "’") {
		yearRel, hasYearRel = map[string]int{"last": -1, "this": 0, "next": 1}[m.tok(y).low], true
		end = y + 2
	}
	return match{start: start, end: end, typ: Date, rule: "month", resolve: func(c *sentence) (string, string) {
		if c.pub.IsZero() {
			return fmt.Sprintf("XXXX-%02d", int(mo)), ""
		}
		py, pm := c.pub.Year(), c.pub.Month()
		y := py
		if hasYearRel {
			c.noteRule("month-of-relative-year")
			return fmtMonth(py+yearRel, mo), ""
		}
		switch rel {
		case "last", "past":
			if mo >= pm {
				y--
			}
			c.noteRule("month-last")
		case "next", "coming":
			if mo <= pm {
				y++
			}
			c.noteRule("month-next")
		case "this":
			c.noteRule("month-this")
		default:
			// by tense: "in August" written in January is last August,
			// "will meet in March" written in May is next March; with no
			// tense to go by, the nearest occurrence; a distant verb may
			// not move a month adjacent to publication
			tn, near := tenseUnknown, false
			if !deadlineBefore(m, start) {
				tn, near = c.tenseNear(start, end)
			}
			if tn == tensePresent {
				tn = tenseUnknown
			}
			slack := 1 // months of disagreement a distant verb may not override
			if near {
				slack = 0
			}
			diff := int(mo) - int(pm)
			if diff > 6 {
				y--
				diff -= 12
			} else if diff < -6 {
				y++
				diff += 12
			}
			switch {
			case tn == tensePast && diff > slack:
				y--
			case tn == tenseFuture && diff < -slack:
				y++
			}
			c.noteRule("month-" + tn.String())
		}
		return fmtMonth(y, mo), ""
	}}, true
}

// boolInt returns 1 for true and 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ---- years

// yearContext are words after which a four-digit number is a year.
var yearContext = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "through": true, "of": true,
	"from": true, "to": true, "between": true, "before": true, "after": true, "during": true, "for": true,
	"early": true, "late": true, "mid": true, "fiscal": true, "year": true, "and": true, "or": true,
	"summer": true, "spring": true, "winter": true, "fall": true, "autumn": true, "-": true, "circa": true,
	"around": true, "about": true, "the": true, "last": true, "this": true, "next": true,
}

// year matches years ("2013", "in 2012", "fiscal 1989") and decades ("the 1990s", "the '90s").
func (m *matcher) year(i int) (match, bool) {
	start := i
	j := i
	fiscal := false
	if m.is(j, "fiscal") {
		fiscal = true
		j++
		if m.is(j, "year") {
			j++
		}
	} else if m.is(j, "fy") && m.tok(j).upper {
		fiscal = true
		j++
	}
	t := m.tok(j)
	// decades: 1990s, '90s, 1990's
	if t.kind == tokNum && len(t.text) == 4 && t.num%10 == 0 && t.num >= 1000 && t.num < 2200 {
		if m.is(j+1, "s") && m.glued(j+1) {
			return match{start: start, end: j + 2, typ: Date, rule: "decade", resolve: constant(fmt.Sprintf("%03d", t.num/10), "")}, true
		}
		if m.is(j+1, "'", "’") && m.is(j+2, "s") && m.glued(j+1) && m.glued(j+2) {
			return match{start: start, end: j + 3, typ: Date, rule: "decade", resolve: constant(fmt.Sprintf("%03d", t.num/10), "")}, true
		}
	}
	if (t.low == "'" || t.low == "’") && m.tok(j+1).kind == tokNum && len(m.tok(j+1).text) == 2 && m.tok(j+1).num%10 == 0 && m.is(j+2, "s") && m.glued(j+2) {
		d := 190 + m.tok(j+1).num/10
		if m.tok(j+1).num < 30 {
			d = 200 + m.tok(j+1).num/10
		}
		return match{start: start, end: j + 3, typ: Date, rule: "decade", resolve: constant(fmt.Sprintf("%03d", d), "")}, true
	}
	// centuries: "the 20th century", "the 11th century"
	if t.kind == tokNum && t.num >= 1 && t.num <= 22 && m.is(j+1, "st", "nd", "rd", "th") && m.glued(j+1) && m.is(j+2, "century") {
		return match{start: start, end: j + 3, typ: Date, rule: "century", resolve: constant(fmt.Sprintf("%02d", t.num-1), "")}, true
	}
	// spoken years, as in broadcast transcripts: "nineteen ninety-six",
	// "the year two thousand"
	if y, k, ok := m.spokenYear(j); ok {
		return match{start: start, end: k, typ: Date, rule: "year-spoken", resolve: constant(fmtYear(y), "")}, true
	}
	if t.kind != tokNum || len(t.text) != 4 {
		return match{}, false
	}
	y := t.num
	if y < 1000 || y > 2199 {
		return match{}, false
	}
	prev, next := m.tok(j-1), m.tok(j+1)
	if identifierWords[prev.low] {
		return match{}, false // "Resolution 2043", "Flight 1549"
	}
	if m.is(j-1, "than", "least", "some", "nearly", "almost", "approximately", "roughly", "over", "under", "only") && !fiscal {
		return match{}, false // "more than 2000 were killed": a count
	}
	// not part of a larger number, an amount, a score or an identifier
	if prev.low == "$" || prev.low == "£" || prev.low == "€" || prev.low == "#" || prev.low == "no" && m.is(j-1, "no") && m.glued(j) {
		return match{}, false
	}
	if (next.low == "," || next.low == ".") && m.glued(j+1) && m.tok(j+2).kind == tokNum && m.glued(j+2) {
		return match{}, false
	}
	if (prev.low == "," || prev.low == ".") && m.glued(j) && m.tok(j-2).kind == tokNum && !prev.space {
		return match{}, false
	}
	if next.low == "%" || m.is(j+1, "percent", "per", "p", "am", "pm", "gmt", "hours", "hrs", "utc") {
		return match{}, false
	}
	if prev.low == ":" && m.glued(j) || next.low == ":" && m.glued(j+1) {
		return match{}, false
	}
	strong := fiscal || yearContext[prev.low] || prev.kind == tokPunct && prev.low != "-" && prev.low != "$"
	if !strong && (y < 1900 || y > 2100) {
		return match{}, false
	}
	determiner := m.is(j-1, "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "s", "'s")
	if next.kind == tokWord && !next.upper && isCountNoun(next.low) && !determiner {
		// "2000 troops", "1500 people": a count, not a year
		return match{}, false
	}
	if next.kind == tokWord && !next.upper && !strong && !determiner && !isYearFollower(next.low) &&
		len(next.low) > 3 && next.low[len(next.low)-1] == 's' && next.low[len(next.low)-2] != 's' {
		// a plural noun after a bare number is most often what it counts
		return match{}, false
	}
	if next.upper && carMakes[next.low] && !fiscal {
		// "Kopp's 1987 Chevrolet Cavalier": a model year names a car, not a time
		return match{}, false
	}
	end := j + 1
	// 1989-90 fiscal years are left as the first year
	return match{start: start, end: end, typ: Date, rule: "year", resolve: constant(fmtYear(y), "")}, true
}

// spokenYear parses a year written in words at i: "nineteen ninety-six",
// "nineteen eighty", "two thousand", "two thousand and one", "twenty
// sixteen" only after "the year" or "in"; it returns the year and the
// index after it.
func (m *matcher) spokenYear(i int) (int, int, bool) {
	tens := func(j int) (int, int, bool) {
		v, ok := numberWords[m.tok(j).low]
		if !ok || v < 10 || v > 90 || v%10 != 0 && v > 19 {
			return 0, j, false
		}
		if v >= 20 {
			k := j + 1
			if m.hyphenAt(k) {
				k++
			}
			if u, ok := numberWords[m.tok(k).low]; ok && u >= 1 && u <= 9 && m.tok(k).low != "a" && m.tok(k).low != "an" {
				return v + u, k + 1, true
			}
		}
		return v, j + 1, true
	}
	switch m.tok(i).low {
	case "nineteen", "eighteen":
		century := map[string]int{"nineteen": 1900, "eighteen": 1800}[m.tok(i).low]
		if n, k, ok := tens(i + 1); ok && n >= 10 {
			return century + n, k, true
		}
	case "two":
		if m.is(i+1, "thousand") {
			k := i + 2
			if m.is(k, "and") {
				k++
			}
			if u, ok := numberWords[m.tok(k).low]; ok && u >= 1 && u <= 19 && m.tok(k).low != "a" && m.tok(k).low != "an" {
				return 2000 + u, k + 1, true
			}
			if m.is(i-1, "year") || m.is(i-1, "in", "by", "until", "since") {
				return 2000, i + 2, true
			}
		}
	}
	return 0, i, false
}

// identifierWords before a number make it a name, not a year.
var identifierWords = map[string]bool{
	"resolution": true, "resolutions": true, "no": true, "number": true, "flight": true, "route": true,
	"room": true, "article": true, "section": true, "model": true, "version": true, "highway": true,
	"chapter": true, "item": true, "bill": true, "code": true, "page": true, "pages": true, "box": true,
	"suite": true, "apartment": true, "unit": true, "platform": true, "gate": true, "interstate": true,
	"paragraph": true, "clause": true, "rule": true, "order": true, "decree": true, "protocol": true,
	"squad": true, "battalion": true, "brigade": true, "division": true, "regiment": true, "tel": true,
}

// carMakes after a year make it a model year: "a 1995 Ford Taurus".
var carMakes = map[string]bool{
	"chevrolet": true, "chevy": true, "ford": true, "toyota": true, "honda": true, "nissan": true,
	"dodge": true, "buick": true, "cadillac": true, "pontiac": true, "oldsmobile": true, "chrysler": true,
	"jeep": true, "volkswagen": true, "vw": true, "mercedes": true, "bmw": true, "volvo": true,
	"mazda": true, "subaru": true, "hyundai": true, "kia": true, "mitsubishi": true, "plymouth": true,
	"audi": true, "porsche": true, "saab": true, "lexus": true, "acura": true, "infiniti": true,
	"gmc": true, "datsun": true, "peugeot": true, "renault": true, "fiat": true, "tesla": true,
}

// isYearFollower reports whether a lower-case word commonly follows a year.
func isYearFollower(w string) bool {
	switch w {
	case "and", "or", "to", "when", "after", "before", "as", "that", "the", "in", "on", "at",
		"was", "were", "is", "had", "has", "have", "will", "would", "with", "while", "because",
		"but", "until", "elections", "election", "budget", "levels", "level", "figures", "results",
		"season", "census", "olympics", "summit", "war", "campaign", "presidential", "world",
		"earnings", "profit", "sales", "revenue", "estimate", "estimates", "forecast", "model", "models",
		"for", "from", "by", "amid", "despite", "where", "which", "who", "if", "than", "alone",
		"through", "onward", "onwards", "since", "compared", "versus", "vs", "saw", "brought", "also", "she", "he", "they", "it", "we":
		return true
	}
	return false
}

// isCountNoun reports whether w after a number makes it a count: "2000 troops".
func isCountNoun(w string) bool {
	switch w {
	case "people", "troops", "soldiers", "men", "women", "children", "civilians", "refugees",
		"fighters", "rebels", "workers", "employees", "jobs", "shares", "members", "deaths",
		"cases", "votes", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet",
		"tons", "tonnes", "barrels", "dollars", "euros", "pounds", "yen", "points", "units",
		"homes", "houses", "families", "students", "patients", "prisoners", "residents", "acres",
		"hectares", "vehicles", "trucks", "cars", "aircraft", "planes", "ships", "boats", "words",
		"pages", "rounds", "missiles", "rockets", "bombs", "times", "hours", "minutes", "seconds",
		"square", "sq", "million", "billion", "thousand", "more", "others", "other", "of":
		return true
	}
	return false
}
