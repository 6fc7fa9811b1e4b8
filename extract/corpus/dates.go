package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Years outside [minYear, maxYear] are taken for typing mistakes, not
// publication dates.
const (
	minYear = 1800
	maxYear = 2200
)

// ParseDate parses a publication date strictly: YYYY-MM-DD, a real
// calendar date. Its errors wrap ErrBadDate.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || len(s) != len(time.DateOnly) {
		if isoDate.MatchString(s) {
			return time.Time{}, fmt.Errorf("%w %q: impossible date", ErrBadDate, s)
		}
		return time.Time{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrBadDate, s)
	}
	if t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, fmt.Errorf("%w %q: implausible year", ErrBadDate, s)
	}
	return t, nil
}

// isoDate matches text shaped like an ISO date, real or not.
var isoDate = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}`)

// zoned are the layouts of timestamps that carry a zone or offset.
var zoned = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04Z07:00",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC850,
	time.UnixDate,
}

// local are the layouts of timestamps and dates written without a zone:
// they are read as the calendar day written.
var local = []string{
	time.DateOnly,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"20060102",
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Mon, January 2, 2006",
	"Monday, 2 January 2006",
	"Mon, 2 Jan 2006",
}

// parseTimestamp returns the calendar day of a publication date or
// timestamp s, as YYYY-MM-DD. A timestamp with a zone keeps the calendar
// day of the place it was written in, unless tz is set, in which case the
// instant is moved to tz first; a date or a timestamp without a zone is
// its day as written. Its errors wrap ErrBadDate.
func parseTimestamp(s string, tz *time.Location) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("%w: empty", ErrBadDate)
	}
	for _, layout := range zoned {
		if t, err := time.Parse(layout, s); err == nil {
			if tz != nil {
				t = t.In(tz)
			}
			return day(t, s)
		}
	}
	for _, layout := range local {
		if t, err := time.Parse(layout, s); err == nil {
			return day(t, s)
		}
	}
	if isoDate.MatchString(s) {
		return "", fmt.Errorf("%w %q: impossible date", ErrBadDate, s)
	}
	return "", fmt.Errorf("%w %q: want YYYY-MM-DD or an RFC 3339 timestamp", ErrBadDate, s)
}

// day formats t's calendar day, checking that its year is plausible; s is
// the text t was read from, for the error.
func day(t time.Time, s string) (string, error) {
	if t.Year() < minYear || t.Year() > maxYear {
		return "", fmt.Errorf("%w %q: implausible year", ErrBadDate, s)
	}
	return t.Format(time.DateOnly), nil
}
