package timeline

import "github.com/chronicle-news/chronicle/extract"

// Schema names the version of the output contract a Timeline follows.
const Schema = "chronicle.timeline/v1"

// Timeline is the output of `chronicle build`: the articles read and the
// events they report, dated events in date order and undated ones apart.
type Timeline struct {
	Schema   string            `json:"schema"`   // always Schema
	Articles []extract.Article `json:"articles"` // the articles, sorted by ID
	Events   []Event           `json:"events"`   // dated events by date.start, date.end, type, then id
	Undated  []Event           `json:"undated"`  // events with no date on the calendar, by type then id
	Warnings []string          `json:"warnings"` // problems met while building, sorted
}

// Event is one event of the timeline with every report of it. An event
// with a single mention is also the shape `chronicle extract` writes for
// each mention it finds (see Single).
type Event struct {
	ID           string            `json:"id"`           // unique in the timeline: date, type, place and participants, such as 2014-01-13-meeting-paris-kerry-lavrov
	Type         extract.EventType `json:"type"`         // meeting, ceasefire, offensive, aid or statement
	Status       extract.Status    `json:"status"`       // occurred, planned, proposed or failed
	Date         *Date             `json:"date"`         // when the event happened or is due; nil (null) when undated
	Headline     string            `json:"headline"`     // a short sentence generated from the other fields
	Participants []string          `json:"participants"` // who took part, in order of first mention
	Locations    []string          `json:"locations"`    // where, in order of first mention
	CAMEO        string            `json:"cameo"`        // CAMEO 1.1b3 event code, such as "044"
	PLOVER       PLOVER            `json:"plover"`       // PLOVER event type and mode
	Sources      int               `json:"sources"`      // number of independent reports of the event: distinct articles, near-duplicate copies of one story counting once
	Mentions     []Mention         `json:"mentions"`     // every report of the event, by article, then position
	Conflicts    []Conflict        `json:"conflicts"`    // reports that date the event differently
}

// Date is the date of an event: a TIMEX3 value and its calendar extent.
type Date struct {
	Value       string              `json:"value"`       // TIMEX3 value, such as 2016-10-14, 2016-W41 or PAST_REF
	Start       string              `json:"start"`       // first day, YYYY-MM-DD, inclusive; empty for an open past (PAST_REF)
	End         string              `json:"end"`         // last day, YYYY-MM-DD, inclusive; empty for an open future (FUTURE_REF)
	Granularity extract.Granularity `json:"granularity"` // day, part-of-day, week, weekend, month, ...
}

// PLOVER is an event's PLOVER event type and mode, such as CONSULT
// third-party or ASSAULT aerial.
type PLOVER struct {
	Event string `json:"event"` // event type, such as CONSULT; empty when PLOVER has none (statements)
	Mode  string `json:"mode"`  // mode within the event type, or empty
}

// Mention is one report of an event: a sentence of one article.
type Mention struct {
	Article  string         `json:"article"`  // ID of the article
	Sentence string         `json:"sentence"` // the sentence reporting the event
	Start    int            `json:"start"`    // byte offset of Sentence in the article body
	End      int            `json:"end"`      // byte offset just past Sentence
	Trigger  string         `json:"trigger"`  // the words naming the event, as written
	Status   extract.Status `json:"status"`   // what this report says became of the event (an extra field)
	Time     Time           `json:"time"`     // the time expression this report dates the event with
}

// Time is the time expression a mention gives its event. All fields are
// empty when the mention is undated.
type Time struct {
	Text  string `json:"text"`  // the expression as written; empty for the publication date
	Value string `json:"value"` // TIMEX3 value
	Rule  string `json:"rule"`  // resolution rule, or "publication-date"
}

// Conflict is a report that gives an event a date other than the one the
// timeline chose.
type Conflict struct {
	Article  string `json:"article"`  // ID of the article
	Sentence string `json:"sentence"` // the sentence giving the other date (an extra field)
	Text     string `json:"text"`     // the time expression as written; empty for the publication date
	Value    string `json:"value"`    // its TIMEX3 value
}
