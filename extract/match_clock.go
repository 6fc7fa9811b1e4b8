package extract

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract/internal/clock"
)

// timeZones are zone abbreviations that may follow a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true,
	"pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "et": true,
}

// clock matches a clock time found by the clock finder, with the day it
// falls on when the text gives one next to it: "10 p.m. Wednesday", "9 a.m.
// EST Tuesday", "Friday at 5 p.m.", "noon Thursday".
func (m *matcher) clock(i int) (match, bool) {
	if len(m.clocks) == 0 {
		return match{}, false
	}
	// "Friday at 5 p.m.": a day expression first
	if day, ok := m.dayFor(i); ok {
		j := day.end
		if m.is(j, "at", "around", "about") {
			j++
		}
		if c, ok := m.clocks[j]; ok && j > day.end {
			return m.clockMatch(i, c.end, c, &day), true
		}
	}
	c, ok := m.clocks[i]
	if !ok || m.is(i-1, "high") {
		return match{}, false // "High Noon"
	}
	j := c.end
	if timeZones[m.tok(j).low] || m.is(j, "local") && m.is(j+1, "time") {
		if m.is(j, "local") {
			j++
		}
		j++
	}
	k := j
	if m.is(k, "(") {
		// "7 p.m. local time (1600 GMT) on Thursday": the day after the
		// other zone's time dates the clock, but stays an expression of
		// its own
		for p := k + 1; p < k+8 && p < len(m.toks); p++ {
			if !m.is(p, ")") {
				continue
			}
			p++
			if m.is(p, "on") {
				p++
			}
			if day, ok := m.dayFor(p); ok {
				return m.clockMatch(i, j, c, &day), true
			}
			break
		}
	}
	if m.is(k, ",") {
		k++
	}
	if m.is(k, "on") {
		k++
	}
	if day, ok := m.dayFor(k); ok {
		return m.clockMatch(i, day.end, c, &day), true
	}
	return m.clockMatch(i, c.end, c, nil), true
}

// dayFor returns the day-level expression at i, if there is one: a
// weekday, today/yesterday/tomorrow or a month and day.
func (m *matcher) dayFor(i int) (match, bool) {
	for _, f := range []func(int) (match, bool){m.absolute, m.weekday, m.dayWord} {
		if mt, ok := f(i); ok && mt.typ == Date {
			return mt, true
		}
	}
	return match{}, false
}

// clockMatch builds the TIME expression of clock c over tokens [start, end),
// on the day of day when given, else on the day in context.
func (m *matcher) clockMatch(start, end int, c clockAt, day *match) match {
	suffix := fmt.Sprintf("T%02d:%02d", c.hour, c.minute)
	if m.is(c.end-1, "midnight") {
		// "midnight Friday" ends Friday: ISO 8601 and TimeML write 24:00
		suffix = "T24:00"
	}
	return match{start: start, end: end, typ: Time, rule: "clock", resolve: func(s *sentence) (string, string) {
		return timeOnDay(s, day, suffix), ""
	}}
}

// timeOnDay returns the value of a time of day (suffix "T19:00", "TMO") on
// the day of day when given, else on the day the story is about.
func timeOnDay(c *sentence, day *match, suffix string) string {
	if day != nil {
		if v, _ := day.resolve(c); len(v) == len("2006-01-02") {
			return v + suffix
		}
		return "XXXX-XX-XX" + suffix
	}
	if c.pub.IsZero() {
		return "XXXX-XX-XX" + suffix
	}
	return fmtDay(c.storyDay()) + suffix
}

// clockTokens maps clock times found in the sentence that starts at byte
// offset base onto token indices.
func clockTokens(toks []token, found []clock.Match, base int) map[int]clockAt {
	if len(found) == 0 {
		return nil
	}
	out := make(map[int]clockAt, len(found))
	k := 0
	for _, f := range found {
		from, to := base+f.Start, base+f.End
		for k < len(toks) && toks[k].start < from {
			k++
		}
		if k == len(toks) || toks[k].start != from {
			continue
		}
		e := k
		for e < len(toks) && toks[e].end <= to {
			e++
		}
		if e > k {
			out[k] = clockAt{end: e, hour: f.Hour, minute: f.Minute}
		}
	}
	return out
}
