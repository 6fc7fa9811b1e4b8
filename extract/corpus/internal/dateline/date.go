package dateline

import "time"

// Years outside [minYear, maxYear] are not read as years.
const (
	minYear = 1900
	maxYear = 2199
)

// date is a date read from the tokens of a line.
type date struct {
	y, m, d int  // year (0 when not written), month 1-12 and day 1-31
	wd      int  // weekday written, 1 (Sunday) to 7 (Saturday), or 0 when none
	i, j    int  // the date is toks[i:j]
	bad     bool // whether the weekday written is not the date's
}

// time returns the date at midnight UTC, with year y if the date has none.
func (d date) time(y int) time.Time {
	if d.y != 0 {
		y = d.y
	}
	return time.Date(y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC)
}

// months maps month names and abbreviations, lower case, to 1-12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
	"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday names and abbreviations, lower case, to 1
// (Sunday) to 7 (Saturday).
var weekdays = map[string]int{
	"sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5,
	"friday": 6, "saturday": 7, "sun": 1, "mon": 2, "tue": 3, "tues": 3,
	"wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7,
}

// lookupName returns names[w] for a word w that starts with a capital
// letter, ignoring case and a final ".".
func lookupName(names map[string]int, w string) int {
	w = trimDot(w)
	if len(w) < 3 || len(w) > 9 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return names[string(buf[:len(w)])]
}

// trimDot returns w without a final ".".
func trimDot(w string) string {
	if len(w) > 0 && w[len(w)-1] == '.' {
		return w[:len(w)-1]
	}
	return w
}

// dayOf returns the day of the month written as w ("5", "05", "5th", "5."),
// or 0.
func dayOf(w string) int {
	w = trimDot(w)
	if len(w) > 2 {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
			w = w[:len(w)-2]
		}
	}
	n, ok := digits(w)
	if !ok || len(w) > 2 || n < 1 || n > 31 {
		return 0
	}
	return n
}

// yearOf returns the year written as w ("2016", "2016."), or 0.
func yearOf(w string) int {
	w = trimDot(w)
	n, ok := digits(w)
	if !ok || len(w) != 4 || n < minYear || n > maxYear {
		return 0
	}
	return n
}

// digits returns the number written as s, which must be 1 to 9 ASCII
// digits.
func digits(s string) (int, bool) {
	if len(s) == 0 || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// numericDate reads a date written with digits: "2016-10-15" (perhaps
// followed by a time, "2016-10-15T10:42:00Z"), "2016/10/15", "15.10.2016"
// (day first), and "15/10/2016", "10/15/2016" or "15-10-2016" when one of
// the first two numbers is above 12 or both are equal.
func numericDate(w string) (y, m, d int, ok bool) {
	w = trimDot(w)
	if len(w) >= 10 && isDigit(w[0]) && isDigit(w[3]) && (w[4] == '-' || w[4] == '/') && w[7] == w[4] {
		if len(w) > 10 && w[10] != 'T' && w[10] != 't' {
			return 0, 0, 0, false
		}
		y, ok1 := digits(w[:4])
		m, ok2 := digits(w[5:7])
		d, ok3 := digits(w[8:10])
		if !ok1 || !ok2 || !ok3 || y < minYear || y > maxYear {
			return 0, 0, 0, false
		}
		return y, m, d, true
	}
	// a sep b sep yyyy
	var part [3]string
	n, start := 0, 0
	var sep byte
	for i := 0; i <= len(w); i++ {
		if i < len(w) && isDigit(w[i]) {
			continue
		}
		if n == 3 {
			return 0, 0, 0, false
		}
		part[n] = w[start:i]
		n++
		if i < len(w) {
			switch {
			case sep == 0 && (w[i] == '.' || w[i] == '/' || w[i] == '-'):
				sep = w[i]
			case w[i] != sep:
				return 0, 0, 0, false
			}
		}
		start = i + 1
	}
	if n != 3 || len(part[0]) < 1 || len(part[0]) > 2 || len(part[1]) < 1 || len(part[1]) > 2 {
		return 0, 0, 0, false
	}
	a, _ := digits(part[0])
	b, _ := digits(part[1])
	y = yearOf(part[2])
	if y == 0 {
		return 0, 0, 0, false
	}
	switch {
	case sep == '.', a > 12 && b <= 12, a == b:
		d, m = a, b
	case b > 12 && a <= 12:
		m, d = a, b
	default:
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// daysIn returns the number of days in month m of year y, or of a leap
// year when y is 0.
func daysIn(m, y int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// valid reports whether day d of month m exists in year y (any leap year
// when y is 0).
func valid(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y)
}

// word returns the text of toks[k] if it is a word, else "".
func word(toks []token, k int) string {
	if k < len(toks) && toks[k].kind == tWord {
		return toks[k].s
	}
	return ""
}

// is reports whether toks[k] exists and is of kind kind.
func is(toks []token, k int, kind tokKind) bool {
	return k < len(toks) && toks[k].kind == kind
}

// parseDate reads a date starting at toks[i]: "Friday, Aug. 26, 2016",
// "Dec. 10", "Sat 15 Oct 2016", "15th of October", "2016-10-15". It
// reports whether there is one; a date whose day does not exist is none,
// and one whose weekday disagrees with it is returned with bad set.
func parseDate(toks []token, i int) (date, bool) {
	dt := date{i: i}
	k := i
	if wd := lookupName(weekdays, word(toks, k)); wd > 0 {
		dt.wd = wd
		k++
		if is(toks, k, tComma) {
			k++
		}
	}
	w := word(toks, k)
	if w == "" {
		return date{}, false
	}
	switch {
	case lookupName(months, w) > 0 && dayOf(word(toks, k+1)) > 0:
		dt.m, dt.d = lookupName(months, w), dayOf(word(toks, k+1))
		dt.y, k = year(toks, k+2)
	case dayOf(w) > 0:
		kk := k + 1
		if word(toks, kk) == "of" {
			kk++
		}
		m := lookupName(months, word(toks, kk))
		if m == 0 {
			return date{}, false
		}
		dt.m, dt.d = m, dayOf(w)
		dt.y, k = year(toks, kk+1)
	default:
		y, m, d, ok := numericDate(w)
		if !ok {
			return date{}, false
		}
		dt.y, dt.m, dt.d = y, m, d
		k++
	}
	if !valid(dt.y, dt.m, dt.d) {
		return date{}, false
	}
	dt.j = k
	if dt.y != 0 && dt.wd != 0 {
		dt.bad = int(dt.time(0).Weekday())+1 != dt.wd
	}
	return dt, true
}

// year reads an optional year at toks[k], perhaps after a comma, and
// returns it (or 0) with the index of the token after the date.
func year(toks []token, k int) (int, int) {
	if y := yearOf(word(toks, k)); y > 0 {
		return y, k + 1
	}
	if is(toks, k, tComma) {
		if y := yearOf(word(toks, k+1)); y > 0 {
			return y, k + 2
		}
	}
	return 0, k
}

// findDates appends the dates in toks to dates, left to right and without
// overlaps.
func findDates(toks []token, dates []date) []date {
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord {
			i++
			continue
		}
		d, ok := parseDate(toks, i)
		if !ok {
			i++
			continue
		}
		dates = append(dates, d)
		i = d.j
	}
	return dates
}
