package timeline_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// published is the publication date of test articles unless a case says
// otherwise: a Saturday.
const published = "2016-10-15"

// men is one mention in a test: what an extractor would have found.
type men struct {
	art     string            // article ID
	typ     extract.EventType // event type
	status  extract.Status    // event status
	trigger string            // trigger
	start   int               // sentence start
	parts   []string          // participants
	locs    []string          // locations
	text    string            // time expression
	value   string            // TIMEX3 value; empty for an undated mention
}

// event returns the extract.Event m describes, in an article published
// on pub.
func (m men) event(pub string) extract.Event {
	e := extract.Event{
		Type:         m.typ,
		Status:       m.status,
		Trigger:      m.trigger,
		Sentence:     fmt.Sprintf("%s: %s %s %s.", m.art, strings.Join(m.parts, " and "), m.trigger, m.text),
		Start:        m.start,
		Participants: m.parts,
		Locations:    m.locs,
	}
	e.End = e.Start + len(e.Sentence)
	if m.value != "" {
		anchor, _ := time.Parse(time.DateOnly, pub)
		span, _ := extract.ParseValue(m.value, anchor)
		rule := "test"
		if m.text == "" {
			rule = "publication-date"
		}
		e.Time = &extract.EventTime{Text: m.text, Value: m.value, Rule: rule, Date: span}
	}
	return e
}

// results groups mentions into one extraction result per article, in
// order of first mention; pub gives publication dates that differ from
// published.
func results(ms []men, pub map[string]string) []extract.Result {
	var out []extract.Result
	for _, m := range ms {
		k := slices.IndexFunc(out, func(r extract.Result) bool { return r.Article.ID == m.art })
		if k < 0 {
			k = len(out)
			p := published
			if d, ok := pub[m.art]; ok {
				p = d
			}
			out = append(out, extract.Result{Article: extract.Article{
				ID: m.art, Path: "testdata/" + m.art + ".txt", Published: p, PublishedFrom: "manifest",
			}})
		}
		out[k].Events = append(out[k].Events, m.event(out[k].Article.Published))
	}
	return out
}

// inputs returns the articles and single-mention events of results.
func inputs(rs []extract.Result) ([]extract.Article, []timeline.Event) {
	var (
		articles []extract.Article
		events   []timeline.Event
	)
	for _, r := range rs {
		articles = append(articles, r.Article)
		events = append(events, timeline.Singles(r.Article.ID, r.Events)...)
	}
	return articles, events
}

// build builds the timeline of mentions with options.
func build(ms []men, pub map[string]string, opts timeline.Options) *timeline.Timeline {
	articles, events := inputs(results(ms, pub))
	return timeline.Build(articles, events, opts)
}

// summary is what the merge tests check of an event.
type summary struct {
	ID           string
	Date         string // date value, or "" when undated
	Status       string
	Participants []string
	Sources      int
	Mentions     int
	Conflicts    []string // article=value
}

// summarise returns the summaries of a timeline's events, dated then
// undated.
func summarise(t *timeline.Timeline) []summary {
	var out []summary
	for _, e := range slices.Concat(t.Events, t.Undated) {
		s := summary{ID: e.ID, Status: e.Status.String(), Participants: e.Participants, Sources: e.Sources, Mentions: len(e.Mentions)}
		if e.Date != nil {
			s.Date = e.Date.Value
		}
		for _, c := range e.Conflicts {
			s.Conflicts = append(s.Conflicts, c.Article+"="+c.Value)
		}
		out = append(out, s)
	}
	return out
}

var (
	kl      = []string{"John Kerry", "Sergei Lavrov"}
	lau     = []string{"Lausanne"}
	meeting = extract.Meeting
)

func TestBuildMerge(t *testing.T) {
	tests := []struct {
		name string
		in   []men
		pub  map[string]string
		opts timeline.Options
		want []summary
	}{{
		name: "Saturday and Oct. 15 are one date",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, trigger: "talks", parts: kl, locs: lau, text: "Oct. 15", value: "2016-10-15"},
		},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		name: "a day earlier is a conflict",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Friday", value: "2016-10-14"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{{ID: "2016-10-14-meeting-lausanne-kerry-lavrov", Date: "2016-10-14", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2, Conflicts: []string{"b=2016-10-15"}}},
	}, {
		name: "the best-supported date wins",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Friday", value: "2016-10-14"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "c", typ: meeting, trigger: "talks", parts: kl, locs: lau, text: "", value: "2016-10-15"},
		},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 3, Mentions: 3, Conflicts: []string{"a=2016-10-14"}}},
	}, {
		name: "same participants without a place disagree",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, text: "Friday", value: "2016-10-14"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, text: "Monday", value: "2016-10-17"},
		},
		want: []summary{{ID: "2016-10-14-meeting-kerry-lavrov", Date: "2016-10-14", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2, Conflicts: []string{"b=2016-10-17"}}},
	}, {
		name: "dates more than three days apart are two events",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Oct. 10", value: "2016-10-10"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-10-meeting-lausanne-kerry-lavrov", Date: "2016-10-10", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}, {
		name: "one article telling of two days tells of two meetings",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Thursday", value: "2016-10-13"},
			{art: "a", typ: meeting, trigger: "met", start: 100, parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-13-meeting-lausanne-kerry-lavrov", Date: "2016-10-13", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}, {
		name: "a single participant is not enough to disagree",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: []string{"John Kerry"}, text: "Friday", value: "2016-10-14"},
			{art: "b", typ: meeting, trigger: "met", parts: []string{"John Kerry"}, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-14-meeting-kerry", Date: "2016-10-14", Status: "occurred", Participants: []string{"John Kerry"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-kerry", Date: "2016-10-15", Status: "occurred", Participants: []string{"John Kerry"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "a day inside its week",
		in: []men{
			{art: "a", typ: meeting, trigger: "talks", parts: kl, locs: lau, text: "this week", value: "2016-W41"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		name: "last week does not glue two meetings together",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: []string{"Geneva"}, text: "Monday", value: "2016-10-10"},
			{art: "b", typ: meeting, trigger: "met", parts: []string{"John Kerry", "Mohammad Zarif"}, locs: []string{"Geneva"}, text: "Thursday", value: "2016-10-13"},
			{art: "c", typ: meeting, trigger: "talks", parts: []string{"John Kerry"}, locs: []string{"Geneva"}, text: "this week", value: "2016-W41"},
		},
		want: []summary{
			{ID: "2016-10-10-meeting-geneva-kerry-lavrov", Date: "2016-10-10", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-w41-meeting-geneva-kerry", Date: "2016-W41", Status: "occurred", Participants: []string{"John Kerry"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-13-meeting-geneva-kerry-zarif", Date: "2016-10-13", Status: "occurred", Participants: []string{"John Kerry", "Mohammad Zarif"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "recent days of different articles are different days",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, text: "in recent days", value: "PAST_REF"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, text: "in recent days", value: "PAST_REF"},
			{art: "c", typ: meeting, trigger: "met", parts: kl, text: "recently", value: "PAST_REF"},
		},
		pub: map[string]string{"b": "2016-09-01"},
		want: []summary{
			{ID: "past-ref-meeting-kerry-lavrov", Date: "PAST_REF", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "past-ref-meeting-kerry-lavrov-2", Date: "PAST_REF", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2},
		},
	}, {
		name: "a night inside its day",
		in: []men{
			{art: "a", typ: extract.Offensive, trigger: "air strikes", parts: []string{"Russia"}, locs: []string{"Aleppo"}, text: "Thursday night", value: "2016-10-13TNI"},
			{art: "b", typ: extract.Offensive, trigger: "bombed", locs: []string{"Aleppo"}, text: "Thursday", value: "2016-10-13"},
		},
		want: []summary{{ID: "2016-10-13tni-offensive-aleppo-russia", Date: "2016-10-13TNI", Status: "occurred", Participants: []string{"Russia"}, Sources: 2, Mentions: 2}},
	}, {
		name: "a weekend inside its week",
		in: []men{
			{art: "a", typ: extract.Ceasefire, trigger: "truce", locs: []string{"Aleppo"}, text: "this weekend", value: "2016-W41-WE"},
			{art: "b", typ: extract.Ceasefire, trigger: "ceasefire", locs: []string{"Aleppo"}, text: "this week", value: "2016-W41"},
		},
		want: []summary{{ID: "2016-w41-we-ceasefire-aleppo", Date: "2016-W41-WE", Status: "occurred", Participants: []string{}, Sources: 2, Mentions: 2}},
	}, {
		name: "a year does not contain a day",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, text: "in 2016", value: "2016"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-meeting-kerry-lavrov", Date: "2016", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}, {
		name: "different types never merge",
		in: []men{
			{art: "a", typ: meeting, trigger: "talks", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: extract.Ceasefire, trigger: "ceasefire", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-15-ceasefire-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}, {
		name: "disjoint participants and locations",
		in: []men{
			{art: "a", typ: meeting, trigger: "talks", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, trigger: "talks", parts: []string{"Walid Muallem"}, locs: []string{"Tehran"}, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-tehran-muallem", Date: "2016-10-15", Status: "occurred", Participants: []string{"Walid Muallem"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "one place, different sides",
		in: []men{
			{art: "a", typ: extract.Offensive, trigger: "air strikes", parts: []string{"Russia"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: extract.Offensive, trigger: "shelling", parts: []string{"rebels"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
			{art: "c", typ: extract.Offensive, trigger: "bombardment", locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{{ID: "2016-10-15-offensive-aleppo-russia-rebels", Date: "2016-10-15", Status: "occurred", Participants: []string{"Russia", "rebels"}, Sources: 3, Mentions: 3}},
	}, {
		name: "one place, different sides, no third report",
		in: []men{
			{art: "a", typ: extract.Offensive, trigger: "air strikes", parts: []string{"Russia"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: extract.Offensive, trigger: "shelling", parts: []string{"rebels"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-15-offensive-aleppo-rebels", Date: "2016-10-15", Status: "occurred", Participants: []string{"rebels"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-offensive-aleppo-russia", Date: "2016-10-15", Status: "occurred", Participants: []string{"Russia"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "surnames become full names across articles",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, trigger: "met", parts: []string{"Kerry", "Mr Lavrov"}, text: "Saturday", value: "2016-10-15"},
			{art: "c", typ: meeting, trigger: "met", parts: []string{"Lavrov", "Zarif"}, text: "", value: "2016-10-01"},
		},
		want: []summary{
			{ID: "2016-10-01-meeting-lavrov-zarif", Date: "2016-10-01", Status: "occurred", Participants: []string{"Sergei Lavrov", "Zarif"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 2, Mentions: 2},
		},
	}, {
		name: "an ambiguous surname stays",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: []string{"John Kerry", "Mary Kerry"}, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, trigger: "met", parts: []string{"Kerry"}, text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-15-meeting-kerry", Date: "2016-10-15", Status: "occurred", Participants: []string{"John Kerry", "Mary Kerry"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-kerry-2", Date: "2016-10-15", Status: "occurred", Participants: []string{"Kerry"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "undated mentions are kept",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, trigger: "talks", parts: kl, locs: lau},
			{art: "c", typ: extract.Aid, trigger: "aid convoy", locs: []string{"Aleppo"}, text: "Saturday", value: "XXXX-WXX-6"},
		},
		want: []summary{
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "undated-aid-aleppo", Status: "occurred", Participants: []string{}, Sources: 1, Mentions: 1},
			{ID: "undated-meeting-lausanne-kerry-lavrov", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}, {
		name: "an undated mention joins a dated one of its article",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "a", typ: meeting, trigger: "talks", start: 100, parts: []string{"Sergei Lavrov"}},
		},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 2}},
	}, {
		name: "an undated mention between two dated events stays undated",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "a", typ: meeting, trigger: "met", start: 50, parts: []string{"John Kerry", "Mohammad Zarif"}, text: "Oct. 1", value: "2016-10-01"},
			{art: "a", typ: meeting, trigger: "talks", start: 100, parts: []string{"John Kerry"}},
		},
		want: []summary{
			{ID: "2016-10-01-meeting-kerry-zarif", Date: "2016-10-01", Status: "occurred", Participants: []string{"John Kerry", "Mohammad Zarif"}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "undated-meeting-kerry", Status: "occurred", Participants: []string{"John Kerry"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "undated mentions merge with each other only in their article",
		in: []men{
			{art: "a", typ: meeting, trigger: "talks", parts: kl},
			{art: "a", typ: meeting, trigger: "meeting", start: 200, parts: []string{"Lavrov"}, locs: lau},
			{art: "b", typ: meeting, trigger: "talks", parts: []string{"Lavrov"}, locs: lau},
			{art: "c", typ: meeting, trigger: "talks"},
		},
		want: []summary{
			{ID: "undated-meeting", Status: "occurred", Participants: []string{}, Sources: 1, Mentions: 1},
			{ID: "undated-meeting-lausanne-kerry-lavrov", Status: "occurred", Participants: kl, Sources: 1, Mentions: 2},
			{ID: "undated-meeting-lausanne-lavrov", Status: "occurred", Participants: []string{"Sergei Lavrov"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "an undated report of another status stays out of the dated event",
		in: []men{
			{art: "a", typ: meeting, trigger: "talks", parts: kl, text: "Saturday", value: "2016-10-15"},
			{art: "a", typ: meeting, status: extract.Failed, trigger: "talks", start: 300, parts: []string{"Lavrov"}},
		},
		want: []summary{
			{ID: "2016-10-15-meeting-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "undated-meeting-lavrov", Status: "failed", Participants: []string{"Sergei Lavrov"}, Sources: 1, Mentions: 1},
		},
	}, {
		name: "a bare mention joins its article's event with the same head word",
		in: []men{
			{art: "a", typ: meeting, trigger: "peace talks", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "a", typ: meeting, trigger: "talks", start: 100, text: "this week", value: "2016-W41"},
			{art: "b", typ: meeting, trigger: "talks", text: "Saturday", value: "2016-10-15"},
		},
		want: []summary{
			{ID: "2016-10-15-meeting", Date: "2016-10-15", Status: "occurred", Participants: []string{}, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 2},
		},
	}, {
		name: "a later failed report makes the event failed",
		in: []men{
			{art: "a", typ: extract.Ceasefire, trigger: "ceasefire", parts: []string{"Russia", "United States"}, locs: []string{"Syria"}, text: "Monday", value: "2016-09-12"},
			{art: "b", typ: extract.Ceasefire, status: extract.Failed, trigger: "ceasefire", locs: []string{"Syria"}, text: "Sept. 12", value: "2016-09-12"},
		},
		pub:  map[string]string{"a": "2016-09-12", "b": "2016-09-20"},
		want: []summary{{ID: "2016-09-12-ceasefire-syria-russia-united-states", Date: "2016-09-12", Status: "failed", Participants: []string{"Russia", "United States"}, Sources: 2, Mentions: 2}},
	}, {
		name: "the latest report gives the status",
		in: []men{
			{art: "a", typ: meeting, status: extract.Planned, trigger: "talks", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: meeting, status: extract.Occurred, trigger: "talks", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		pub:  map[string]string{"a": "2016-10-16", "b": "2016-10-12"},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "planned", Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		name: "statements only when asked for",
		in: []men{
			{art: "a", typ: extract.Statement, trigger: "said", parts: []string{"John Kerry"}, text: "Saturday", value: "2016-10-15"},
		},
		want: nil,
	}, {
		name: "statements when asked for",
		in: []men{
			{art: "a", typ: extract.Statement, trigger: "said", parts: []string{"John Kerry"}, text: "Saturday", value: "2016-10-15"},
			{art: "a", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		},
		opts: timeline.Options{Types: []extract.EventType{extract.Statement}},
		want: []summary{{ID: "2016-10-15-statement-kerry", Date: "2016-10-15", Status: "occurred", Participants: []string{"John Kerry"}, Sources: 1, Mentions: 1}},
	}, {
		name: "no conflicts when told so",
		in: []men{
			{art: "a", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Friday", value: "2016-10-14"},
			{art: "b", typ: meeting, trigger: "met", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"},
		},
		opts: timeline.Options{ConflictDays: -1, ContainDays: -1},
		want: []summary{
			{ID: "2016-10-14-meeting-lausanne-kerry-lavrov", Date: "2016-10-14", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 1},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarise(build(tt.in, tt.pub, tt.opts))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Build events (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBuildOrderAndIDs(t *testing.T) {
	in := []men{
		{art: "a", typ: meeting, trigger: "talks", parts: kl, locs: []string{"Geneva"}, text: "this week", value: "2016-W41"},
		{art: "b", typ: extract.Offensive, trigger: "air strikes", parts: []string{"Russia"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
		{art: "c", typ: extract.Aid, trigger: "aid convoy", parts: []string{"UN"}, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
		{art: "d", typ: extract.Offensive, trigger: "offensive", locs: []string{"Mosul"}, text: "in recent days", value: "PAST_REF"},
		{art: "e", typ: meeting, trigger: "met", parts: kl, locs: []string{"Geneva"}, text: "Oct. 10", value: "2016-10-10"},
		{art: "f", typ: meeting, trigger: "met", parts: []string{"Tom Kerry", "Alan Lavrov"}, locs: []string{"Geneva"}, text: "Oct. 10", value: "2016-10-10"},
		{art: "g", typ: meeting, trigger: "met", parts: []string{"Alan Lavrov", "Tom Kerry"}, locs: []string{"Paris"}, text: "Sept. 1", value: "2016-09-01"},
		{art: "h", typ: extract.Ceasefire, trigger: "truce", locs: []string{"Homs"}},
		{art: "i", typ: extract.Aid, trigger: "airdrops", parts: []string{"Russia"}},
		{art: "j", typ: extract.Ceasefire, trigger: "truce", locs: []string{"Homs"}, text: "Monday", value: "XXXX-WXX-1"},
		{art: "l", typ: extract.Ceasefire, trigger: "truce", parts: []string{"John Kerry"}},
		{art: "k", typ: extract.Ceasefire, trigger: "truce", parts: []string{"Tom Kerry"}},
	}
	tl := build(in, nil, timeline.Options{ContainDays: -1})
	var got []string
	for _, e := range slices.Concat(tl.Events, tl.Undated) {
		got = append(got, e.ID)
	}
	if n := len(tl.Undated[1].Mentions); n != 1 {
		t.Errorf("undated truces in Homs of two articles have %d mentions; want 1 each", n)
	}
	if m := tl.Undated[4].Mentions[0].Article; m != "l" {
		t.Errorf("second Kerry truce is from article %s; want l", m)
	}
	want := []string{
		"past-ref-offensive-mosul",
		"2016-09-01-meeting-paris-lavrov-kerry",
		"2016-10-10-meeting-geneva-kerry-lavrov",
		"2016-10-10-meeting-geneva-kerry-lavrov-2",
		"2016-w41-meeting-geneva-kerry-lavrov",
		"2016-10-15-aid-aleppo-un",
		"2016-10-15-offensive-aleppo-russia",
		"undated-aid-russia",
		"undated-ceasefire-homs",
		"undated-ceasefire-homs-2",
		"undated-ceasefire-kerry",
		"undated-ceasefire-kerry-2",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("event IDs in order (-want +got):\n%s", diff)
	}
}

// corpus returns n synthetic mentions over a year of articles, 20 per
// article, with a few dozen participants and places, reported with days,
// weeks and the publication date, and the articles' publication dates.
func corpus(n int, seed uint64) ([]men, map[string]string) {
	r := rand.New(rand.NewPCG(seed, 1))
	people := []string{"John Kerry", "Sergei Lavrov", "Staffan de Mistura", "Mohammad Javad Zarif", "Walid Muallem",
		"Adel al-Jubeir", "Mevlut Cavusoglu", "Ban Ki-moon", "Russia", "United States", "Turkey", "Iran", "rebels",
		"Syrian government", "UN", "Red Crescent", "Kerry", "Lavrov", "Jaish al-Islam", "Ahrar al-Sham"}
	places := []string{"Geneva", "Lausanne", "Vienna", "Aleppo", "Damascus", "Idlib", "Homs", "East Ghouta", "Moscow",
		"Astana", "Raqqa", "Palmyra", "Daraya", "Madaya", "Syria", "Riyadh"}
	triggers := map[extract.EventType][]string{
		extract.Meeting:   {"talks", "met", "meeting", "visited", "negotiations"},
		extract.Ceasefire: {"ceasefire", "truce", "cessation of hostilities"},
		extract.Offensive: {"air strikes", "shelling", "offensive", "captured", "barrel bombs"},
		extract.Aid:       {"aid convoy", "evacuation", "humanitarian aid"},
	}
	types := extract.EventTypes()[:4]
	var out []men
	pubs := make(map[string]string)
	for i := 0; i < n; i++ {
		art := fmt.Sprintf("%05d", i/20)
		pub := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (i/20)*365*20/n)
		pubs[art] = pub.Format(time.DateOnly)
		typ := types[r.IntN(len(types))]
		m := men{art: art, typ: typ, status: extract.Status(r.IntN(4)), start: (i % 20) * 200,
			trigger: triggers[typ][r.IntN(len(triggers[typ]))]}
		for range r.IntN(3) {
			m.parts = append(m.parts, people[r.IntN(len(people))])
		}
		for range r.IntN(2) {
			m.locs = append(m.locs, places[r.IntN(len(places))])
		}
		switch d := pub.AddDate(0, 0, -r.IntN(10)); r.IntN(6) {
		case 0:
			m.text, m.value = "", pub.Format(time.DateOnly)
		case 1:
			y, w := d.ISOWeek()
			m.text, m.value = "last week", fmt.Sprintf("%04d-W%02d", y, w)
		case 2:
			m.text, m.value = "in recent days", "PAST_REF"
		case 3:
			// undated
		default:
			m.text, m.value = d.Weekday().String(), d.Format(time.DateOnly)
		}
		out = append(out, m)
	}
	return out, pubs
}

// jsonOf returns the timeline's JSON.
func jsonOf(t testing.TB, tl *timeline.Timeline) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestBuildDeterministic(t *testing.T) {
	articles, events := inputs(results(corpus(2000, 7)))
	want := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5 {
		t.Run(fmt.Sprintf("shuffle %d", i), func(t *testing.T) {
			a, e := slices.Clone(articles), slices.Clone(events)
			r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
			r.Shuffle(len(e), func(i, j int) { e[i], e[j] = e[j], e[i] })
			if got := jsonOf(t, timeline.Build(a, e, timeline.Options{})); !bytes.Equal(got, want) {
				t.Errorf("Build of shuffled input differs:\n%s", cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// BenchmarkBuild builds a timeline from 20,000 synthetic mentions (1,000
// articles over a year).
func BenchmarkBuild(b *testing.B) {
	articles, events := inputs(results(corpus(20000, 1)))
	b.ReportAllocs()
	for b.Loop() {
		timeline.Build(articles, events, timeline.Options{})
	}
}

func TestBuildWarnings(t *testing.T) {
	rs := results([]men{
		{art: "a", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		{art: "b", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
	}, nil)
	articles, events := inputs(rs)
	want := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))

	// The same articles and mentions twice, as from overlapping shards,
	// give the same timeline.
	got := jsonOf(t, timeline.Build(slices.Concat(articles, articles), slices.Concat(events, events), timeline.Options{}))
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("Build of doubled input (-want +got):\n%s", diff)
	}

	// Articles read back from extract output have no body.
	withBody := slices.Clone(articles)
	withBody[0].Body = "Kerry and Lavrov met Saturday."
	if w := timeline.Build(slices.Concat(withBody, articles), events, timeline.Options{}).Warnings; len(w) != 0 {
		t.Errorf("Build of an article with and without its body warns %q; want no warnings", w)
	}

	// An article listed twice with other metadata, and mentions of an
	// article not listed, are kept with warnings.
	other := articles[0]
	other.Path = "elsewhere/a.txt"
	tl := timeline.Build(append(articles[1:], other, articles[0]), events, timeline.Options{})
	wantWarnings := []string{
		`article "a" is listed twice with different metadata (elsewhere/a.txt and testdata/a.txt); keeping elsewhere/a.txt`,
	}
	if diff := cmp.Diff(wantWarnings, tl.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	tl = timeline.Build(articles[1:], events, timeline.Options{})
	wantWarnings = []string{`mentions of article "a", which is not in the article list`}
	if diff := cmp.Diff(wantWarnings, tl.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if n := tl.Events[0].Sources; n != 2 {
		t.Errorf("event reported by a listed and an unlisted article has %d sources; want 2", n)
	}
}

func TestBuilder(t *testing.T) {
	rs := results(corpus(2000, 7))
	articles, events := inputs(rs)
	want := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 3 {
		shuffled := slices.Clone(rs)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		t.Run(fmt.Sprintf("AddResult, shuffle %d", i), func(t *testing.T) {
			tb := timeline.NewBuilder(timeline.Options{})
			for _, res := range shuffled {
				tb.AddResult(res)
			}
			if got := jsonOf(t, tb.Timeline()); !bytes.Equal(got, want) {
				t.Errorf("Builder differs from Build:\n%s", cmp.Diff(string(want), string(got)))
			}
		})
		t.Run(fmt.Sprintf("AddArticle and AddEvents, shuffle %d", i), func(t *testing.T) {
			tb := timeline.NewBuilder(timeline.Options{})
			// Mentions may come before their article, as from shards
			// written in another order.
			for _, res := range shuffled {
				tb.AddEvents(timeline.Singles(res.Article.ID, res.Events))
			}
			for _, res := range shuffled {
				a := res.Article
				a.Warnings = res.Warnings
				tb.AddArticle(a)
			}
			if got := jsonOf(t, tb.Timeline()); !bytes.Equal(got, want) {
				t.Errorf("Builder differs from Build:\n%s", cmp.Diff(string(want), string(got)))
			}
		})
	}
}

// BenchmarkBuilder adds 20,000 synthetic mentions (1,000 articles over a
// year) to a Builder as extraction delivers them, and builds the
// timeline.
func BenchmarkBuilder(b *testing.B) {
	rs := results(corpus(20000, 1))
	b.ReportAllocs()
	for b.Loop() {
		tb := timeline.NewBuilder(timeline.Options{})
		for _, res := range rs {
			tb.AddResult(res)
		}
		tb.Timeline()
	}
}
