package timeline

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// partsOfDay name the TIMEX3 parts of day for readers.
var partsOfDay = map[string]string{
	"MO": "morning of", "MI": "midday,", "AF": "afternoon of", "EV": "evening of", "NI": "night of", "DT": "daytime,",
}

// seasons name the TIMEX3 seasons for readers.
var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// Display writes d for a reader at the precision it has: "14 Oct 2016",
// "night of 13 Oct 2016", "week of 5 Dec 2016", "weekend of 10 Dec 2016",
// "September 2016", "Q3 2016", "summer 2016", "2016", "the 1990s",
// "before now". A date with no usable value gives its value as written.
func (d *Date) Display() string {
	if d == nil {
		return "undated"
	}
	start, _ := time.Parse(time.DateOnly, d.Start)
	day := func(t time.Time) string { return t.Format("2 Jan 2006") }
	switch d.Granularity {
	case extract.Day:
		if !start.IsZero() {
			return day(start)
		}
	case extract.PartOfDay:
		if !start.IsZero() {
			if _, part, ok := strings.Cut(d.Value, "T"); ok {
				if name, ok := partsOfDay[part]; ok {
					return name + " " + day(start)
				}
				return day(start) + ", " + part
			}
			return day(start)
		}
	case extract.Week:
		if !start.IsZero() {
			return "week of " + day(start)
		}
	case extract.Weekend:
		if !start.IsZero() {
			return "weekend of " + day(start)
		}
	case extract.Month:
		if !start.IsZero() {
			return start.Format("January 2006")
		}
	case extract.Quarter:
		if y, q, ok := strings.Cut(d.Value, "-Q"); ok {
			return "Q" + q + " " + y
		}
	case extract.Season:
		if y, s, ok := strings.Cut(d.Value, "-"); ok && seasons[s] != "" {
			return seasons[s] + " " + y
		}
	case extract.Year:
		if !start.IsZero() {
			return start.Format("2006")
		}
	case extract.Decade:
		if len(d.Value) == 3 {
			return fmt.Sprintf("the %s0s", d.Value)
		}
	}
	switch d.Value {
	case "PAST_REF":
		return "in the past"
	case "PRESENT_REF":
		return "now"
	case "FUTURE_REF":
		return "in the future"
	}
	return d.Value
}
