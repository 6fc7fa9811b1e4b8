package extract

import "time"

// Word lists the expression matcher consults. They are read-only after
// package initialisation.

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}

// monthAbbrevs are abbreviations that name a month only inside a date
// ("Dec. 10", "Aug 26, 2016"); alone they are too often something else.
var monthAbbrevs = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// weekdayAbbrevs name a weekday only before a date ("Fri., Oct. 14").
var weekdayAbbrevs = map[string]time.Weekday{
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
}

// partsOfDay maps words for parts of a day to their TIMEX3 suffixes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}

// numberWords are spelled-out cardinals.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12, "a": 1, "an": 1, "single": 1,
}

// ordinalWords are spelled-out ordinals, for quarters and halves.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}

// vagueQuantities stand for an unspecified number of units: "several years" is PXY.
var vagueQuantities = map[string]bool{
	"several": true, "few": true, "many": true, "some": true, "numerous": true, "couple": true,
}

// unit is a calendar unit of durations and relative dates.
type unit int

const (
	uSecond unit = iota
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

var unitWords = map[string]unit{
	"second": uSecond, "seconds": uSecond, "minute": uMinute, "minutes": uMinute,
	"hour": uHour, "hours": uHour, "day": uDay, "days": uDay, "week": uWeek, "weeks": uWeek,
	"weekend": uWeekend, "weekends": uWeekend,
	"month": uMonth, "months": uMonth, "quarter": uQuarter, "quarters": uQuarter,
	"year": uYear, "years": uYear, "decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
}

// durationLetter returns the ISO 8601 duration designator of u and whether
// it is a time (after T) unit.
func durationLetter(u unit) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uYear:
		return "Y", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	}
	return "", false
}

var seasonCodes = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// reportingVerbs are verbs of saying; true marks a past form, which puts a
// weekday right after it in the past without the tagger: "said Friday".
var reportingVerbs = map[string]bool{
	"says": false, "say": false, "tells": false, "tell": false,
	"said": true, "told": true, "announced": true, "reported": true, "added": true, "stated": true,
	"declared": true, "confirmed": true, "acknowledged": true, "warned": true, "noted": true,
	"insisted": true, "claimed": true, "disclosed": true, "revealed": true, "argued": true,
	"explained": true, "wrote": true, "predicted": true, "denied": true, "urged": true,
}

// isReporting reports whether w is a verb of saying, in any tense.
func isReporting(w string) bool {
	_, ok := reportingVerbs[w]
	return ok
}

// pastIrregular are common irregular past-tense verbs.
var pastIrregular = map[string]bool{
	"became": true, "began": true, "came": true, "went": true, "took": true, "gave": true, "made": true,
	"found": true, "got": true, "left": true, "fell": true, "rose": true, "grew": true, "saw": true,
	"told": true, "said": true, "sent": true, "brought": true, "felt": true, "held": true, "met": true,
	"retook": true, "struck": true, "fought": true, "fled": true, "won": true, "lost": true, "shot": true,
	"killed": true, "broke": true, "stood": true, "spoke": true, "drove": true, "flew": true, "led": true,
	"sought": true, "thought": true, "bought": true, "sold": true, "paid": true, "kept": true, "wrote": true,
	"overran": true, "withdrew": true, "forbade": true, "froze": true, "ran": true, "rode": true, "swore": true,
	"threw": true, "wore": true, "chose": true, "arose": true, "knew": true,
}
