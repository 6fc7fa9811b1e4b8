package extract

import (
	"fmt"
	"time"
)

// ---- weekdays

// weekday matches "Friday", "last Friday", "next Tuesday", "Thursday night".
func (m *matcher) weekday(i int) (match, bool) {
	start := i
	rel := ""
	j := i
	if m.is(j, "last", "next", "this", "coming", "past", "previous") || m.is(j, "following") && m.is(j-1, "the") {
		rel, j = m.tok(j).low, j+1
	}
	// "the previous Friday", "the following Tuesday" count from the day
	// the story is about, not from publication
	anaphoric := (rel == "previous" || rel == "following") && m.is(start-1, "the")
	t := m.tok(j)
	wd, ok := weekdayNames[t.low]
	if !ok || !t.upper {
		return match{}, false
	}
	end := j + 1
	part := ""
	if pd, ok := partsOfDay[m.tok(end).low]; ok && m.tok(end).low != "overnight" {
		part, end = pd, end+1
	}
	typ := Date
	if part != "" {
		typ = Time
	}
	// "Friday's talks" names an event already reported
	possessive := (m.is(end, "'", "’") && m.is(end+1, "s") && m.glued(end)) || m.is(end, "'s")
	// "a service planned for Saturday was canceled": the plan is over, its
	// day may be either side of publication
	calledOff := m.is(start-1, "for") && m.tok(start-2).kind == tokWord && m.calledOffAfter(end)
	return match{start: start, end: end, typ: typ, rule: "weekday", resolve: func(c *sentence) (string, string) {
		if c.pub.IsZero() {
			v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
			if part != "" {
				v += "T" + part
			}
			return v, ""
		}
		back := (int(c.pub.Weekday()) - int(wd) + 7) % 7
		var d time.Time
		if ref, g, ok := c.reference(); anaphoric && ok && g == "day" {
			if rel == "previous" {
				d = ref.AddDate(0, 0, -((int(ref.Weekday())-int(wd)+6)%7 + 1))
			} else {
				d = ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+6)%7+1)
			}
			c.noteRule("weekday-anaphoric")
			v := fmtDay(d)
			if part != "" {
				v += "T" + part
			}
			return v, ""
		}
		switch rel {
		case "last", "past", "previous":
			if back == 0 {
				back = 7
			}
			d = c.pub.AddDate(0, 0, -back)
			c.noteRule("weekday-last")
		case "next", "coming", "following":
			fwd := (7 - back) % 7
			if fwd == 0 {
				fwd = 7
			}
			d = c.pub.AddDate(0, 0, fwd)
			c.noteRule("weekday-next")
		default:
			if back == 0 {
				d = c.pub
				c.noteRule("weekday-publication")
				break
			}
			if calledOff {
				d = nearestWeekday(c.pub, back)
				c.noteRule("weekday-nearest")
				break
			}
			tn := c.tenseAt(start, end)
			switch {
			case possessive && m.is(start-2, "ahead") && m.is(start-1, "of"):
				tn = tenseFuture // "ahead of Sunday's vote"
			case possessive && (tn != tenseFuture || !m.futurePossessive(end)):
				// "Friday's talks" were reported, and a future verb elsewhere
				// does not move them: "will appeal Wednesday's ruling"; but
				// "Monday's meeting will focus" is ahead
				tn = tensePast
			case m.is(start-1, "for") && m.tok(start-2).kind == tokWord && !isReporting(m.tok(start-2).low):
				tn = tenseFuture // "a meeting for Monday", "scheduled for Friday"
			case m.is(m.beforeClock(start)-1, "until", "till", "to") && m.delayedBefore(m.beforeClock(start)-2):
				tn = tenseFuture // "postponed until Tuesday", "extended its deadline to Friday": the new date is ahead
			case tn == tenseUnknown:
				if b := m.beforeClock(start); m.is(b-1, "until", "till", "by") || m.is(b-2, "soon") && m.is(b-1, "as") {
					tn = tenseFuture // deadlines: "until Tuesday", "as soon as Tuesday"
				}
			}
			if rel == "this" && tn == tenseUnknown || tn == tensePresent {
				tn = tenseFuture
			}
			if tn == tenseFuture {
				d = c.pub.AddDate(0, 0, 7-back)
			} else {
				d = c.pub.AddDate(0, 0, -back)
			}
			c.noteRule("weekday-" + tn.String())
		}
		v := fmtDay(d)
		if part != "" {
			v += "T" + part
		}
		return v, ""
	}}, true
}

// calledOffAfter reports whether the words after a scheduled day at end
// report the plan called off: "planned for Saturday was canceled", "set
// for Monday have been postponed".
func (m *matcher) calledOffAfter(end int) bool {
	k := end
	for k < end+3 && m.is(k, "was", "were", "has", "have", "had", "been", "then", "later", "since") {
		k++
	}
	return k > end && m.is(k, "canceled", "cancelled", "postponed", "called", "scrapped", "delayed", "suspended", "abandoned", "shelved")
}

// nearestWeekday returns the occurrence of a weekday back days before pub
// (1 to 6) or 7-back days after it, whichever is closer to pub; a tie goes
// to the past, which news reports more.
func nearestWeekday(pub time.Time, back int) time.Time {
	if back <= 7-back {
		return pub.AddDate(0, 0, -back)
	}
	return pub.AddDate(0, 0, 7-back)
}

// futurePossessive reports whether the event named by a possessive
// weekday ending at token end takes a future verb of its own: "Monday's
// meeting will focus", "Tuesday's vote is expected".
func (m *matcher) futurePossessive(end int) bool {
	for k := end; k < end+7 && k < len(m.toks); k++ {
		w := m.tok(k).low
		if futureModals[w] || scheduleWords[w] {
			return true
		}
		if w == "," || w == "." || w == ";" {
			break
		}
	}
	return false
}

// delayVerbs move an event to a later date named after "until" or "to".
var delayVerbs = map[string]bool{
	"postponed": true, "delayed": true, "adjourned": true, "deferred": true, "extended": true,
	"moved": true, "pushed": true, "rescheduled": true, "suspended": true, "recessed": true,
}

// delayedBefore reports whether a verb of delay ends at token i or stands
// before a short object ending there: "postponed", "extended its
// deadline", "pushed the vote back".
func (m *matcher) delayedBefore(i int) bool {
	for k := i; k >= 0 && k >= i-3; k-- {
		if delayVerbs[m.tok(k).low] {
			return true
		}
		if t := m.tok(k); t.kind != tokWord || k < i && (isFunctionWord(t.low) && !m.is(k, "the", "a", "an") || t.upper) {
			return false
		}
	}
	return false
}

// beforeClock returns the index of the first token of a clock time and its
// zone that end just before i ("9 a.m. EST Tuesday"), or i when none does.
func (m *matcher) beforeClock(i int) int {
	j := i
	if timeZones[m.tok(j-1).low] {
		j--
	}
	for s, c := range m.clocks {
		if c.end == j {
			return s
		}
	}
	return i
}

// ---- today, yesterday, tomorrow, tonight

// dayWord matches "today", "yesterday", "tomorrow", "tonight", "last
// night", "this morning", "yesterday afternoon", "the day before yesterday".
func (m *matcher) dayWord(i int) (match, bool) {
	start, j := i, i
	offset, part := 0, ""
	switch {
	case m.is(j, "the") && m.is(j+1, "day") && m.is(j+2, "before") && m.is(j+3, "yesterday"):
		offset, j = -2, j+4
	case m.is(j, "the") && m.is(j+1, "day") && m.is(j+2, "after") && m.is(j+3, "tomorrow"):
		offset, j = 2, j+4
	case m.is(j, "today", "yesterday", "tomorrow"):
		offset = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1}[m.tok(j).low]
		j++
		if m.tok(j-1).low == "today" && m.is(j, "'", "’") && m.is(j+1, "s") {
			break
		}
		if pd, ok := partsOfDay[m.tok(j).low]; ok && m.tok(j).low != "overnight" {
			part, j = pd, j+1
		}
	case m.is(j, "tonight"):
		part, j = "NI", j+1
	case m.is(j, "last") && m.is(j+1, "night", "evening"):
		offset, part, j = -1, partsOfDay[m.tok(j+1).low], j+2
	case m.is(j, "this") && m.is(j+1, "morning", "afternoon", "evening"):
		part, j = partsOfDay[m.tok(j+1).low], j+2
	case m.is(j, "tomorrow") || m.is(j, "yesterday"):
	default:
		return match{}, false
	}
	typ := Date
	if part != "" {
		typ = Time
	}
	rule := "today"
	switch {
	case offset < 0:
		rule = "yesterday"
	case offset > 0:
		rule = "tomorrow"
	}
	if part != "" {
		rule += "-part-of-day"
	}
	return match{start: start, end: j, typ: typ, rule: rule, resolve: func(c *sentence) (string, string) {
		suffix := ""
		if part != "" {
			suffix = "T" + part
		}
		if c.pub.IsZero() {
			if offset == 0 && part == "" {
				return "PRESENT_REF", ""
			}
			return "XXXX-XX-XX" + suffix, ""
		}
		return fmtDay(c.pub.AddDate(0, 0, offset)) + suffix, ""
	}}, true
}

// overnight matches "overnight" as a time: "jets pounded the city
// overnight" is the night before publication, "will be closed overnight"
// the night of it. A stay overnight is a length of time and an overnight
// rate a kind of loan, neither a time.
func (m *matcher) overnight(i int) (match, bool) {
	if !m.is(i, "overnight") || m.tok(i).upper || m.is(i-1, "stay", "stays", "stayed", "staying", "spend", "spent", "spending", "kept", "keep", "held", "hold",
		"remain", "remained", "remains", "almost", "virtually", "literally", "an", "the") ||
		m.is(i+1, "rate", "rates", "deposit", "deposits", "lending", "loan", "loans", "repo", "stay", "stays", "bag",
			"success", "sensation", "hit", "star", "delivery", "shipping", "camp", "trip", "visit", "index") {
		return match{}, false
	}
	return match{start: i, end: i + 1, typ: Time, rule: "overnight", resolve: func(c *sentence) (string, string) {
		if c.pub.IsZero() {
			return "XXXX-XX-XXTNI", ""
		}
		// the night before the day the story is about
		day := c.storyDay()
		d := day.AddDate(0, 0, -1)
		if c.tenseAt(i, i+1) == tenseFuture {
			d = day
		}
		return fmtDay(d) + "TNI", ""
	}}, true
}

// ---- this week, last year, two months ago, a year earlier

// relative matches this/last/next + week, month, year, weekend, decade,
// century; "earlier this year"; "the weekend"; "N units ago".
func (m *matcher) relative(i int) (match, bool) {
	start, j := i, i
	// "earlier this year", "later this month"
	if m.is(j, "earlier", "later") && m.is(j+1, "this", "that", "in") {
		j++
		if m.is(j, "in") && m.is(j+1, "the") {
			j++
		}
	}
	if mt, ok := m.agoExpr(i); ok {
		return mt, true
	}
	rel := ""
	switch {
	case m.is(j, "this", "last", "next", "past", "previous", "coming", "current", "following", "the"):
		rel = m.tok(j).low
		if rel == "the" {
			if m.is(j+1, "past", "last", "previous", "coming", "next", "current", "following", "same") {
				rel = m.tok(j + 1).low
				j++
			}
		}
		j++
	case m.is(j, "over") && m.is(j+1, "the") && m.is(j+2, "weekend"):
		rel, j = "the", j+2
	default:
		return match{}, false
	}
	if m.is(j, "fiscal") && m.is(j+1, "year") && rel != "the" {
		j++ // "the current fiscal year" is taken as the calendar year
	}
	u, ok := m.unitAt(j)
	if !ok || m.plural(j) || u < uWeek || u == uQuarter {
		return match{}, false
	}
	if rel == "the" && u != uWeekend {
		return match{}, false // "the year" is too often a duration or generic
	}
	if start > 0 && m.tok(start).upper && m.tok(j).upper && m.is(start-1, "\"", "“", "``", "'", "‘") {
		return match{}, false // a title in quotes: ABC's "This Week"
	}
	if rel == "same" {
		return match{}, false
	}
	if rel == "following" || (rel == "previous" && m.is(start, "the")) {
		return match{}, false // anaphoric: "the following year", matched elsewhere
	}
	end := j + 1
	if m.is(start, "over") {
		start++
	}
	if rel == "past" && (u == uDecade || u == uCentury) {
		// "the past decade" is the ten years to publication, not the
		// calendar decade before this one: a duration, as "the past two
		// years" is
		return match{start: start, end: end, typ: Duration, rule: "duration", resolve: constant(durationValue(1, u, false), "")}, true
	}
	return match{start: start, end: end, typ: Date, rule: "relative-" + rel, resolve: func(c *sentence) (string, string) {
		n := 0
		switch rel {
		case "last", "past", "previous":
			n = -1
		case "next", "coming", "following":
			n = 1
		}
		if u == uWeekend {
			return c.weekend(start, end, rel), ""
		}
		if c.pub.IsZero() {
			return unknownUnit(u), ""
		}
		switch u {
		case uWeek:
			return fmtWeek(c.pub.AddDate(0, 0, 7*n)), ""
		case uMonth:
			t := addMonths(c.pub, n)
			return fmtMonth(t.Year(), t.Month()), ""
		case uYear:
			return fmtYear(c.pub.Year() + n), ""
		case uDecade:
			return fmt.Sprintf("%03d", c.pub.Year()/10+n), ""
		case uCentury:
			return fmt.Sprintf("%02d", c.pub.Year()/100+n), ""
		}
		return unknownUnit(u), ""
	}}, true
}

func unknownUnit(u unit) string {
	switch u {
	case uSecond, uMinute, uHour, uDay:
		return "XXXX-XX-XX"
	case uWeek:
		return "XXXX-WXX"
	case uWeekend:
		return "XXXX-WXX-WE"
	case uMonth:
		return "XXXX-XX"
	case uQuarter:
		return "XXXX-QX"
	case uDecade:
		return "XXX"
	case uCentury:
		return "XX"
	}
	return "XXXX"
}

// anaphoric matches expressions dated from the last date the article
// gave: "that day", "earlier that day", "later that year", "the next
// morning", "the following month", "the previous week".
func (m *matcher) anaphoric(i int) (match, bool) {
	start, j := i, i
	shift := 0
	switch {
	case m.is(j, "earlier", "later") && m.is(j+1, "that"):
		j += 2
	case m.is(j, "that"):
		j++
	case m.is(j, "the") && m.is(j+1, "next", "following", "previous", "preceding", "same"):
		shift = map[string]int{"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[m.tok(j+1).low]
		j += 2
	default:
		return match{}, false
	}
	if m.is(j, "same") {
		j++
	}
	u, part := uDay, ""
	switch w := m.tok(j).low; {
	case w == "day":
	case partsOfDay[w] != "" && w != "overnight":
		part = partsOfDay[w]
	case w == "week" || w == "month" || w == "year":
		u = unitWords[w]
	default:
		return match{}, false
	}
	if m.is(start, "that") && (m.is(start-1, "said", "says", "so", "such", "believe", "believes", "think", "thinks") || m.is(j+1, "when", "that", "he", "she", "it", "they", "we", "the")) {
		return match{}, false // "that day when", "said that day-care"
	}
	end := j + 1
	typ := Date
	if part != "" {
		typ = Time
	}
	if m.is(start, "the") && shift == 1 && u != uDay && part == "" && !m.is(start+1, "following") {
		return match{}, false // "the next year" counts from publication
	}
	return match{start: start, end: end, typ: typ, rule: "anaphoric", resolve: func(c *sentence) (string, string) {
		ref, g, ok := c.reference()
		if !ok {
			ref, g = c.pub, "day"
		}
		if ref.IsZero() {
			return unknownUnit(u), ""
		}
		var v string
		switch {
		case u != uDay || g == "day":
			v = shiftValue(ref, u, shift, "")
		case g == "month" && shift == 0:
			// "that same day" after "last October": a day of that month
			v = fmt.Sprintf("%04d-%02d-XX", ref.Year(), int(ref.Month()))
		case g == "year" && shift == 0 || g == "quarter" && shift == 0:
			v = fmt.Sprintf("%04d-XX-XX", ref.Year())
		default:
			v = unknownUnit(uMonth) + "-XX"
		}
		if part != "" {
			v += "T" + part
		}
		return v, ""
	}}, true
}

// weekend resolves "the weekend", "this weekend", "last weekend", "next weekend".
func (c *sentence) weekend(start, end int, rel string) string {
	if c.pub.IsZero() {
		return "XXXX-WXX-WE"
	}
	wd := c.pub.Weekday()
	onWeekend := wd == time.Saturday || wd == time.Sunday
	var ref time.Time
	switch rel {
	case "last", "past", "previous":
		ref = c.pub.AddDate(0, 0, -7)
		if !onWeekend {
			// on a weekday, "last weekend" is the one just gone
			ref = c.pub.AddDate(0, 0, -int(wd))
		}
		c.noteRule("weekend-last")
	case "next", "coming", "following":
		ref = c.pub.AddDate(0, 0, 7)
		if !onWeekend {
			ref = c.pub
		}
		c.noteRule("weekend-next")
	default:
		tn := c.tenseAt(start, end)
		switch {
		case onWeekend:
			ref = c.pub
		case tn == tenseFuture || (tn == tenseUnknown && rel == "this"):
			ref = c.pub
		case tn == tenseUnknown && wd >= time.Thursday:
			ref = c.pub
		default:
			ref = c.pub.AddDate(0, 0, -int(wd)) // the Sunday just gone
		}
		c.noteRule("weekend-" + tn.String())
	}
	return fmtWeek(ref) + "-WE"
}

// agoExpr matches "two years ago", "a year earlier", "three days before",
// "a decade ago", "six weeks later".
func (m *matcher) agoExpr(i int) (match, bool) {
	start, j := i, i
	mod := ""
	switch {
	case m.is(j, "more", "less") && m.is(j+1, "than"):
		mod = map[string]string{"more": "BEFORE", "less": "AFTER"}[m.tok(j).low]
		j += 2
	case m.is(j, "nearly", "almost"):
		mod, j = "AFTER", j+1
	case m.is(j, "about", "some", "around", "roughly"):
		mod, j = "APPROX", j+1
	}
	if m.is(j, "a") && m.is(j+1, "few") {
		j++ // "a few years ago"
	}
	n, k, vague, ok := m.number(j)
	if !ok {
		// "years ago", "weeks earlier"
		if _, ok2 := m.unitAt(j); ok2 && m.plural(j) && m.is(j+1, "ago") {
			return match{start: start, end: j + 2, typ: Date, rule: "ago-vague", resolve: constant("PAST_REF", "")}, true
		}
		return match{}, false
	}
	if m.hyphenAt(k) {
		k++
	}
	u, ok := m.unitAt(k)
	if !ok || u == uWeekend {
		return match{}, false
	}
	dir := m.tok(k + 1).low
	sign := 0
	switch dir {
	case "ago", "earlier", "before":
		sign = -1
	case "later", "after", "hence":
		sign = 1
	case "from":
		if m.is(k+2, "now", "today") {
			sign = 1
			k++
		}
	}
	if sign == 0 {
		return match{}, false
	}
	if (dir == "before" || dir == "after") && !m.is(k+2, ".", ",", ";", ")", "") && m.tok(k+2).kind != tokPunct && m.tok(k+2).start >= 0 {
		return match{}, false // "two days before the vote" is a relation, not a date
	}
	end := k + 2
	fromRef := dir == "earlier" || dir == "later" || dir == "before" || dir == "after"
	if fromRef && u < uMonth {
		// "three days later", "a day earlier": a length of time from an
		// event the text does not date; the expression is the duration
		mods := map[string]string{"BEFORE": "MORE_THAN", "AFTER": "LESS_THAN", "APPROX": "APPROX"}
		return match{start: start, end: k + 1, typ: Duration, rule: "duration", resolve: constant(durationValue(n, u, vague), mods[mod])}, true
	}
	return match{start: start, end: end, typ: Date, rule: "ago", resolve: func(c *sentence) (string, string) {
		if vague {
			if sign < 0 {
				return "PAST_REF", mod
			}
			return "FUTURE_REF", mod
		}
		anchor := c.pub
		g := ""
		if q, ok := c.quarterContext(); ok && (u == uYear || u == uQuarter) {
			// "a year ago" in a report of quarterly results is the same
			// quarter of the year before
			anchor, g = q, "quarter"
		} else if fromRef {
			if r, gg, ok := c.reference(); ok && gg != "day" {
				anchor, g = r, gg
			}
		}
		if anchor.IsZero() {
			return unknownUnit(u), mod
		}
		return shiftValue(anchor, u, int(n+0.5)*sign, g), mod
	}}, true
}

// unitSteps give, for each unit, its length in days or months (units
// under a day do not move the date) and the granularity its dates take.
var unitSteps = map[unit]struct {
	days, months int
	gran         string
}{
	uSecond: {0, 0, "day"}, uMinute: {0, 0, "day"}, uHour: {0, 0, "day"}, uDay: {1, 0, "day"},
	uWeek: {7, 0, "week"}, uMonth: {0, 1, "month"}, uQuarter: {0, 3, "quarter"},
	uYear: {0, 12, "year"}, uDecade: {0, 120, "year"}, uCentury: {0, 1200, "century"},
}

// shiftValue moves anchor by n units and formats it at the unit's
// granularity, or at granularity g ("quarter", "month", "day") when the
// context set one.
func shiftValue(anchor time.Time, u unit, n int, g string) string {
	step := unitSteps[u]
	t := addMonths(anchor.AddDate(0, 0, step.days*n), step.months*n)
	if g == "" {
		g = step.gran
	}
	switch g {
	case "day":
		return fmtDay(t)
	case "week":
		return fmtWeek(t)
	case "month":
		return fmtMonth(t.Year(), t.Month())
	case "quarter":
		return fmt.Sprintf("%04d-Q%d", t.Year(), quarterOf(t.Month()))
	case "century":
		return fmt.Sprintf("%02d", t.Year()/100)
	}
	return fmtYear(t.Year())
}
