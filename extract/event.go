package extract

import "fmt"

// EventType is the kind of event a mention reports.
type EventType int

const (
	// Meeting is talks, negotiations, summits, conferences and visits.
	Meeting EventType = iota
	// Ceasefire is truces, cessations of hostilities and humanitarian pauses.
	Ceasefire
	// Offensive is offensives, air strikes, bombardments, shelling,
	// assaults, captures of territory and chemical attacks.
	Offensive
	// Aid is aid deliveries, convoys and evacuations.
	Aid
	// Statement is something said, warned or accused; found only when
	// asked for.
	Statement
)

var eventTypeNames = [...]string{
	Meeting: "meeting", Ceasefire: "ceasefire", Offensive: "offensive", Aid: "aid", Statement: "statement",
}

// EventTypes lists every event type in order.
func EventTypes() []EventType { return []EventType{Meeting, Ceasefire, Offensive, Aid, Statement} }

// String returns the schema name of the type, such as "meeting".
func (t EventType) String() string {
	if t < 0 || int(t) >= len(eventTypeNames) {
		return fmt.Sprintf("EventType(%d)", int(t))
	}
	return eventTypeNames[t]
}

// MarshalText encodes the type as its schema name.
func (t EventType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a schema event type name.
func (t *EventType) UnmarshalText(b []byte) error {
	for i, n := range eventTypeNames {
		if n == string(b) {
			*t = EventType(i)
			return nil
		}
	}
	return fmt.Errorf("unknown event type %q", b)
}

// Status is what a mention says became of the event.
type Status int

const (
	// Occurred is an event that took place or is taking place.
	Occurred Status = iota
	// Planned is an event scheduled or expected to happen.
	Planned
	// Proposed is an event called for, demanded or discussed.
	Proposed
	// Failed is an event that broke down, collapsed, was suspended or
	// violated.
	Failed
)

var statusNames = [...]string{Occurred: "occurred", Planned: "planned", Proposed: "proposed", Failed: "failed"}

// String returns the schema name of the status, such as "planned".
func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

// MarshalText encodes the status as its schema name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a schema status name.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == string(b) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown event status %q", b)
}

// Event is one mention of an event in one article: what the sentence
// reports, who took part, where and when.
type Event struct {
	Type         EventType  `json:"type"`         // meeting, ceasefire, offensive, aid or statement
	Status       Status     `json:"status"`       // occurred, planned, proposed or failed
	Trigger      string     `json:"trigger"`      // the words that name the event, as written
	TriggerStart int        `json:"-"`            // byte offset of Trigger in the article body
	TriggerEnd   int        `json:"-"`            // byte offset just past Trigger
	Sentence     string     `json:"sentence"`     // the sentence reporting the event
	Start        int        `json:"start"`        // byte offset of Sentence in the article body
	End          int        `json:"end"`          // byte offset just past Sentence
	Participants []string   `json:"participants"` // people, countries and organisations taking part, canonical names
	Locations    []string   `json:"locations"`    // where the event happened
	Time         *EventTime `json:"time"`         // the date of the event; nil when undated
}

// EventTime is the date a mention gives its event and where it came from.
type EventTime struct {
	Text  string `json:"text"`  // the time expression as written; empty for the publication date
	Value string `json:"value"` // TIMEX3 value, such as 2016-10-14 or 2016-W41
	Rule  string `json:"rule"`  // resolution rule, or "publication-date"
	Date  Span   `json:"date"`  // calendar extent of Value
}
