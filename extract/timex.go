package extract

import "fmt"

// Type is the TIMEX3 type of a temporal expression.
type Type int

const (
	// Date is a calendar date or period: "Friday", "last week", "2013".
	Date Type = iota
	// Time is a time of day or part of a day: "Thursday night", "5 p.m.".
	Time
	// Duration is a length of time: "five years", "72-hour".
	Duration
	// Set is a recurring time: "every week", "daily".
	Set
)

var typeNames = [...]string{Date: "DATE", Time: "TIME", Duration: "DURATION", Set: "SET"}

// String returns the TIMEX3 name of the type, such as "DATE".
func (t Type) String() string {
	if t < 0 || int(t) >= len(typeNames) {
		return fmt.Sprintf("Type(%d)", int(t))
	}
	return typeNames[t]
}

// MarshalText encodes the type as its TIMEX3 name.
func (t Type) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a TIMEX3 type name.
func (t *Type) UnmarshalText(b []byte) error {
	for i, n := range typeNames {
		if n == string(b) {
			*t = Type(i)
			return nil
		}
	}
	return fmt.Errorf("unknown TIMEX3 type %q", b)
}

// Granularity is the precision of a resolved date.
type Granularity int

const (
	// Unknown is a date whose extent is not known.
	Unknown Granularity = iota
	// Day is one calendar day.
	Day
	// PartOfDay is a morning, afternoon, evening or night of one day.
	PartOfDay
	// Week is an ISO week, Monday to Sunday.
	Week
	// Weekend is the Saturday and Sunday of an ISO week.
	Weekend
	// Month is a calendar month.
	Month
	// Quarter is a calendar quarter.
	Quarter
	// Season is a season of a year (northern hemisphere).
	Season
	// Year is a calendar year.
	Year
	// Decade is a decade such as the 1990s.
	Decade
	// Ref is a reference to the past, present or future relative to
	// publication (PAST_REF, PRESENT_REF, FUTURE_REF).
	Ref
)

var granularityNames = [...]string{
	Unknown: "unknown", Day: "day", PartOfDay: "part-of-day", Week: "week",
	Weekend: "weekend", Month: "month", Quarter: "quarter", Season: "season",
	Year: "year", Decade: "decade", Ref: "ref",
}

// String returns the schema name of the granularity, such as "month".
func (g Granularity) String() string {
	if g < 0 || int(g) >= len(granularityNames) {
		return fmt.Sprintf("Granularity(%d)", int(g))
	}
	return granularityNames[g]
}

// MarshalText encodes the granularity as its schema name.
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes a granularity name.
func (g *Granularity) UnmarshalText(b []byte) error {
	for i, n := range granularityNames {
		if n == string(b) {
			*g = Granularity(i)
			return nil
		}
	}
	return fmt.Errorf("unknown granularity %q", b)
}

// Span is the calendar extent of a resolved date: inclusive first and last
// days as YYYY-MM-DD, and the granularity the text gave. Start is empty for
// an open past (PAST_REF) and End for an open future (FUTURE_REF).
type Span struct {
	Start       string      `json:"start,omitempty"` // first day, inclusive
	End         string      `json:"end,omitempty"`   // last day, inclusive
	Granularity Granularity `json:"granularity"`     // precision the text gave
}

// Timex is one temporal expression found in an article and its resolution.
type Timex struct {
	Text     string `json:"text"`           // the expression as written
	Start    int    `json:"start"`          // byte offset of Text in the article body
	End      int    `json:"end"`            // byte offset just past Text
	Sentence string `json:"sentence"`       // the sentence holding the expression
	Type     Type   `json:"type"`           // DATE, TIME, DURATION or SET
	Value    string `json:"value"`          // TIMEX3 value, such as 2016-10-14 or P5Y
	Mod      string `json:"mod"`            // TIMEX3 mod, such as START, END, APPROX
	Rule     string `json:"rule"`           // name of the rule that resolved it
	Date     *Span  `json:"date,omitempty"` // calendar extent; nil for durations, sets and unresolved values
}

// String formats the expression for diagnostics: "Friday"=2016-10-14 (weekday-past).
func (t Timex) String() string {
	return fmt.Sprintf("%q=%s (%s)", t.Text, t.Value, t.Rule)
}
