package timeline

import (
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// verbForms are trigger words that are verbs, not nouns, besides those
// ending in -ed; a headline names their event with a noun instead.
var verbForms = map[string]bool{
	"met": true, "meet": true, "meets": true, "negotiate": true, "negotiates": true, "negotiating": true,
	"convene": true, "convenes": true, "convening": true, "visiting": true, "retook": true,
	"retake": true, "retakes": true, "overran": true, "overrun": true, "seize": true, "seizes": true,
	"took": true, "taken": true, "take": true, "takes": true, "bombard": true, "bombards": true,
	"bombarding": true, "attacking": true, "evacuate": true, "evacuates": true, "evacuating": true,
	"said": true, "says": true, "told": true, "capture": true, "captures": true, "recapture": true,
	"recaptures": true,
}

// isVerb reports whether a trigger is a verb form ("met", "shelled",
// "took control") rather than a noun ("talks", "air strikes").
func isVerb(trigger string) bool {
	f := strings.Fields(strings.ToLower(trigger))
	if len(f) == 0 {
		return false
	}
	return verbForms[f[0]] || len(f) == 1 && strings.HasSuffix(f[0], "ed")
}

// verbNouns name the event of a verb trigger in a headline: the first
// entry whose word begins the trigger gives the noun.
var verbNouns = []struct{ prefix, noun string }{
	{"bombard", "bombardment"}, {"bomb", "bombing"}, {"shell", "shelling"}, {"attack", "attack"},
	{"assault", "assault"}, {"invad", "invasion"}, {"captur", "capture"}, {"recaptur", "capture"},
	{"seiz", "capture"}, {"retook", "capture"}, {"retake", "capture"}, {"overr", "capture"},
	{"took", "capture"}, {"taken", "capture"}, {"take", "capture"}, {"visit", "visit"}, {"host", "visit"},
	{"negotiat", "negotiations"}, {"conven", "meeting"}, {"met", "meeting"}, {"meet", "meeting"},
	{"evacuat", "evacuation"}, {"said", "statement"}, {"says", "statement"}, {"told", "statement"},
}

// typeNouns name an event of a type when its trigger gives no noun.
var typeNouns = map[extract.EventType]string{
	extract.Meeting: "meeting", extract.Ceasefire: "ceasefire", extract.Offensive: "attack",
	extract.Aid: "aid delivery", extract.Statement: "statement",
}

// eventNoun returns the lower-case noun a headline names an event with: the
// trigger when it is a noun ("talks", "air raid"), else a noun for what it
// names ("met" gives "meeting", "shelled" gives "shelling").
func eventNoun(t extract.EventType, trigger string) string {
	words := strings.Fields(strings.ToLower(trigger))
	if len(words) == 0 {
		return typeNouns[t]
	}
	if !isVerb(trigger) {
		noun := strings.Join(words, " ")
		if t == extract.Offensive && triggerKind(t, trigger) == chemical && !strings.Contains(noun, "attack") {
			noun += " attack" // "chemical weapons" names the arms, not the event
		}
		return noun
	}
	for _, v := range verbNouns {
		if strings.HasPrefix(words[0], v.prefix) {
			return v.noun
		}
	}
	return typeNouns[t]
}

// plural reports whether a noun is plural: "talks", "air strikes".
func plural(noun string) bool {
	return strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss")
}

// pick returns one of two forms of a verb: the first for a plural subject.
func pick(pluralSubject bool, pl, sg string) string {
	if pluralSubject {
		return pl
	}
	return sg
}

// headline returns a short sentence, in the present tense of headlines,
// that sums up an event of type t and status s named by trigger, with at
// most three participants named and the first location:
//
//	John Kerry and Sergei Lavrov meet in Paris
//	Talks planned in Geneva
//	Ceasefire called for in Aleppo
//	Air raid on Aleppo by Russia and Syria
//	Aid convoy in Aleppo
func headline(t extract.EventType, s extract.Status, trigger string, participants, locations []string) string {
	noun := eventNoun(t, trigger)
	who := nameList(participants)
	many := len(participants) > 1 || len(participants) == 1 && pluralName(participants[0])
	where := ""
	if len(locations) > 0 {
		where = locations[0]
	}
	// in returns " prep place", or "" when there is no place.
	in := func(prep string) string {
		if where == "" {
			return ""
		}
		return " " + prep + " " + where
	}
	// between returns " between A and B" for two or more participants.
	between := func() string {
		if len(participants) < 2 {
			return ""
		}
		return " between " + who
	}
	var h string
	switch t {
	case extract.Meeting:
		k := triggerKind(t, trigger)
		switch s {
		case extract.Occurred:
			switch {
			case who == "" && (k == visit || k == host):
				h = noun + in("to")
			case who == "":
				h = noun + in("in")
			case k == visit || k == host:
				if where == "" {
					h = who + pick(many, " make a visit", " makes a visit")
				} else {
					h = who + pick(many, " visit ", " visits ") + where
				}
			case noun == "meeting" && many:
				h = who + " meet" + in("in")
			default:
				h = who + pick(many, " hold ", " holds ") + noun + in("in")
			}
		case extract.Planned:
			switch {
			case who == "":
				h = noun + " planned" + in("in")
			case noun == "meeting" && many:
				h = who + " to meet" + in("in")
			default:
				h = who + " to hold " + noun + in("in")
			}
		case extract.Proposed:
			h = noun + " called for" + between() + in("in")
		case extract.Failed:
			h = noun + between() + in("in") + pick(plural(noun), " fail", " fails")
		}
	case extract.Ceasefire:
		switch s {
		case extract.Occurred:
			h = noun + between() + in("in")
		case extract.Planned:
			h = noun + between() + " to take effect" + in("in")
		case extract.Proposed:
			h = noun + " called for" + in("in")
		case extract.Failed:
			h = noun + between() + in("in") + pick(plural(noun), " break down", " breaks down")
		}
	case extract.Offensive:
		k := triggerKind(t, trigger)
		prep := "on"
		if k == artillery || noun == "bombardment" || noun == "bombing" {
			prep = "of"
		}
		switch {
		case s == extract.Occurred && k == capture && who != "" && where != "":
			h = who + pick(many, " capture ", " captures ") + where
		case s == extract.Occurred && k == capture:
			h = "capture" + in("of")
			if who != "" {
				h += " by " + who
			}
		case s == extract.Occurred:
			h = noun + in(prep)
			if who != "" {
				h += " by " + who
			}
		case s == extract.Planned && who != "":
			h = who + pick(many, " plan ", " plans ") + noun + in(prep)
		case s == extract.Planned:
			h = noun + in(prep) + " planned"
		case s == extract.Proposed:
			h = noun + in(prep) + " called for"
		case s == extract.Failed:
			h = noun + in(prep) + pick(plural(noun), " fail", " fails")
		}
	case extract.Aid:
		by := ""
		if who != "" {
			by = " by " + who
		}
		switch s {
		case extract.Occurred:
			h = noun + in("in") + by
		case extract.Planned:
			h = noun + " planned" + in("in") + by
		case extract.Proposed:
			h = noun + " called for" + in("in")
		case extract.Failed:
			h = noun + in("in") + " halted"
		}
	default:
		if who == "" {
			h = noun + in("in")
		} else {
			h = who + " " + statementVerb(trigger, many) + in("in")
		}
	}
	if h == "" {
		h = noun
	}
	return upperFirst(h)
}

// statementVerbs give the present tense of the verbs of statements.
var statementVerbs = map[string][2]string{
	"said": {"say", "says"}, "says": {"say", "says"}, "told": {"tell", "tells"}, "warned": {"warn", "warns"},
	"accused": {"accuse", "accuses"}, "announced": {"announce", "announces"}, "declared": {"declare", "declares"},
	"stated": {"state", "states"}, "acknowledged": {"acknowledge", "acknowledges"}, "denied": {"deny", "denies"},
}

// statementVerb returns the present tense of a statement's trigger, such
// as "warns" for "warned", or "make a statement".
func statementVerb(trigger string, pluralSubject bool) string {
	if v, ok := statementVerbs[strings.ToLower(strings.TrimSpace(trigger))]; ok {
		return pick(pluralSubject, v[0], v[1])
	}
	return pick(pluralSubject, "make a statement", "makes a statement")
}
