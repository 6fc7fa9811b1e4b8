package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
)

// Years outside [minYear, maxYear] are taken for typing mistakes, not
// publication dates.
const (
	minYear = 1900
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

// parseTimestamp returns the calendar day of a publication date or
// timestamp s, as YYYY-MM-DD, read as pages' metadata are (see
// htmlpage.ParseTimestamp). A timestamp with a zone keeps the calendar
// day of the place it was written in, unless tz is set, in which case the
// instant is moved to tz first; a date or a timestamp without a zone is
// its day as written. Its errors wrap ErrBadDate.
func parseTimestamp(s string, tz *time.Location) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("%w: empty", ErrBadDate)
	}
	ts, ok := htmlpage.ParseTimestamp(s)
	switch {
	case ok:
		return stampDay(ts, tz), nil
	case isoDate.MatchString(s):
		if y, _ := strconv.Atoi(s[:4]); y < minYear || y > maxYear {
			return "", fmt.Errorf("%w %q: implausible year", ErrBadDate, s)
		}
		return "", fmt.Errorf("%w %q: impossible date", ErrBadDate, s)
	}
	return "", fmt.Errorf("%w %q: want YYYY-MM-DD or an RFC 3339 timestamp", ErrBadDate, s)
}

// stampDay returns the calendar day of a timestamp: the day where it was
// written, or in tz when set and the timestamp has a zone.
func stampDay(ts htmlpage.Timestamp, tz *time.Location) string {
	t := ts.Time
	if tz != nil && ts.HasZone {
		t = t.In(tz)
	}
	return t.Format(time.DateOnly)
}
