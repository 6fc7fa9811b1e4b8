package extract

import (
	"fmt"
	"time"
)

// ---- quarters and halves

// quarter matches "the third quarter", "third-quarter", "the fourth quarter
// of 1989", "fiscal 1990's first quarter", "the latest quarter", "the
// year-earlier quarter", "the first half".
func (m *matcher) quarter(i int) (match, bool) {
	start, j := i, i
	if m.is(j, "the") {
		j++
	}
	year, hasYear := 0, false
	if m.is(j, "fiscal") {
		j++
	}
	if y, k, ok := m.yearNum(j); ok && m.is(k, "'s", "'", "’") {
		year, hasYear = y, true
		j = k + 1
		if m.is(j, "s") {
			j++
		}
	} else if y, k, ok := m.yearNum(j); ok && m.is(start, "the") && k == j+1 {
		// "the 1988 third quarter", "the 1988 period"
		year, hasYear, j = y, true, k
		if m.is(j, "fiscal") {
			j++
		}
	}
	relYear, relSet := 0, false
	if m.is(j, "this", "last", "next") && m.is(j+1, "year") && m.is(j+2, "'", "’") && m.is(j+3, "s") {
		relYear = map[string]int{"this": 0, "last": -1, "next": 1}[m.tok(j).low]
		relSet = true
		j += 4
	}
	if m.is(j, "fiscal") {
		j++
	}
	ord, kind := 0, ""
	switch {
	case m.is(j, "year") && m.hyphenAt(j+1) && m.is(j+2, "earlier", "ago"):
		kind, j = "year-earlier", j+3
		if o, ok := ordinalWords[m.tok(j).low]; ok && o > 0 && o <= 4 {
			ord, j = o, j+1 // "the year-ago third quarter"
		}
	case m.is(j, "latest", "current", "this", "last", "next", "previous", "same", "recent", "just", "most") || (m.is(j-1, "the") && m.is(j, "quarter", "half", "period")):
		kind = m.tok(j).low
		if m.is(j, "quarter", "half", "period") {
			kind = "the"
		} else {
			j++
		}
		if kind == "most" && m.is(j, "recent") {
			j++
		}
		if kind == "just" && m.is(j, "-") {
			j++
		}
		if kind == "just" && m.is(j, "ended", "completed") {
			j++
		}
	default:
		if o, ok := ordinalWords[m.tok(j).low]; ok && o > 0 && o <= 4 {
			ord, j = o, j+1
		} else if t := m.tok(j); t.kind == tokNum && t.num >= 1 && t.num <= 4 && m.is(j+1, "st", "nd", "rd", "th") && m.glued(j+1) {
			ord, j = t.num, j+2
		} else {
			return match{}, false
		}
	}
	if m.hyphenAt(j) {
		j++
	}
	u := ""
	switch {
	case m.is(j, "quarter"):
		u = "Q"
	case m.is(j, "half") && (ord == 1 || ord == 2 || kind != ""):
		u = "H"
	case m.is(j, "period") && (kind == "year-earlier" || kind == "latest" || kind == "same" || hasYear && kind == ""):
		u = "Q"
	case hasYear && kind == "" && ord == 0 && m.is(j, "quarter"):
		u = "Q"
	default:
		return match{}, false
	}
	if kind == "the" && u == "Q" && m.is(j, "period") {
		return match{}, false
	}
	end := j + 1
	if !hasYear {
		if m.is(end, "of", "in") {
			if y, k, ok := m.yearNum(end + 1); ok {
				year, hasYear, end = y, true, k
			} else if m.is(end+1, "fiscal") {
				if y, k, ok := m.yearNum(end + 2); ok {
					year, hasYear, end = y, true, k
				}
			} else if m.is(end+2, "year") && m.is(end+1, "this", "the", "next", "last") && !m.is(end+3, "'", "’", "-") {
				// "the first half of next year"
				relYear = map[string]int{"this": 0, "the": 0, "last": -1, "next": 1}[m.tok(end+1).low]
				relSet, end = true, end+3
			} else if m.is(end, "of") && (m.is(end+1, "the", "a", "an", "this", "that", "its", "his", "her", "their", "'", "’") || m.tok(end+1).kind == tokWord && !m.tok(end+1).upper) {
				// "the last half of the '80s", "the first quarter of the
				// match": a part of something other than a year
				return match{}, false
			}
			if kind == "last" && (hasYear || relSet) {
				ord, kind = 4, "" // "the last quarter of 1989" is its fourth
				if u == "H" {
					ord = 2
				}
			}
		} else if y, k, ok := m.yearNum(end); ok {
			year, hasYear, end = y, true, k
		}
	}
	if kind == "the" && !hasYear && m.is(start, "the") && !m.is(start+1, "quarter") {
		return match{}, false
	}
	size := 3
	if u == "H" {
		size = 6
	}
	return match{start: start, end: end, typ: Date, rule: "quarter", resolve: func(c *sentence) (string, string) {
		format := func(y, n int) string { return fmt.Sprintf("%04d-%s%d", y, u, n) }
		if c.pub.IsZero() && !hasYear {
			if ord > 0 {
				return fmt.Sprintf("XXXX-%s%d", u, ord), ""
			}
			return "XXXX-" + u + "X", ""
		}
		cur := (int(c.pub.Month())-1)/size + 1
		last := 12 / size
		y := c.pub.Year() + relYear
		if hasYear {
			y = year
		}
		// the period under report: the quarter the article has named, else
		// the one most recently completed
		reported := c.pub.AddDate(0, 0, -45)
		if size == 6 {
			reported = c.pub.AddDate(0, 0, -90)
		}
		if q, ok := c.quarterContext(); ok && size == 3 {
			reported = q
		}
		switch {
		case kind == "year-earlier":
			n := (int(reported.Month())-1)/size + 1
			if ord > 0 {
				n = ord
			}
			return format(reported.Year()-1, n), ""
		case ord > 0:
			if !hasYear && !relSet && ord > cur {
				y-- // a quarter that has not begun is last year's
			}
			return format(y, ord), ""
		case hasYear && kind == "":
			return format(y, (int(reported.Month())-1)/size+1), ""
		case kind == "this" || kind == "current":
			return format(y, cur), ""
		case kind == "next":
			if cur == last {
				return format(y+1, 1), ""
			}
			return format(y, cur+1), ""
		default:
			// "the latest quarter", "the quarter", "last quarter"
			if hasYear {
				return format(y, last), ""
			}
			t := c.pub.AddDate(0, -size, 0)
			if kind != "last" && kind != "previous" {
				t = reported
			}
			return format(t.Year(), (int(t.Month())-1)/size+1), ""
		}
	}}, true
}

// ---- the year's end and the year before

// yearPhrase matches the end of the year written as one noun ("by
// year-end", "around year end", "by year's end") and the year-ago
// adjectives of results ("the year-ago results", "year-earlier profit").
func (m *matcher) yearPhrase(i int) (match, bool) {
	start, j := i, i
	if m.is(j, "the") {
		j++
	}
	if !m.is(j, "year") {
		return match{}, false
	}
	switch {
	case m.hyphenAt(j+1) && m.is(j+2, "ago", "earlier"):
		// "the year-ago quarter" is a quarter, matched elsewhere
		if m.tok(j+3).kind != tokWord || m.is(j+3, "quarter", "period", "half", "and", "or") || isUnitOrNumber(m, j+3) {
			return match{}, false
		}
		return match{start: start, end: j + 3, typ: Date, rule: "year-earlier", resolve: func(c *sentence) (string, string) {
			if q, ok := c.quarterContext(); ok {
				return shiftValue(q, uYear, -1, "quarter"), ""
			}
			if c.pub.IsZero() {
				return "XXXX", ""
			}
			return fmtYear(c.pub.Year() - 1), ""
		}}, true
	case m.hyphenAt(j+1) && m.is(j+2, "end"), m.is(j+1, "end") && !m.hyphenAt(j+2):
		j += 2
		if m.is(j, "end") {
			j++
		}
	case m.is(j+1, "'s", "’s") && m.is(j+2, "end"):
		j += 3
	case m.is(j+1, "'", "’") && m.is(j+2, "s") && m.is(j+3, "end"):
		j += 4
	default:
		return match{}, false
	}
	if m.is(start, "the") && !m.is(start+1, "year") {
		return match{}, false
	}
	end := j
	since := m.is(start-1, "since")
	deadline := m.is(start-1, "by", "before", "until", "through", "till")
	return match{start: start, end: end, typ: Date, rule: "year-end", resolve: func(c *sentence) (string, string) {
		if c.pub.IsZero() {
			return "XXXX", "END"
		}
		y := c.pub.Year()
		// "since year-end", "at year-end the bank held": before December,
		// a year-end in the past is last year's
		if c.pub.Month() < time.December && (since || !deadline && c.tenseAt(start, end) == tensePast) {
			y--
		}
		return fmtYear(y), "END"
	}}, true
}

// ---- seasons

// season matches "this summer", "last fall", "the spring of 1998", "winter 2014".
func (m *matcher) season(i int) (match, bool) {
	start, j := i, i
	rel := ""
	if m.is(j, "this", "last", "next", "past", "coming", "the") {
		rel, j = m.tok(j).low, j+1
	}
	code, ok := seasonCodes[m.tok(j).low]
	if !ok {
		return match{}, false
	}
	if m.tok(j).upper && m.tok(j-1).upper && m.tok(j-1).kind == tokWord && j-1 != start {
		return match{}, false // "Arab Spring", "Prague Spring" are events
	}
	end := j + 1
	year, hasYear := 0, false
	if m.is(end, "of") {
		if y, k, ok := m.yearNum(end + 1); ok {
			year, hasYear, end = y, true, k
		}
	} else if y, k, ok := m.yearNum(end); ok {
		year, hasYear, end = y, true, k
	}
	if !hasYear && (rel == "" || rel == "the") {
		// bare "fall" is a verb; "the summer" alone is too vague unless after "in"
		if !(rel == "the" && m.is(start-1, "in", "during", "this", "by", "until", "over")) {
			return match{}, false
		}
	}
	if rel == "the" && !hasYear && m.is(end, "of") {
		return match{}, false
	}
	return match{start: start, end: end, typ: Date, rule: "season", resolve: func(c *sentence) (string, string) {
		if hasYear {
			return fmt.Sprintf("%04d-%s", year, code), ""
		}
		if c.pub.IsZero() {
			return "XXXX-" + code, ""
		}
		return seasonValue(c.pub, code, rel, func() tense { return c.tenseAt(start, end) }), ""
	}}, true
}

// seasonStart is the first month of each season; winter begins in December
// and belongs to the year it begins in (2016-WI is Dec 2016 to Feb 2017).
var seasonStart = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonValue resolves a season without a year: "last winter" is the last
// one before the current season, "next spring" the first after it, "this
// summer" and a bare "the summer" by tense, else the nearest.
func seasonValue(pub time.Time, code, rel string, tenseOf func() tense) string {
	// the start of the season holding pub
	y, mo := pub.Year(), pub.Month()
	curStart := civil(y, ((mo/3)*3)%12, 1)
	if mo < 3 {
		curStart = civil(y-1, 12, 1)
	} else if mo == 12 {
		curStart = civil(y, 12, 1)
	} else {
		curStart = civil(y, time.Month(((int(mo)-3)/3)*3+3), 1)
	}
	start := func(yy int) time.Time { return civil(yy, seasonStart[code], 1) }
	pick := func(yy int) string { return fmt.Sprintf("%04d-%s", yy, code) }
	switch rel {
	case "last", "past":
		for yy := y; ; yy-- {
			if start(yy).Before(curStart) {
				return pick(yy)
			}
		}
	case "next", "coming":
		for yy := y - 1; ; yy++ {
			if start(yy).After(curStart) {
				return pick(yy)
			}
		}
	}
	tn := tenseUnknown
	if rel == "the" {
		tn = tenseOf()
	}
	best := y
	for yy := y - 1; yy <= y+1; yy++ {
		s := start(yy)
		switch {
		case tn == tensePast && s.After(curStart), tn == tenseFuture && s.Before(curStart):
			continue
		}
		if absDays(s, curStart) < absDays(start(best), curStart) || (tn == tensePast || tn == tenseFuture) && (start(best).After(curStart) && tn == tensePast || start(best).Before(curStart) && tn == tenseFuture) {
			best = yy
		}
	}
	return pick(best)
}

// ---- references to past, present and future

// ref matches "now", "currently", "recently", "the past", "the future",
// "soon", "in recent days", "recent years", "these days".
func (m *matcher) ref(i int) (match, bool) {
	t := m.tok(i)
	one := func(v string) (match, bool) {
		return match{start: i, end: i + 1, typ: Date, rule: "ref", resolve: constant(v, "")}, true
	}
	if t.low == "recent" && m.is(i+1, "days", "weeks", "months", "years", "decades", "quarters") {
		return match{start: i, end: i + 2, typ: Date, rule: "recent", resolve: constant("PAST_REF", "")}, true
	}
	switch t.low {
	case "now":
		// "now that we have this information" is a time too: the present,
		// in which the clause holds
		if beForms[m.tok(i-1).low] && m.tok(i+1).kind == tokWord && !m.tok(i+1).upper && !endsIng(m.tok(i+1).low) && !endsEd(m.tok(i+1).low) && !m.is(i+1, "in", "at", "on", "under", "over", "being", "been", "more", "less") {
			return match{}, false // "is now supplicant": a state, not a time
		}
		return one("PRESENT_REF")
	case "currently", "nowadays", "presently":
		return one("PRESENT_REF")
	case "recently", "lately":
		return one("PAST_REF")
	case "current":
		// adjectives: "current market conditions", "future losses", "the
		// recent sale"; but not "current account" or a noun phrase matched
		// elsewhere ("the recent days")
		nx := m.tok(i + 1)
		if nx.kind != tokWord || m.is(i+1, "account", "accounts", "affairs", "events", "of", "and", "or", "to", "is", "was", "president", "chairman", "secretary", "minister", "director", "members", "member") {
			return match{}, false
		}
		if _, ok := unitWords[nx.low]; ok {
			return match{}, false
		}
		if t.upper && i > 0 {
			return match{}, false
		}
		return one("PRESENT_REF")
	case "past", "coming":
		// "in past years", "in coming months"
		if u, ok := m.unitAt(i + 1); ok && m.plural(i+1) && u >= uDay && !m.is(i-1, "the") {
			v := "PAST_REF"
			if t.low == "coming" {
				v = "FUTURE_REF"
			}
			return match{start: i, end: i + 2, typ: Date, rule: "ref", resolve: constant(v, "")}, true
		}
	case "soon":
		if m.is(i-1, "as", "was", "were", "had", "too") || m.is(i+1, "as", "after", "thereafter", "afterward", "afterwards") ||
			m.tok(i+1).kind == tokWord && (endsEd(m.tok(i+1).low) || pastIrregular[m.tok(i+1).low]) {
			return match{}, false // "soon became", "was soon released": shortly after, in the past
		}
		return one("FUTURE_REF")
	case "these":
		if m.is(i+1, "days") {
			return match{start: i, end: i + 2, typ: Date, rule: "ref", resolve: constant("PRESENT_REF", "")}, true
		}
	case "at":
		if m.is(i+1, "present") || (m.is(i+1, "the") && m.is(i+2, "moment")) {
			end := i + 2
			if m.is(i+1, "the") {
				end = i + 3
			}
			return match{start: i, end: end, typ: Date, rule: "ref", resolve: constant("PRESENT_REF", "")}, true
		}
	case "the":
		if m.is(i+1, "past") && !m.tok(i+2).upper && !isUnitOrNumber(m, i+2) {
			return match{start: i, end: i + 2, typ: Date, rule: "ref", resolve: constant("PAST_REF", "")}, true
		}
		if m.is(i+1, "future") && !m.is(i+2, "of") {
			return match{start: i, end: i + 2, typ: Date, rule: "ref", resolve: constant("FUTURE_REF", "")}, true
		}
		if m.is(i+1, "near", "foreseeable", "distant") && m.is(i+2, "future") {
			return match{start: i, end: i + 3, typ: Date, rule: "ref", resolve: constant("FUTURE_REF", "")}, true
		}
		if m.is(i+1, "coming") && m.is(i+2, "days", "weeks", "months", "years") {
			return match{start: i, end: i + 3, typ: Date, rule: "ref", resolve: constant("FUTURE_REF", "")}, true
		}
		if m.is(i+1, "near", "short") && m.is(i+2, "term") {
			return match{start: i, end: i + 3, typ: Date, rule: "ref", resolve: constant("FUTURE_REF", "")}, true
		}
		// "the nineties", "the eighties"
		if d, ok := decadeWords[m.tok(i+1).low]; ok {
			return match{start: i, end: i + 2, typ: Date, rule: "decade", resolve: func(c *sentence) (string, string) {
				century := 19
				if !c.pub.IsZero() && c.pub.Year() >= 2030 {
					century = 20
				}
				return fmt.Sprintf("%d%d", century, d/10), ""
			}}, true
		}
	case "in":
		if m.is(i+1, "recent") && m.is(i+2, "days", "weeks", "months", "years", "decades") {
			return match{start: i, end: i + 3, typ: Date, rule: "recent", resolve: constant("PAST_REF", "")}, true
		}
	}
	return match{}, false
}

var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

func isUnitOrNumber(m *matcher, i int) bool {
	if _, ok := m.unitAt(i); ok {
		return true
	}
	_, _, _, ok := m.number(i)
	return ok || m.is(i, "few", "several")
}

func endsIng(w string) bool { return len(w) > 4 && w[len(w)-3:] == "ing" }
func endsEd(w string) bool  { return len(w) > 3 && w[len(w)-2:] == "ed" }

// ---- holidays

// holiday matches fixed and movable holidays: "Christmas", "New Year's
// Day", "Thanksgiving", "Easter".
func (m *matcher) holiday(i int) (match, bool) {
	t := m.tok(i)
	if !t.upper {
		return match{}, false
	}
	end := i + 1
	var date func(y int) time.Time
	switch t.low {
	case "christmas":
		date = func(y int) time.Time { return civil(y, 12, 25) }
		if m.is(end, "eve") {
			end++
			date = func(y int) time.Time { return civil(y, 12, 24) }
		} else if m.is(end, "day") {
			end++
		}
	case "new":
		if !(m.is(i+1, "year") && m.is(i+2, "'", "’") && m.is(i+3, "s") && m.is(i+4, "day", "eve")) {
			return match{}, false
		}
		end = i + 5
		if m.is(i+4, "eve") {
			date = func(y int) time.Time { return civil(y, 12, 31) }
		} else {
			date = func(y int) time.Time { return civil(y, 1, 1) }
		}
	case "thanksgiving":
		date = func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }
		if m.is(end, "day") {
			end++
		}
	case "easter":
		date = easter
		if m.is(end, "sunday", "day") {
			end++
		}
	case "halloween":
		date = func(y int) time.Time { return civil(y, 10, 31) }
	case "election":
		// the United States' general election: the Tuesday after the
		// first Monday of November
		if !m.is(i+1, "day") || !m.tok(i+1).upper {
			return match{}, false
		}
		end = i + 2
		date = func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }
	case "labor", "labour", "memorial", "independence", "valentine":
		if t.low == "valentine" {
			if !(m.is(i+1, "'", "’") && m.is(i+2, "s") && m.is(i+3, "day")) {
				return match{}, false
			}
			end = i + 4
			date = func(y int) time.Time { return civil(y, 2, 14) }
			break
		}
		if !m.is(i+1, "day") || !m.tok(i+1).upper {
			return match{}, false
		}
		end = i + 2
		switch t.low {
		case "labor", "labour":
			date = func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }
		case "memorial":
			date = func(y int) time.Time { return nthWeekday(y, 6, time.Monday, 0) } // last Monday of May
		case "independence":
			date = func(y int) time.Time { return civil(y, 7, 4) }
		}
	default:
		return match{}, false
	}
	// "Easter week", "Christmas week": the ISO week that holds the holiday
	week := false
	if m.is(end, "week") && (t.low == "christmas" || t.low == "easter" || t.low == "thanksgiving") {
		week, end = true, end+1
	}
	year, hasYear := 0, false
	if y, k, ok := m.yearNum(end); ok {
		year, hasYear, end = y, true, k
	}
	rule := "holiday"
	if week {
		rule = "holiday-week"
	}
	return match{start: i, end: end, typ: Date, rule: rule, resolve: func(c *sentence) (string, string) {
		format := fmtDay
		first, last := func(d time.Time) time.Time { return d }, func(d time.Time) time.Time { return d }
		if week {
			format = fmtWeek
			first = func(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }
			last = func(d time.Time) time.Time { return first(d).AddDate(0, 0, 6) }
		}
		if hasYear {
			return format(date(year)), ""
		}
		if c.pub.IsZero() {
			if week {
				return "XXXX-WXX", ""
			}
			d := date(2000)
			return fmt.Sprintf("XXXX-%02d-%02d", int(d.Month()), d.Day()), ""
		}
		y := c.pub.Year()
		d := date(y)
		switch c.tenseAt(i, end) {
		case tensePast:
			// a week that has begun is not in the future
			if first(d).After(c.pub) {
				d = date(y - 1)
			}
		case tenseFuture:
			if last(d).Before(c.pub) {
				d = date(y + 1)
			}
		default:
			if absDays(date(y+1), c.pub) < absDays(d, c.pub) {
				d = date(y + 1)
			} else if absDays(date(y-1), c.pub) < absDays(d, c.pub) {
				d = date(y - 1)
			}
		}
		return format(d), ""
	}}, true
}

// nthWeekday returns the n-th wd of month mo in year y; n == 0 is the last
// wd of the month before mo.
func nthWeekday(y int, mo time.Month, wd time.Weekday, n int) time.Time {
	if n == 0 {
		last := civil(y, mo, 0)
		return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
	}
	first := civil(y, mo, 1)
	return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
}

// easter returns Easter Sunday of year y (Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 22*l) / 451
	month := (h + l - 7*mm + 114) / 31
	day := (h+l-7*mm+114)%31 + 1
	return civil(y, time.Month(month), day)
}

// ---- the week of a date, the day before or after one

// around matches a day or week given by a date: "the week of March 6",
// "the day before last Tuesday", "the day after Christmas".
func (m *matcher) around(i int) (match, bool) {
	j := i
	if m.is(j, "the") {
		j++
	}
	shift := 0
	switch {
	case m.is(j, "week") && m.is(j+1, "of") && m.is(i, "the"):
	case m.is(j, "day") && m.is(j+1, "before", "after"):
		shift = map[string]int{"before": -1, "after": 1}[m.tok(j+1).low]
	default:
		return match{}, false
	}
	week := m.is(j, "week")
	j += 2
	var inner match
	found := false
	for _, f := range []func(int) (match, bool){m.absolute, m.weekday, m.holiday} {
		if mt, ok := f(j); ok && mt.typ == Date && (!found || mt.end > inner.end) {
			inner, found = mt, true
		}
	}
	if !found || inner.start != j {
		return match{}, false
	}
	res := inner.resolve
	return match{start: i, end: inner.end, typ: Date, rule: inner.rule + "-around", resolve: func(c *sentence) (string, string) {
		v, mod := res(c)
		if c.rule != "" {
			c.noteRule(c.rule + "-around")
		}
		d, err := time.Parse(time.DateOnly, v)
		if err != nil {
			if week {
				return "XXXX-WXX", mod
			}
			return "XXXX-XX-XX", mod
		}
		if week {
			return fmtWeek(d), mod
		}
		return fmtDay(d.AddDate(0, 0, shift)), mod
	}}, true
}

// ---- modifiers: early, late, mid, the end of, the beginning of

// modified matches a date with a modifier in front: "late 2011", "early
// September", "mid-1990s", "the end of 1990", "the beginning of next year",
// "late yesterday", "early Tuesday".
func (m *matcher) modified(i int) (match, bool) {
	j := i
	mod := ""
	switch {
	case m.is(j, "early"):
		mod, j = "START", j+1
	case m.is(j, "late") && !m.is(j+1, "last", "tonight"):
		mod, j = "END", j+1
	case m.is(j, "mid") && m.hyphenAt(j+1):
		mod, j = "MID", j+2
	case m.is(j, "mid"):
		mod, j = "MID", j+1
	case m.is(j, "the") && m.is(j+1, "end", "beginning", "start", "middle", "close", "turn") && m.is(j+2, "of"):
		mod = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID", "turn": "START"}[m.tok(j+1).low]
		j += 3
	case m.is(j, "midmorning", "midafternoon", "midevening"):
		mod = "MID"
	default:
		return match{}, false
	}
	if mod == "MID" {
		if mt, ok := m.midPartOfDay(i, j); ok {
			return mt, true
		}
	}
	if (mod == "START" || mod == "END") && m.is(j, "on") && m.tok(j+1).upper {
		j++ // "late on Friday"
	}
	var inner match
	found := false
	for _, f := range []func(int) (match, bool){m.year, m.month, m.relative, m.season, m.absolute, m.quarter, m.weekday, m.dayWord} {
		if mt, ok := f(j); ok && (!found || mt.end > inner.end) {
			inner, found = mt, true
		}
	}
	if !found {
		// "the end of the year", "the end of the month"
		if m.is(j, "the") {
			if u, ok := m.unitAt(j + 1); ok && !m.plural(j+1) && (u == uYear || u == uMonth || u == uWeek || u == uDecade || u == uCentury) {
				inner = match{start: j, end: j + 2, typ: Date, rule: "relative-this", resolve: func(c *sentence) (string, string) {
					if c.pub.IsZero() {
						return unknownUnit(u), ""
					}
					return shiftValue(c.pub, u, 0, ""), ""
				}}
				found = true
			}
		}
		if !found {
			return match{}, false
		}
	}
	// a time only when a day holds it: "early Friday morning"
	if inner.start != j || inner.typ != Date && (inner.typ != Time || mod == "MID") {
		return match{}, false
	}
	res := inner.resolve
	return match{start: i, end: inner.end, typ: inner.typ, rule: inner.rule + "-mod", resolve: func(c *sentence) (string, string) {
		v, _ := res(c)
		return v, mod
	}}, true
}

// midPartOfDay matches the middle of a part of the day, from token j after
// "mid" at i: "mid-morning", "midafternoon", "mid-afternoon yesterday",
// "mid-morning on Friday". Without a day it falls on the day the story is
// about.
func (m *matcher) midPartOfDay(i, j int) (match, bool) {
	w := m.tok(j).low
	switch w {
	case "midmorning", "midafternoon", "midevening":
		w = w[3:]
	}
	part, ok := partsOfDay[w]
	if !ok || w == "night" || w == "overnight" {
		return match{}, false
	}
	end := j + 1
	k := end
	if m.is(k, "on") {
		k++
	}
	var day *match
	if d, ok := m.dayFor(k); ok {
		day, end = &d, d.end
	}
	return match{start: i, end: end, typ: Time, rule: "part-of-day-mid", resolve: func(c *sentence) (string, string) {
		return timeOnDay(c, day, "T"+part), "MID"
	}}, true
}
