package timeline

import (
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

// Explain says for a reader why a report's time expression resolved to
// the date it did, given the article the report comes from (nil when it
// is not known): "Fri 14 Oct 2016: past tense, article published Sat 15
// Oct 2016". The explanation is built from the resolution rule (see
// Time.Rule) and the article's publication date; a rule it does not know
// gets a generic explanation naming the rule. An undated report gives
// "undated: no time expression dates this report".
func (tm Time) Explain(a *extract.Article) string {
	if tm.Value == "" {
		return "undated: no time expression dates this report"
	}
	p := explainPubOf(a)
	return explainValue(tm.Value, p.day) + ": " + explainRule(tm.Rule, tm.Text, tm.Value, p)
}

// explainPub is what an explanation says of an article's publication
// date.
type explainPub struct {
	day    time.Time // the publication date; zero when unknown
	phrase string    // "article published Sat 15 Oct 2016", or "no publication date known"
}

// publicationOf returns the publication date of article a.
func explainPubOf(a *extract.Article) explainPub {
	if a == nil || a.Published == "" {
		return explainPub{phrase: "no publication date known"}
	}
	d, err := time.Parse(time.DateOnly, a.Published)
	if err != nil {
		return explainPub{phrase: "article published " + a.Published}
	}
	p := explainPub{day: d, phrase: "article published " + d.Format(explainDayLayout)}
	if a.PublishedFrom == "text" {
		p.phrase += " (a date inferred from its text)"
	}
	return p
}

// explainDayLayout writes a day with its weekday: "Fri 14 Oct 2016".
const explainDayLayout = "Mon 2 Jan 2006"

// explainValue writes a TIMEX3 value for a reader, a day with its weekday
// ("Fri 14 Oct 2016", "night of Thu 13 Oct 2016") and coarser dates as
// Date.Display does ("week of 10 Oct 2016", "September 2016"). anchor is
// the publication date open references are relative to, or zero. A value
// not on the calendar is given as written, marked so.
func explainValue(value string, anchor time.Time) string {
	span, ok := extract.ParseValue(value, anchor)
	if !ok && span.Granularity != extract.Ref {
		return value + " (not on the calendar)"
	}
	start, err := time.Parse(time.DateOnly, span.Start)
	switch {
	case err != nil:
	case span.Granularity == extract.Day:
		return start.Format(explainDayLayout)
	case span.Granularity == extract.PartOfDay:
		if _, part, ok := strings.Cut(value, "T"); ok {
			if name, ok := partsOfDay[part]; ok {
				return name + " " + start.Format(explainDayLayout)
			}
			return start.Format(explainDayLayout) + ", " + part
		}
		return start.Format(explainDayLayout)
	}
	d := Date{Value: value, Start: span.Start, End: span.End, Granularity: span.Granularity}
	return d.Display()
}

// explainTenses say what each tense a rule name ends in means.
var explainTenses = map[string]string{
	"past":    "past tense",
	"future":  "future tense",
	"present": "present tense",
	"unknown": "no tense to go by, so the nearest one",
}

// explainRule explains rule for a time expression text resolved to value
// against publication p.
func explainRule(rule, text, value string, p explainPub) string {
	withPub := func(s string) string { return s + ", " + p.phrase }
	if inner, ok := strings.CutSuffix(rule, "-around"); ok && inner != "" {
		low := strings.ToLower(text)
		around := "a day next to a date"
		switch {
		case strings.Contains(low, "week of"):
			around = "the week that holds a date"
		case strings.Contains(low, "day before"):
			around = "the day before a date"
		case strings.Contains(low, "day after"):
			around = "the day after a date"
		}
		return around + " resolved so: " + explainRule(inner, text, value, p)
	}
	if inner, ok := strings.CutSuffix(rule, "-mod"); ok && inner != "" {
		return explainRule(inner, text, value, p) + "; the date covers the whole period, not only its early, middle or late part"
	}
	if inner, ok := strings.CutSuffix(rule, "-part-of-day"); ok && (inner == "today" || inner == "yesterday" || inner == "tomorrow") {
		return explainRule(inner, text, value, p) + ", at the part of the day written"
	}
	family, tense, _ := explainCutLast(rule)
	switch rule {
	case "publication-date":
		return withPub("no time expression in this headline or lead sentence: dated by publication")
	case "weekday-publication":
		return withPub("same weekday as publication, so that day")
	case "weekday-last":
		return withPub("“last”: the latest such weekday before publication")
	case "weekday-next":
		return withPub("“next”: the first such weekday after publication")
	case "weekday-anaphoric":
		return "“previous” or “following”: counted from the date the article gave just before"
	case "weekday-unknown":
		return withPub("no tense to go by, so the latest such weekday before publication")
	case "weekday", "month", "month-day", "relative-this", "relative-last", "relative-next":
		if p.day.IsZero() {
			return "no publication date known to place it on the calendar"
		}
	case "month-last":
		return withPub("“last”: the latest such month before publication")
	case "month-next":
		return withPub("“next”: the first such month after publication")
	case "month-this":
		return withPub("“this”: that month of the year of publication")
	case "month-of-relative-year":
		return withPub("a month of a year given relative to publication (“last year”, “next year”)")
	case "month-day-coordinated":
		return "a second day joined to the date before it (as in “24 and 25 April”), in its month and year"
	case "numeric-date", "day-month-year", "month-day-year":
		return "a full date, as written"
	case "month-year":
		return "a month and year, as written"
	case "year":
		return "a year, as written"
	case "year-spoken":
		return "a year written in words"
	case "decade":
		return "a decade, as written"
	case "century":
		return "a century, as written"
	case "today":
		return withPub("“today”: the publication date")
	case "yesterday":
		return withPub("“yesterday”: the day before publication")
	case "tomorrow":
		return withPub("“tomorrow”: the day after publication")
	case "weekend-last":
		return withPub("“last weekend”: the weekend just gone at publication")
	case "weekend-next":
		return withPub("“next weekend”: the coming weekend after publication")
	case "weekend-past":
		return withPub("past tense, so the weekend just gone at publication")
	case "weekend-future", "weekend-present":
		return withPub(explainTenses[tense] + ", so the coming weekend")
	case "weekend-unknown":
		return withPub("no tense to go by, so the weekend nearest publication")
	case "ago":
		low := strings.ToLower(text)
		if strings.HasSuffix(low, "ago") || strings.HasSuffix(low, "from now") || strings.HasSuffix(low, "hence") {
			return withPub("counted from the publication date")
		}
		return withPub("counted from the date the article gave before, or else from the publication date")
	case "ago-vague":
		return withPub("an unstated time before publication")
	case "anaphoric":
		return withPub("counted from the date the article gave just before, or else from the publication date")
	case "recent":
		return withPub("“recently”: some time before publication")
	case "ref":
		switch value {
		case "PAST_REF":
			return withPub("a vague reference to the past, before publication")
		case "FUTURE_REF":
			return withPub("a vague reference to the future, after publication")
		case "PRESENT_REF":
			return withPub("a reference to the present, the time of publication")
		}
		return withPub("a vague reference to the past, present or future")
	case "holiday":
		return withPub("a holiday, in the year of publication or the one before or after as the tense says")
	case "holiday-week":
		return withPub("the week of a holiday, in the year of publication or the one before or after as the tense says")
	case "season":
		return withPub("a season (of the northern hemisphere), in the year written or the one the publication date and tense give")
	case "quarter":
		return withPub("a calendar quarter, of the year written or the one the publication date gives")
	case "clock":
		return withPub("a time of day, on the day written with it or else the publication date")
	}
	switch family {
	case "weekday", "month", "weekend":
		if phrase, ok := explainTenses[tense]; ok {
			return withPub(phrase)
		}
	case "month-day":
		if phrase, ok := explainTenses[tense]; ok {
			return withPub("no year given; " + phrase)
		}
	}
	if rel, ok := strings.CutPrefix(rule, "relative-"); ok {
		unit := "period"
		if span, ok := extract.ParseValue(value, p.day); ok {
			unit = span.Granularity.String()
		}
		switch rel {
		case "this", "current", "the":
			return withPub("the " + unit + " that holds the publication date")
		case "last", "past", "previous":
			return withPub("“" + rel + "”: the " + unit + " before the one of publication")
		case "next", "coming", "following":
			return withPub("“" + rel + "”: the " + unit + " after the one of publication")
		}
	}
	if rule == "" {
		return withPub("resolved by no named rule")
	}
	if p.day.IsZero() {
		return "resolved by rule “" + rule + "” with no publication date known"
	}
	return "resolved by rule “" + rule + "” against the publication date, " + p.phrase
}

// explainCutLast splits a rule name at its last hyphen: "month-day-past" gives
// "month-day" and "past".
func explainCutLast(rule string) (before, after string, ok bool) {
	i := strings.LastIndexByte(rule, '-')
	if i < 0 {
		return rule, "", false
	}
	return rule[:i], rule[i+1:], true
}
