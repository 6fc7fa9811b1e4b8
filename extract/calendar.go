package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar arithmetic on civil dates. All times are midnight UTC; only the
// calendar day matters.

func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// addMonths moves t by n calendar months without overflowing into the next
// month: Jan 31 + 1 month is Feb 28 (or 29), not Mar 3.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := civil(y, m, 1).AddDate(0, n, 0)
	if last := daysIn(first.Year(), first.Month()); d > last {
		d = last
	}
	return civil(first.Year(), first.Month(), d)
}

func daysIn(y int, m time.Month) int { return civil(y, m+1, 0).Day() }

func fmtDay(t time.Time) string { return t.Format(time.DateOnly) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtMonth(y int, m time.Month) string { return fmt.Sprintf("%04d-%02d", y, int(m)) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

// quarterOf returns the calendar quarter (1-4) of month m.
func quarterOf(m time.Month) int { return (int(m)-1)/3 + 1 }

// isoWeekStart returns the Monday of ISO week w of ISO year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := civil(y, 1, 4)
	mon := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return mon.AddDate(0, 0, 7*(w-1))
}

// ParseValue returns the calendar extent of a TIMEX3 DATE or TIME value:
// days (2016-10-14), parts of days and clock times (2016-10-13TNI,
// 2016-10-13T17:00), ISO weeks and weekends (2016-W41, 2014-W02-WE),
// months, quarters, halves and seasons (2016-09, 2016-Q3, 2016-H1,
// 2016-SU), years, decades and centuries (2016, 199, 19), and the
// references PAST_REF, PRESENT_REF and FUTURE_REF, anchored at anchor (which
// may be zero). It reports false for values it cannot place on the calendar,
// such as durations or underspecified XXXX-WXX-6.
func ParseValue(value string, anchor time.Time) (Span, bool) {
	switch value {
	case "PRESENT_REF":
		if anchor.IsZero() {
			return Span{Granularity: Ref}, false
		}
		return Span{Start: fmtDay(anchor), End: fmtDay(anchor), Granularity: Ref}, true
	case "PAST_REF":
		if anchor.IsZero() {
			return Span{Granularity: Ref}, false
		}
		return Span{End: fmtDay(anchor), Granularity: Ref}, true
	case "FUTURE_REF":
		if anchor.IsZero() {
			return Span{Granularity: Ref}, false
		}
		return Span{Start: fmtDay(anchor), Granularity: Ref}, true
	}
	span := func(a, b time.Time, g Granularity) (Span, bool) {
		return Span{Start: fmtDay(a), End: fmtDay(b), Granularity: g}, true
	}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	switch len(value) {
	case 2: // century
		if c, ok := num(value); ok {
			return span(civil(c*100, 1, 1), civil(c*100+99, 12, 31), Decade)
		}
	case 3: // decade
		if d, ok := num(value); ok {
			return span(civil(d*10, 1, 1), civil(d*10+9, 12, 31), Decade)
		}
	}
	if len(value) < 4 {
		return Span{}, false
	}
	y, ok := num(value[:4])
	if !ok {
		return Span{}, false
	}
	rest := value[4:]
	if rest == "" {
		return span(civil(y, 1, 1), civil(y, 12, 31), Year)
	}
	if rest[0] != '-' {
		return Span{}, false
	}
	rest = rest[1:]
	switch {
	case len(rest) >= 2 && rest[0] == 'W' && rest != "WI":
		w, ok := num(rest[1:min(3, len(rest))])
		if !ok || w < 1 || w > 53 {
			return Span{}, false
		}
		if _, last := civil(y, 12, 28).ISOWeek(); w > last {
			return Span{}, false // week 53 exists only in some years
		}
		mon := isoWeekStart(y, w)
		if len(rest) == 3 {
			return span(mon, mon.AddDate(0, 0, 6), Week)
		}
		if rest[3:] == "-WE" {
			return span(mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6), Weekend)
		}
		return Span{}, false
	case len(rest) == 2 && rest[0] == 'Q':
		q, ok := num(rest[1:])
		if !ok || q < 1 || q > 4 {
			return Span{}, false
		}
		m := time.Month(3*q - 2)
		return span(civil(y, m, 1), civil(y, m+3, 0), Quarter)
	case len(rest) == 2 && rest[0] == 'H':
		h, ok := num(rest[1:])
		if !ok || h < 1 || h > 2 {
			return Span{}, false
		}
		m := time.Month(6*h - 5)
		return span(civil(y, m, 1), civil(y, m+6, 0), Quarter)
	case rest == "SP":
		return span(civil(y, 3, 1), civil(y, 6, 0), Season)
	case rest == "SU":
		return span(civil(y, 6, 1), civil(y, 9, 0), Season)
	case rest == "FA":
		return span(civil(y, 9, 1), civil(y, 12, 0), Season)
	case rest == "WI":
		return span(civil(y, 12, 1), civil(y+1, 3, 0), Season)
	}
	if len(rest) < 2 {
		return Span{}, false
	}
	m, ok := num(rest[:2])
	if !ok || m < 1 || m > 12 {
		return Span{}, false
	}
	rest = rest[2:]
	if rest == "" {
		return span(civil(y, time.Month(m), 1), civil(y, time.Month(m)+1, 0), Month)
	}
	if len(rest) < 3 || rest[0] != '-' {
		return Span{}, false
	}
	d, ok := num(rest[1:3])
	if !ok || d < 1 || d > daysIn(y, time.Month(m)) {
		return Span{}, false
	}
	day := civil(y, time.Month(m), d)
	rest = rest[3:]
	if rest == "" {
		return span(day, day, Day)
	}
	if rest[0] == 'T' && len(rest) > 1 {
		switch tail := rest[1:]; {
		case tail == "MO" || tail == "AF" || tail == "EV" || tail == "NI" || tail == "DT":
			return span(day, day, PartOfDay)
		case len(tail) >= 2 && strings.Trim(tail, "0123456789:") == "":
			return span(day, day, PartOfDay)
		}
	}
	return Span{}, false
}
