package extract_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
)

// sharedExtractor returns the Extractor all tests, the fuzzer and the
// benchmarks share: loading the language models is the slow part, and an
// Extractor is safe for concurrent use.
var sharedExtractor = sync.OnceValue(func() *extract.Extractor { return extract.New() })

// wantTimex is the part of an extract.Timex that a resolution test checks.
type wantTimex struct {
	Text  string
	Type  string
	Value string
	Mod   string
}

// resolveTest is a sentence, its publication date and the expressions a
// careful reader finds in it, in text order.
type resolveTest struct {
	name string
	pub  string // publication date, YYYY-MM-DD; empty when unknown
	in   string
	want []wantTimex // nil when the sentence holds no temporal expression
}

// pubDate parses a YYYY-MM-DD publication date; "" is the zero time (unknown).
func pubDate(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatalf("bad test date %q: %v", s, err)
	}
	return d
}

// runResolveTests runs each test as a subtest and compares the expressions
// found, in order, with the expected ones.
func runResolveTests(t *testing.T, tests []resolveTest) {
	t.Helper()
	x := sharedExtractor()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []wantTimex
			for _, tx := range x.Timexes(tt.in, pubDate(t, tt.pub)) {
				got = append(got, wantTimex{Text: tx.Text, Type: tx.Type.String(), Value: tx.Value, Mod: tx.Mod})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Timexes(%q, pub %q) mismatch (-want +got):\n%s", tt.in, tt.pub, diff)
			}
		})
	}
}

// oneDate is a single DATE expression without a mod.
func oneDate(text, value string) []wantTimex { return []wantTimex{{text, "DATE", value, ""}} }

// weekdayTests resolve bare weekdays by the tense of their clause: past or
// a reporting verb looks back up to six days, future, modal, scheduled or
// present progressive looks ahead, and the publication weekday is the
// publication date.
var weekdayTests = []resolveTest{
	// publication on a Saturday: 2016-10-15
	{"reporting verb past", "2016-10-15",
		"Russian Foreign Minister Sergei Lavrov said Friday that he had no special expectations.",
		oneDate("Friday", "2016-10-14")},
	{"present progressive on the publication weekday", "2016-10-15",
		"The top U.S. diplomat and his Russian counterpart are meeting in Switzerland Saturday.",
		oneDate("Saturday", "2016-10-15")},
	{"past tense on the publication weekday", "2016-10-15",
		"Prominent international charities called Saturday for a truce in eastern Aleppo.",
		oneDate("Saturday", "2016-10-15")},
	{"past tense with on", "2016-10-15",
		"Government troops shelled the eastern districts on Wednesday.",
		oneDate("Wednesday", "2016-10-12")},
	{"future with will", "2016-10-15",
		"The ministers will meet again in London on Monday.",
		oneDate("Monday", "2016-10-17")},
	{"scheduled for", "2016-10-15",
		"A vote in the Security Council is scheduled for Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"modal", "2016-10-15",
		"The council could vote on the French draft Wednesday.",
		oneDate("Wednesday", "2016-10-19")},
	{"past part of day", "2016-10-15",
		"Warplanes conducted a massive air raid on rebel-held areas Thursday night.",
		[]wantTimex{{"Thursday night", "TIME", "2016-10-13TNI", ""}}},
	{"last weekday", "2016-10-15",
		"The convoy was attacked last Monday.",
		oneDate("last Monday", "2016-10-10")},
	{"next weekday", "2016-10-15",
		"The envoy travels to Moscow next Friday.",
		oneDate("next Friday", "2016-10-21")},
	{"last on the publication weekday", "2016-10-15",
		"The talks collapsed last Saturday.",
		oneDate("last Saturday", "2016-10-08")},
	{"next on the publication weekday", "2016-10-15",
		"The ministers meet again next Saturday.",
		oneDate("next Saturday", "2016-10-22")},
	{"past verb the tagger reads as present", "2016-10-15",
		"The rebels retook the town Tuesday.",
		oneDate("Tuesday", "2016-10-11")},
	{"past form identical to the present", "2016-10-15",
		"Rebels hit the convoy Friday.",
		oneDate("Friday", "2016-10-14")},
	{"present simple of a scheduled event", "2016-10-15",
		"The talks open Monday in Geneva.",
		oneDate("Monday", "2016-10-17")},
	{"present simple the day after publication", "2016-10-15",
		"Kerry and Lavrov meet in Lausanne Sunday.",
		oneDate("Sunday", "2016-10-16")},
	{"relative clause past, main clause future", "2016-10-15",
		"Kerry and Lavrov, who met Friday, will meet again Monday.",
		[]wantTimex{{"Friday", "DATE", "2016-10-14", ""}, {"Monday", "DATE", "2016-10-17", ""}}},
	{"quoted future, reporting past", "2016-10-15",
		"\u201cWe will meet on Monday,\u201d Lavrov said Friday.",
		[]wantTimex{{"Monday", "DATE", "2016-10-17", ""}, {"Friday", "DATE", "2016-10-14", ""}}},
	{"possessive weekday", "2016-10-15",
		"Friday's talks ended without agreement.",
		oneDate("Friday", "2016-10-14")},
	{"participle clause", "2016-10-15",
		"Speaking in Paris on Friday, Kerry called for a truce.",
		oneDate("Friday", "2016-10-14")},
	{"expected to", "2016-10-15",
		"The ministers are expected to meet Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"meeting called for a weekday", "2016-10-15",
		"The UN has called an emergency meeting for Monday.",
		oneDate("Monday", "2016-10-17")},
	{"possessive weekday in a future clause", "2016-10-15",
		"Monday's meeting will focus on aid deliveries.",
		oneDate("Monday", "2016-10-17")},
	{"possessive weekday under a distant future verb", "2016-10-15",
		"The opposition said it would appeal Thursday's ruling by the supreme court.",
		oneDate("Thursday", "2016-10-13")},
	{"possessive weekday ahead of", "2016-10-15",
		"Campaigning ended ahead of Sunday's vote.",
		oneDate("Sunday", "2016-10-16")},
	{"opening weekday with a long subject", "2016-10-17",
		"On Tuesday, the International Committee of the Red Cross and the Syrian Arab Red Crescent plan to send a convoy.",
		oneDate("Tuesday", "2016-10-18")},
	{"present simple deadline", "2016-10-15",
		"The deadline expires on Monday.",
		oneDate("Monday", "2016-10-17")},
	{"present copula itinerary", "2016-10-15",
		"Kerry is in Lausanne on Saturday and in London on Sunday.",
		[]wantTimex{{"Saturday", "DATE", "2016-10-15", ""}, {"Sunday", "DATE", "2016-10-16", ""}}},
	{"reported future", "2016-10-15",
		"The opposition said it would attend talks on Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"past and reported future in one sentence", "2016-10-15",
		"Russia halted air strikes Tuesday and said it would resume them Thursday.",
		[]wantTimex{{"Tuesday", "DATE", "2016-10-11", ""}, {"Thursday", "DATE", "2016-10-20", ""}}},
	{"future main clause, past reporting clause", "2016-10-15",
		"UN envoy Staffan de Mistura will brief the Security Council on Monday, his office said Friday.",
		[]wantTimex{{"Monday", "DATE", "2016-10-17", ""}, {"Friday", "DATE", "2016-10-14", ""}}},
	{"by a weekday, past perfect", "2016-10-15",
		"By Monday, the rebels had lost half the city.",
		oneDate("Monday", "2016-10-10")},
	{"present simple with a purpose clause", "2016-10-15",
		"The Security Council meets on Tuesday to discuss the crisis.",
		oneDate("Tuesday", "2016-10-18")},
	{"postponed until", "2016-10-15",
		"The talks were postponed until Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"present simple schedule", "2016-10-15",
		"Talks resume Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"planned an event on a weekday", "2016-10-14",
		"Opposition groups planned a large rally in the capital on Saturday.",
		oneDate("Saturday", "2016-10-15")},
	{"was due to, past", "2016-10-15",
		"The talks were due to end Friday.",
		oneDate("Friday", "2016-10-14")},

	// publication on a Thursday: 2016-10-13
	{"present progressive future", "2016-10-13",
		"Kerry and Lavrov are meeting in Lausanne Saturday.",
		oneDate("Saturday", "2016-10-15")},
	{"past progressive", "2016-10-13",
		"Kerry and Lavrov were meeting in Lausanne Saturday.",
		oneDate("Saturday", "2016-10-08")},
	{"reporting verb on a Thursday", "2016-10-13",
		"Lavrov told reporters Friday that Moscow would not back down.",
		oneDate("Friday", "2016-10-07")},
	{"scheduled for on a Thursday", "2016-10-13",
		"Talks between the two sides are scheduled for Monday in Geneva.",
		oneDate("Monday", "2016-10-17")},

	// publication on a Sunday: 2016-10-16
	{"Sunday pub past Saturday", "2016-10-16",
		"The foreign ministers met in Lausanne on Saturday.",
		oneDate("Saturday", "2016-10-15")},
	{"Sunday pub future Saturday", "2016-10-16",
		"The foreign ministers will meet again on Saturday.",
		oneDate("Saturday", "2016-10-22")},
	{"Sunday pub past Monday", "2016-10-16",
		"Rebels shelled the western district on Monday.",
		oneDate("Monday", "2016-10-10")},
	{"Sunday pub future Monday", "2016-10-16",
		"The envoy will travel to Geneva on Monday.",
		oneDate("Monday", "2016-10-17")},
	{"Sunday pub own weekday", "2016-10-16",
		"Thousands of protesters gathered in the square on Sunday.",
		oneDate("Sunday", "2016-10-16")},

	// across the year end
	{"Saturday Dec 31 past", "2016-12-31",
		"Russia and Turkey announced the ceasefire on Thursday.",
		oneDate("Thursday", "2016-12-29")},
	{"Saturday Dec 31 future into January", "2016-12-31",
		"Peace talks will begin in Astana on Monday.",
		oneDate("Monday", "2017-01-02")},
	{"Sunday Jan 1 past into December", "2017-01-01",
		"The truce took effect on Thursday.",
		oneDate("Thursday", "2016-12-29")},
	{"Friday Jan 1 future", "2021-01-01",
		"The new rules will take effect on Monday.",
		oneDate("Monday", "2021-01-04")},
	{"leap day past Sunday", "2016-02-29",
		"The cessation of hostilities took effect on Saturday.",
		oneDate("Saturday", "2016-02-27")},
	{"leap day future Tuesday", "2016-02-29",
		"The envoy will brief the council on Tuesday.",
		oneDate("Tuesday", "2016-03-01")},

	// "the previous Friday" and "the following Tuesday" count from the last
	// day the story named
	{"the previous weekday after a date", "1989-10-30",
		"The index closed at 2082.1 on Friday, Oct. 27, down 4.5% from the previous Friday.",
		[]wantTimex{{"Friday, Oct. 27", "DATE", "1989-10-27", ""}, {"previous Friday", "DATE", "1989-10-20", ""}}},
	{"the following weekday after a date across a month end", "2016-11-15",
		"The rebels entered the town on Oct. 31 and left the following Tuesday.",
		[]wantTimex{{"Oct. 31", "DATE", "2016-10-31", ""}, {"following Tuesday", "DATE", "2016-11-01", ""}}},
	{"deadline extended until a clock time and weekday", "2000-04-03",
		"The INS extended its deadline until 9 a.m. EST Tuesday.",
		[]wantTimex{{"9 a.m. EST Tuesday", "TIME", "2000-04-04T09:00", ""}}},
	{"vote postponed until a weekday", "2016-10-15",
		"The council postponed the vote until Tuesday.",
		oneDate("Tuesday", "2016-10-18")},
	{"the previous weekday without a date", "2016-10-15",
		"Shares fell 4% from the previous Friday.",
		oneDate("previous Friday", "2016-10-14")},
	{"verb coordinated with a past clause", "2000-01-15",
		"The agency had ruled that the boy must be returned to his father, and set Friday as the deadline for his return.",
		oneDate("Friday", "2000-01-14")},
	{"verb coordinated with a future clause", "2000-01-15",
		"The ministers will meet in Geneva and set Friday as the deadline.",
		oneDate("Friday", "2000-01-21")},
	{"a plan called off, day just past", "1999-10-24",
		"A memorial service planned at the university for Saturday was canceled after security plans were leaked.",
		oneDate("Saturday", "1999-10-23")},
	{"a plan called off, day just ahead", "1999-10-21",
		"A memorial service planned at the university for Saturday was canceled after security plans were leaked.",
		oneDate("Saturday", "1999-10-23")},
	{"a plan standing is ahead", "1999-10-24",
		"A memorial service is planned at the university for Saturday.",
		oneDate("Saturday", "1999-10-30")},
}

func TestTimexesWeekday(t *testing.T) { runResolveTests(t, weekdayTests) }

// monthTests resolve months without a year by tense, at month granularity.
var monthTests = []resolveTest{
	{"month of last year", "2016-02-10",
		"The siege began in July last year.",
		oneDate("July last year", "2015-07")},
	{"month of this year", "2016-12-10",
		"Parliament approved the deal in early October this year.",
		[]wantTimex{{"early October this year", "DATE", "2016-10", "START"}}},
	{"month of next year", "2016-10-15",
		"The new members will join in April of next year.",
		oneDate("April of next year", "2017-04")},
	{"was planned for next month", "2016-10-15",
		"The handover was planned for early November, but no date has been fixed.",
		[]wantTimex{{"early November", "DATE", "2016-11", "START"}}},
	{"opening phrase with a long subject", "2016-10-15",
		"In January, a week after the anniversary of the Geneva vs. Moscow summit, a car bomb at a checkpoint near the Turkish border killed 40 people.",
		[]wantTimex{{"January", "DATE", "2016-01", ""}, {"a week", "DURATION", "P1W", ""}}},
	{"past month before pub month", "2014-01-13",
		"Fighting between rebel groups erupted in August.",
		oneDate("August", "2013-08")},
	{"future month after pub month", "2014-01-13",
		"The conference will resume in March.",
		oneDate("March", "2014-03")},
	{"past pub month", "2014-01-13",
		"The two sides exchanged prisoners in January.",
		oneDate("January", "2014-01")},
	{"last month name", "2014-01-13",
		"The regime agreed last September to give up its chemical weapons.",
		oneDate("last September", "2013-09")},
	{"next month name", "2014-01-13",
		"Elections are due next June.",
		oneDate("next June", "2014-06")},
	{"past tense month after pub month", "2016-10-15",
		"The talks collapsed in November.",
		oneDate("November", "2015-11")},
	{"future tense month before pub month", "2016-10-15",
		"The conference will be held in September.",
		oneDate("September", "2017-09")},
	{"past verb the tagger reads as present", "2016-10-15",
		"In August, the rebels retook the town.",
		oneDate("August", "2016-08")},
	{"past range from to", "2016-10-15",
		"The siege lasted from July to December.",
		[]wantTimex{{"July", "DATE", "2016-07", ""}, {"December", "DATE", "2015-12", ""}}},

	// year end
	{"Dec 31 past December", "2016-12-31",
		"The siege of Aleppo ended in December.",
		oneDate("December", "2016-12")},
	{"Dec 31 future January", "2016-12-31",
		"Peace talks will open in January.",
		oneDate("January", "2017-01")},
	{"Dec 31 past January", "2016-12-31",
		"The talks collapsed in January.",
		oneDate("January", "2016-01")},
	{"Jan 1 past December", "2017-01-01",
		"The siege of Aleppo ended in December.",
		oneDate("December", "2016-12")},
	{"Jan 1 future December", "2017-01-01",
		"Presidential elections will be held in December.",
		oneDate("December", "2017-12")},
	{"Jan 1 future January", "2021-01-01",
		"The vaccination campaign will start in January.",
		oneDate("January", "2021-01")},
	{"Jan 1 past November", "2021-01-01",
		"The talks broke down in November.",
		oneDate("November", "2020-11")},
	{"capitalised May after in", "2016-08-26",
		"The ceasefire collapsed in May.",
		oneDate("May", "2016-05")},
	{"modified month", "2016-08-26",
		"The offensive began in early July.",
		[]wantTimex{{"early July", "DATE", "2016-07", "START"}}},
	{"deadline before a modified month", "1989-10-30",
		"Ottawa gave the company until mid-November to submit additional information.",
		[]wantTimex{{"mid-November", "DATE", "1989-11", "MID"}}},
	{"deadline before an early month across the year end", "2016-12-10",
		"The council gave the parties until early January to reply.",
		[]wantTimex{{"early January", "DATE", "2017-01", "START"}}},
	{"month under a noun of intention", "1989-11-02",
		"The bank announced an agreement to acquire the holding company in January.",
		oneDate("January", "1990-01")},
}

func TestTimexesMonth(t *testing.T) { runResolveTests(t, monthTests) }

// dayWordsTests resolve today, yesterday, tomorrow and parts of days.
var dayWordsTests = []resolveTest{
	{"today", "2016-12-10",
		"Kerry is meeting Lavrov in Geneva today.",
		oneDate("today", "2016-12-10")},
	{"yesterday", "2016-12-10",
		"Syrian troops advanced into the old city yesterday.",
		oneDate("yesterday", "2016-12-09")},
	{"tomorrow", "2016-12-10",
		"The envoy will fly to Moscow tomorrow.",
		oneDate("tomorrow", "2016-12-11")},
	{"last night", "2016-12-10",
		"Shelling continued across eastern Aleppo last night.",
		[]wantTimex{{"last night", "TIME", "2016-12-09TNI", ""}}},
	{"yesterday morning", "2016-12-10",
		"The convoy reached the city yesterday morning.",
		[]wantTimex{{"yesterday morning", "TIME", "2016-12-09TMO", ""}}},
	{"tonight", "2016-12-10",
		"The council meets tonight.",
		[]wantTimex{{"tonight", "TIME", "2016-12-10TNI", ""}}},
	{"this morning", "2016-12-10",
		"Air strikes hit the hospital this morning.",
		[]wantTimex{{"this morning", "TIME", "2016-12-10TMO", ""}}},

	{"leap day yesterday", "2016-02-29",
		"The truce held yesterday.",
		oneDate("yesterday", "2016-02-28")},
	{"leap day tomorrow", "2016-02-29",
		"The envoy will report to the council tomorrow.",
		oneDate("tomorrow", "2016-03-01")},
	{"leap day today", "2016-02-29",
		"Aid trucks are crossing the front line today.",
		oneDate("today", "2016-02-29")},
	{"leap day tomorrow night", "2016-02-29",
		"The deadline expires tomorrow night.",
		[]wantTimex{{"tomorrow night", "TIME", "2016-03-01TNI", ""}}},
	{"day after leap day yesterday", "2016-03-01",
		"The truce held yesterday.",
		oneDate("yesterday", "2016-02-29")},
	{"Dec 31 tomorrow", "2016-12-31",
		"The ceasefire will be extended tomorrow.",
		oneDate("tomorrow", "2017-01-01")},
	{"Jan 1 yesterday", "2017-01-01",
		"The ceasefire was violated yesterday.",
		oneDate("yesterday", "2016-12-31")},
	{"Jan 1 last night", "2017-01-01",
		"Gunmen attacked a nightclub in Istanbul last night.",
		[]wantTimex{{"last night", "TIME", "2016-12-31TNI", ""}}},
	{"overnight, past", "2016-10-16",
		"Russian and Syrian jets pounded eastern Aleppo overnight, activists said.",
		[]wantTimex{{"overnight", "TIME", "2016-10-15TNI", ""}}},
	{"overnight, future", "2016-10-16",
		"The border crossing will be closed overnight.",
		[]wantTimex{{"overnight", "TIME", "2016-10-16TNI", ""}}},
	{"overnight as an adjective of time", "1989-10-27",
		"London shares were depressed by overnight losses in New York.",
		[]wantTimex{{"overnight", "TIME", "1989-10-26TNI", ""}}},
	{"overnight from the day of the story", "1989-10-30",
		"Tokyo stocks fell on Friday. London shares were depressed by overnight losses in New York.",
		[]wantTimex{{"Friday", "DATE", "1989-10-27", ""}, {"overnight", "TIME", "1989-10-26TNI", ""}}},
	{"a stay overnight is no time", "2016-10-16",
		"The wounded stayed overnight in hospital.",
		nil},
	{"the overnight rate is no time", "2016-10-16",
		"The central bank raised the overnight rate.",
		nil},
	{"midnight ends the day", "1989-10-26",
		"The offer is scheduled to expire at midnight Friday.",
		[]wantTimex{{"midnight Friday", "TIME", "1989-10-27T24:00", ""}}},
	{"clock dated by the day after another zone's time", "2016-10-15",
		"A three-day truce began at 7 p.m. local time (1600 GMT) on Thursday.",
		[]wantTimex{{"three-day", "DURATION", "P3D", ""}, {"7 p.m. local time", "TIME", "2016-10-13T19:00", ""}, {"Thursday", "DATE", "2016-10-13", ""}}},
	{"mid-morning on the story's day", "2016-10-15",
		"Airstrikes hit the city on Friday and ended by mid-morning.",
		[]wantTimex{{"Friday", "DATE", "2016-10-14", ""}, {"mid-morning", "TIME", "2016-10-14TMO", "MID"}}},
	{"mid-afternoon with its day", "1989-11-02",
		"In London at mid-afternoon yesterday, the shares were up 2 pence.",
		[]wantTimex{{"mid-afternoon yesterday", "TIME", "1989-11-01TAF", "MID"}}},
	{"early weekday morning", "2000-01-29",
		"The commemorations began early Friday morning.",
		[]wantTimex{{"early Friday morning", "TIME", "2000-01-28TMO", "START"}}},
	{"late on a weekday", "2016-10-15",
		"Kerry and Lavrov spoke by phone late on Friday.",
		[]wantTimex{{"late on Friday", "DATE", "2016-10-14", "END"}}},
}

func TestTimexesDayWords(t *testing.T) { runResolveTests(t, dayWordsTests) }

// relativeTests resolve this/last/next week, month and year, with ISO weeks
// and publication dates on year ends, month ends, week 53 and a leap day.
var relativeTests = []resolveTest{
	{"this week", "2016-12-10",
		"The rebels lost half of their territory this week.",
		oneDate("this week", "2016-W49")},
	{"last week", "2016-12-10",
		"The army launched its offensive last week.",
		oneDate("last week", "2016-W48")},
	{"next week", "2016-12-10",
		"Experts will meet in Geneva next week.",
		oneDate("next week", "2016-W50")},
	{"this month", "2016-12-10",
		"The government regained most of the city this month.",
		oneDate("this month", "2016-12")},
	{"last month", "2016-12-10",
		"The offensive began last month.",
		oneDate("last month", "2016-11")},
	{"this year", "2016-12-10",
		"More than 300,000 people have fled this year.",
		oneDate("this year", "2016")},

	// year end: Saturday 2016-12-31 and Sunday 2017-01-01, both in 2016-W52
	{"Dec 31 last week", "2016-12-31",
		"The evacuation of eastern Aleppo ended last week.",
		oneDate("last week", "2016-W51")},
	{"Dec 31 next week", "2016-12-31",
		"Talks in Astana will begin next week.",
		oneDate("next week", "2017-W01")},
	{"Dec 31 next month", "2016-12-31",
		"Talks in Astana will begin next month.",
		oneDate("next month", "2017-01")},
	{"Dec 31 last month", "2016-12-31",
		"The evacuation began last month.",
		oneDate("last month", "2016-11")},
	{"Dec 31 next year", "2016-12-31",
		"The new administration takes office next year.",
		oneDate("next year", "2017")},
	{"Jan 1 this week", "2017-01-01",
		"Russia and Turkey brokered a truce this week.",
		oneDate("this week", "2016-W52")},
	{"Jan 1 last week", "2017-01-01",
		"The last rebels left Aleppo last week.",
		oneDate("last week", "2016-W51")},
	{"Jan 1 next week", "2017-01-01",
		"The Security Council will vote next week.",
		oneDate("next week", "2017-W01")},
	{"Jan 1 last month", "2017-01-01",
		"The government retook Aleppo last month.",
		oneDate("last month", "2016-12")},
	{"Jan 1 last year", "2017-01-01",
		"More than 50,000 people died in the war last year.",
		oneDate("last year", "2016")},
	{"Jan 1 this year", "2017-01-01",
		"Elections are expected this year.",
		oneDate("this year", "2017")},

	// ISO week 53: 2021-01-01 is a Friday in 2020-W53, 2015-12-31 a Thursday in 2015-W53
	{"2021-01-01 this week", "2021-01-01",
		"The talks resumed this week.",
		oneDate("this week", "2020-W53")},
	{"2021-01-01 last week", "2021-01-01",
		"The talks collapsed last week.",
		oneDate("last week", "2020-W52")},
	{"2021-01-01 next week", "2021-01-01",
		"The talks resume next week.",
		oneDate("next week", "2021-W01")},
	{"2021-01-01 this year", "2021-01-01",
		"Elections are expected this year.",
		oneDate("this year", "2021")},
	{"2021-01-01 next month", "2021-01-01",
		"The envoy will return next month.",
		oneDate("next month", "2021-02")},
	{"2015-12-31 this week", "2015-12-31",
		"The rebels withdrew from the suburb this week.",
		oneDate("this week", "2015-W53")},
	{"2015-12-31 next week", "2015-12-31",
		"The envoy will visit Damascus next week.",
		oneDate("next week", "2016-W01")},
	{"2016-01-03 this week", "2016-01-03",
		"The Saudi embassy was stormed this week.",
		oneDate("this week", "2015-W53")},
	{"2016-01-03 last week", "2016-01-03",
		"The talks were postponed last week.",
		oneDate("last week", "2015-W52")},
	{"2019-12-30 this week", "2019-12-30",
		"Parliament will vote this week.",
		oneDate("this week", "2020-W01")},
	{"2019-12-30 this year", "2019-12-30",
		"Turnout fell sharply this year.",
		oneDate("this year", "2019")},

	// month ends: next month is the next calendar month, never two months on
	{"Jan 31 next month", "2016-01-31",
		"The Geneva talks will resume next month.",
		oneDate("next month", "2016-02")},
	{"Jan 31 last month", "2016-01-31",
		"The talks were announced last month.",
		oneDate("last month", "2015-12")},
	{"Mar 31 last month", "2016-03-31",
		"The cessation of hostilities began last month.",
		oneDate("last month", "2016-02")},
	{"Oct 31 next month", "2016-10-31",
		"The envoy will report to the council next month.",
		oneDate("next month", "2016-11")},
	{"leap day next year", "2016-02-29",
		"Presidential elections are due next year.",
		oneDate("next year", "2017")},
	{"leap day last year", "2016-02-29",
		"Russia entered the war last year.",
		oneDate("last year", "2015")},
	{"leap day next month", "2016-02-29",
		"The talks will resume next month.",
		oneDate("next month", "2016-03")},

	{"years ago", "2016-02-29",
		"The uprising began five years ago.",
		oneDate("five years ago", "2011")},
	{"days ago", "2016-03-01",
		"The truce took effect three days ago.",
		oneDate("three days ago", "2016-02-27")},
	{"the current fiscal year", "1989-10-26",
		"The company expects sales in the current fiscal year to rise.",
		oneDate("the current fiscal year", "1989")},
	{"a few years ago", "1998-02-12",
		"The machines were removed a few years ago.",
		oneDate("a few years ago", "PAST_REF")},
}

func TestTimexesRelative(t *testing.T) { runResolveTests(t, relativeTests) }

// weekendTests resolve (over) the weekend and this/last/next weekend.
var weekendTests = []resolveTest{
	{"over the weekend on a Monday", "2014-01-13",
		"Kerry met Lavrov in Paris over the weekend.",
		oneDate("the weekend", "2014-W02-WE")},
	{"last weekend on a Monday", "2014-01-13",
		"The opposition coalition met in Istanbul last weekend.",
		oneDate("last weekend", "2014-W02-WE")},
	{"this weekend on a Friday", "2016-10-14",
		"Kerry will meet Lavrov in Lausanne this weekend.",
		oneDate("this weekend", "2016-W41-WE")},
	{"the weekend future on a Friday", "2016-10-14",
		"Kerry will meet Lavrov in Lausanne over the weekend.",
		oneDate("the weekend", "2016-W41-WE")},
	{"last weekend on a Saturday", "2016-10-15",
		"Rebels shelled western Aleppo last weekend.",
		oneDate("last weekend", "2016-W40-WE")},
	{"next weekend on a Saturday", "2016-10-15",
		"The ministers meet again next weekend.",
		oneDate("next weekend", "2016-W42-WE")},
	{"over the weekend on Jan 1", "2017-01-01",
		"The truce largely held over the weekend.",
		oneDate("the weekend", "2016-W52-WE")},
	{"over the weekend in week 53", "2021-01-04",
		"Protesters gathered in the capital over the weekend.",
		oneDate("the weekend", "2020-W53-WE")},
}

func TestTimexesWeekend(t *testing.T) { runResolveTests(t, weekendTests) }

// yearTests find years, decades and modified years.
var yearTests = []resolveTest{
	{"in year", "2016-10-15",
		"The uprising against Assad began in 2011.",
		oneDate("2011", "2011")},
	{"late year", "2016-10-15",
		"Russia's involvement deepened in late 2011.",
		[]wantTimex{{"late 2011", "DATE", "2011", "END"}}},
	{"early year", "2016-10-15",
		"The talks are due to resume in early 2017.",
		[]wantTimex{{"early 2017", "DATE", "2017", "START"}}},
	{"two years", "2016-10-15",
		"The chemical attacks took place in 2013 or 2014.",
		[]wantTimex{{"2013", "DATE", "2013", ""}, {"2014", "DATE", "2014", ""}}},
	{"since year", "2016-10-15",
		"More than 300,000 people have been killed since 2011.",
		oneDate("2011", "2011")},
	{"decade", "2016-10-15",
		"Assad's father crushed an uprising in Hama in the 1980s.",
		oneDate("1980s", "198")},
	{"end of year", "2016-10-15",
		"The council wants a deal by the end of 2016.",
		[]wantTimex{{"the end of 2016", "DATE", "2016", "END"}}},
	{"end of the year", "2016-12-31",
		"A deal was reached before the end of the year.",
		[]wantTimex{{"the end of the year", "DATE", "2016", "END"}}},
	{"month and spoken year", "1998-01-15",
		"The bombing came in January nineteen ninety-seven.",
		oneDate("January nineteen ninety-seven", "1997-01")},
	{"season of a spoken year", "1998-01-15",
		"Oil last fell this low in the winter of nineteen ninety-four.",
		oneDate("the winter of nineteen ninety-four", "1994-WI")},
	{"late yesterday", "2016-10-15",
		"The ministry was not available for comment late yesterday.",
		[]wantTimex{{"late yesterday", "DATE", "2016-10-14", "END"}}},
	{"early weekday", "2016-10-15",
		"Crowds began gathering in the square early Friday.",
		[]wantTimex{{"early Friday", "DATE", "2016-10-14", "START"}}},
	{"spoken year", "1998-01-15",
		"In nineteen ninety-one Charles Keating was convicted.",
		oneDate("nineteen ninety-one", "1991")},
	{"the year two thousand", "1998-02-05",
		"His promise to halve unemployment by the year two thousand has been abandoned.",
		oneDate("two thousand", "2000")},
	{"two thousand as a count", "2016-10-15",
		"Two thousand people fled the district.",
		nil},
	{"ordinal century", "2016-10-15",
		"The fighting damaged an 11th century mosque.",
		oneDate("11th century", "10")},
	{"the 20th century", "2016-10-15",
		"It was the deadliest war of the 20th century.",
		oneDate("20th century", "19")},
	{"year-end as a deadline", "1989-10-26",
		"The companies expect to complete the transaction by year-end.",
		[]wantTimex{{"year-end", "DATE", "1989", "END"}}},
	{"year's end", "1989-10-26",
		"The rules should be in place by year's end.",
		[]wantTimex{{"year's end", "DATE", "1989", "END"}}},
	{"since year-end is last year's", "1989-10-26",
		"The index has risen 20% since year-end.",
		[]wantTimex{{"year-end", "DATE", "1988", "END"}}},
	{"year-end in December", "1989-12-20",
		"The index has risen 20% since year-end.",
		[]wantTimex{{"year-end", "DATE", "1989", "END"}}},
	{"year-ago results", "1989-11-02",
		"The year-ago results included a $415 million gain.",
		[]wantTimex{{"The year-ago", "DATE", "1988", ""}}},
	{"year-earlier in a quarterly report", "1989-11-02",
		"Net income rose in the third quarter, compared with year-earlier profit of $3.8 million.",
		[]wantTimex{{"the third quarter", "DATE", "1989-Q3", ""}, {"year-earlier", "DATE", "1988-Q3", ""}}},
	{"the last half of a decade", "1989-10-26",
		"Sales slumped in the last half of the '80s.",
		oneDate("'80s", "198")},
	{"the first half of next year", "1989-10-26",
		"The plant will open in the first half of next year.",
		oneDate("the first half of next year", "1990-H1")},
	{"the last quarter of a year", "1989-10-26",
		"Sales fell in the last quarter of 1988.",
		oneDate("the last quarter of 1988", "1988-Q4")},
	{"a quarter of a match", "1989-10-26",
		"He scored in the first quarter of the game.",
		nil},
}

func TestTimexesYear(t *testing.T) { runResolveTests(t, yearTests) }

// fullDateTests find dates written out in every order, and month-days
// without a year resolved against publication.
var fullDateTests = []resolveTest{
	{"the week of a date", "2016-10-15",
		"The trial is expected to open the week of Nov. 7.",
		oneDate("the week of Nov. 7", "2016-W45")},
	{"the day before a weekday", "2016-10-15",
		"Residents fled the day before last Tuesday's air strikes.",
		oneDate("the day before last Tuesday", "2016-10-10")},
	{"the day after a holiday", "2016-12-28",
		"The convoy left Aleppo the day after Christmas.",
		oneDate("the day after Christmas", "2016-12-26")},
	{"day month year", "2016-12-10",
		"The statement was issued on 10 December 2016.",
		oneDate("10 December 2016", "2016-12-10")},
	{"abbreviated month day year", "2016-12-10",
		"The statement was issued on Dec. 10, 2016.",
		oneDate("Dec. 10, 2016", "2016-12-10")},
	{"weekday month day year", "2016-08-26",
		"The report was published Friday, Aug. 26, 2016.",
		oneDate("Friday, Aug. 26, 2016", "2016-08-26")},
	{"ISO date", "2016-12-05",
		"The resolution was dated 2016-12-05.",
		oneDate("2016-12-05", "2016-12-05")},
	{"US numeric date", "2016-12-10",
		"The truce expires on 12/25/2016.",
		oneDate("12/25/2016", "2016-12-25")},
	{"month year", "2016-12-10",
		"The talks collapsed in September 2016.",
		oneDate("September 2016", "2016-09")},
	{"leap day date", "2016-03-01",
		"The truce began on Feb. 29, 2016.",
		oneDate("Feb. 29, 2016", "2016-02-29")},
	{"day month future", "2014-01-13",
		"The Geneva conference will open on 22 January.",
		oneDate("22 January", "2014-01-22")},
	{"month day past", "2014-01-13",
		"The opposition voted on Dec. 30 to attend.",
		oneDate("Dec. 30", "2013-12-30")},
	{"Dec 31 month day future", "2016-12-31",
		"The talks will open in Astana on Jan. 23.",
		oneDate("Jan. 23", "2017-01-23")},
	{"Jan 1 month day past", "2017-01-01",
		"The ceasefire took effect on Dec. 30.",
		oneDate("Dec. 30", "2016-12-30")},
	{"Jan 1 month day future", "2017-01-01",
		"The new administration takes office on January 20.",
		oneDate("January 20", "2017-01-20")},
	{"past and future month days", "2016-10-15",
		"Talks were held on Oct. 14 and will resume on Oct. 20.",
		[]wantTimex{{"Oct. 14", "DATE", "2016-10-14", ""}, {"Oct. 20", "DATE", "2016-10-20", ""}}},
	{"past month day just after pub", "2016-10-15",
		"The talks collapsed on Oct. 20.",
		oneDate("Oct. 20", "2015-10-20")},
	{"a record set on a day is past", "1998-02-06",
		"The index is within 70 points of its record high set on Aug. 6.",
		oneDate("Aug. 6", "1997-08-06")},
	{"a vote set for a day is ahead", "1998-02-06",
		"The vote is set for Aug. 6.",
		oneDate("Aug. 6", "1998-08-06")},
	{"Feb 29 in the past from a common year", "2017-03-01",
		"The cessation of hostilities took effect on Feb. 29.",
		oneDate("Feb. 29", "2016-02-29")},
	{"month day no pub", "",
		"The Geneva conference will open on 22 January.",
		oneDate("22 January", "XXXX-01-22")},

	// a second day joined by "and" or "or" takes the first date's month and year
	{"coordinated day", "1999-02-10",
		"The alliance's summit will be held in Washington on April 24 and 25.",
		[]wantTimex{{"April 24", "DATE", "1999-04-24", ""}, {"25", "DATE", "1999-04-25", ""}}},
	{"coordinated day past across the year end", "2016-12-28",
		"Talks were held in Astana on Dec. 30 and 31.",
		[]wantTimex{{"Dec. 30", "DATE", "2015-12-30", ""}, {"31", "DATE", "2015-12-31", ""}}},
	{"coordinated day future across the year end", "2016-12-28",
		"Talks will be held in Astana on Jan. 2 or 3.",
		[]wantTimex{{"Jan. 2", "DATE", "2017-01-02", ""}, {"3", "DATE", "2017-01-03", ""}}},
	{"coordinated day with a year", "2016-10-15",
		"The votes were cast on Sept. 4 and 5, 2016.",
		[]wantTimex{{"Sept. 4", "DATE", "2016-09-04", ""}, {"5, 2016", "DATE", "2016-09-05", ""}}},
	{"coordinated day no pub", "",
		"The summit will be held on April 24 and 25.",
		[]wantTimex{{"April 24", "DATE", "XXXX-04-24", ""}, {"25", "DATE", "XXXX-04-25", ""}}},
	{"a count after a date is no day", "2016-10-15",
		"Shelling on Oct. 4 and 5 hospitals were hit.",
		oneDate("Oct. 4", "2016-10-04")},
}

func TestTimexesFullDate(t *testing.T) { runResolveTests(t, fullDateTests) }

// seasonTests resolve seasons; a winter YYYY-WI starts in December of YYYY.
var seasonTests = []resolveTest{
	{"season of year", "2016-10-15",
		"The rebels first entered the city in the spring of 2012.",
		oneDate("the spring of 2012", "2012-SP")},
	{"season year", "2016-10-15",
		"Thousands fled the city in winter 2014.",
		oneDate("winter 2014", "2014-WI")},
	{"in the season, past", "2016-10-15",
		"The Syrian army retook the town in the spring.",
		oneDate("the spring", "2016-SP")},
	{"this winter in December", "2016-12-10",
		"Aid agencies fear famine this winter.",
		oneDate("this winter", "2016-WI")},
	{"this winter in January", "2017-01-15",
		"Aid agencies fear famine this winter.",
		oneDate("this winter", "2016-WI")},
	{"last winter in January", "2017-01-15",
		"Thousands froze to death last winter.",
		oneDate("last winter", "2015-WI")},
	{"last winter in October", "2016-10-15",
		"Thousands froze to death last winter.",
		oneDate("last winter", "2015-WI")},
	{"last winter in May", "2016-05-10",
		"Thousands froze to death last winter.",
		oneDate("last winter", "2015-WI")},
	{"next winter in January", "2017-01-15",
		"Aid agencies fear another famine next winter.",
		oneDate("next winter", "2017-WI")},
	{"next spring in December", "2016-12-10",
		"The offensive will resume next spring.",
		oneDate("next spring", "2017-SP")},
	{"last summer in December", "2016-12-10",
		"The rebels lost the town last summer.",
		oneDate("last summer", "2016-SU")},
	{"last summer in January", "2017-01-15",
		"The rebels lost the town last summer.",
		oneDate("last summer", "2016-SU")},
	{"last fall in December", "2016-12-10",
		"The rebels lost the town last fall.",
		oneDate("last fall", "2016-FA")},
	{"Arab Spring is an event, not a season", "2016-10-15",
		"The protests grew out of the Arab Spring of 2011.",
		oneDate("2011", "2011")},
}

func TestTimexesSeason(t *testing.T) { runResolveTests(t, seasonTests) }

// durationTests find lengths of time.
var durationTests = []resolveTest{
	{"hyphenated hours", "2016-10-15",
		"Charities called for a 72-hour ceasefire.",
		[]wantTimex{{"72-hour", "DURATION", "PT72H", ""}}},
	{"spelled years", "2016-10-15",
		"The war has lasted five years.",
		[]wantTimex{{"five years", "DURATION", "P5Y", ""}}},
	{"the last two months", "2016-12-10",
		"The army retook most of the city over the last two months.",
		[]wantTimex{{"the last two months", "DURATION", "P2M", ""}}},
	{"hyphenated years", "2016-10-15",
		"Aleppo has become ground zero in Syria's five-year war.",
		[]wantTimex{{"five-year", "DURATION", "P5Y", ""}}},
	{"vague days", "2016-10-15",
		"The siege could last several days.",
		[]wantTimex{{"several days", "DURATION", "PXD", ""}}},
	{"more than a decade", "2016-10-15",
		"The dispute has gone on for more than a decade.",
		[]wantTimex{{"more than a decade", "DURATION", "P10Y", "MORE_THAN"}}},
	{"weeks", "2016-10-15",
		"The city has been under siege for six weeks.",
		[]wantTimex{{"six weeks", "DURATION", "P6W", ""}}},
	{"for and a bare plural", "2016-10-15",
		"The two families have not spoken for years.",
		[]wantTimex{{"years", "DURATION", "PXY", ""}}},
	{"within and a bare plural", "2016-10-15",
		"Thousands of troops will be deployed within weeks.",
		[]wantTimex{{"weeks", "DURATION", "PXW", ""}}},
	{"bare plural as a subject is no time", "2016-10-15",
		"Weeks of shelling left the district in ruins.",
		nil},
	{"day-long", "2000-04-03",
		"Lawyers for the family emerged from their third day-long meeting with federal officials.",
		[]wantTimex{{"day-long", "DURATION", "P1D", ""}}},
	{"decades-long", "2000-01-15",
		"The boy became a symbol of the government's decades-long battle with the exiles.",
		[]wantTimex{{"decades-long", "DURATION", "PXDE", ""}}},
	{"yearlong", "2016-10-15",
		"The yearlong siege ended in December.",
		[]wantTimex{{"yearlong", "DURATION", "P1Y", ""}, {"December", "DATE", "2015-12", ""}}},
	{"one year after a clause", "1999-10-24",
		"Mourners gathered for the doctor one year after he was killed.",
		[]wantTimex{{"one year", "DURATION", "P1Y", ""}}},
	{"a month before an event", "2016-10-15",
		"The convoy was attacked a month before the truce.",
		[]wantTimex{{"a month", "DURATION", "P1M", ""}}},
	{"as long as a month", "2000-04-03",
		"The appeal could take as long as a month or two.",
		[]wantTimex{{"a month", "DURATION", "P1M", ""}}},
	{"the past decade", "1998-10-25",
		"Protests had become routine over the past decade.",
		[]wantTimex{{"the past decade", "DURATION", "P10Y", ""}}},
	{"a rate is no duration", "2016-10-15",
		"The plan would save $500 million a year.",
		[]wantTimex{{"a year", "SET", "P1Y", ""}}},
}

func TestTimexesDuration(t *testing.T) { runResolveTests(t, durationTests) }

// setTests find recurring times.
var setTests = []resolveTest{
	{"every week", "2016-10-15",
		"The two sides meet every week in Geneva.",
		[]wantTimex{{"every week", "SET", "P1W", ""}}},
	{"daily", "2016-10-15",
		"Convoys cross the border daily.",
		[]wantTimex{{"daily", "SET", "P1D", ""}}},
	{"twice a week", "2016-10-15",
		"The task force meets twice a week.",
		[]wantTimex{{"a week", "SET", "P1W", ""}}},
	{"every day", "2016-10-15",
		"Dozens of civilians are killed every day.",
		[]wantTimex{{"every day", "SET", "P1D", ""}}},
	{"every weekday", "2016-10-15",
		"Aid convoys leave every Tuesday.",
		[]wantTimex{{"every Tuesday", "SET", "XXXX-WXX-2", ""}}},
	{"every part of day", "2016-10-15",
		"Shelling resumes every morning.",
		[]wantTimex{{"every morning", "SET", "XXXX-XX-XXTMO", ""}}},
	{"rate of a counted noun", "2016-10-15",
		"The field pumps 100,000 barrels a day.",
		[]wantTimex{{"a day", "SET", "P1D", ""}}},
	{"rate of a count", "2016-10-15",
		"Investigators are doing hundreds of interviews a day.",
		[]wantTimex{{"a day", "SET", "P1D", ""}}},
	{"rate of money in words", "2016-10-15",
		"Exiles send $1 billion a year to their families.",
		[]wantTimex{{"a year", "SET", "P1Y", ""}}},
	{"no rate without a count", "2016-10-15",
		"The convoys arrived a day late.",
		nil},
	{"a noun before a year ago is no rate", "2016-10-15",
		"Two rockets a week ago hit the school.",
		[]wantTimex{{"a week ago", "DATE", "2016-W40", ""}}},
}

func TestTimexesSet(t *testing.T) { runResolveTests(t, setTests) }

// holidayTests resolve holidays, and the weeks that hold them, by tense,
// across year ends.
var holidayTests = []resolveTest{
	{"modal passive in reported speech looks ahead", "2016-10-14",
		"The United Nations has warned that eastern Aleppo could be destroyed by Christmas if the bombing goes on.",
		oneDate("Christmas", "2016-12-25")},
	{"negated modal passive does not", "2016-12-30",
		"Neither he nor his aides could be reached over Christmas.",
		oneDate("Christmas", "2016-12-25")},
	{"Easter week begun, Easter ahead", "2000-04-17",
		"Protesters prayed for divine help as Easter week began.",
		oneDate("Easter week", "2000-W16")},
	{"Christmas week past over the year end", "2016-01-03",
		"Thousands fled the town during Christmas week.",
		oneDate("Christmas week", "2015-W52")},
	{"Christmas week future", "2016-12-10",
		"The envoy will return to Geneva in Christmas week.",
		oneDate("Christmas week", "2016-W51")},
	{"Election Day ahead", "1998-10-26",
		"Abortion is going to be a major theme of our campaign from now to Election Day.",
		[]wantTimex{{"now", "DATE", "PRESENT_REF", ""}, {"Election Day", "DATE", "1998-11-03", ""}}},
	{"Election Day past", "2016-11-10",
		"Turnout fell on Election Day.",
		oneDate("Election Day", "2016-11-08")},
	{"Easter", "2016-03-20",
		"The truce will hold until Easter.",
		oneDate("Easter", "2016-03-27")},
	{"Easter week no pub", "",
		"Protesters prayed as Easter week began.",
		oneDate("Easter week", "XXXX-WXX")},
}

func TestTimexesHoliday(t *testing.T) { runResolveTests(t, holidayTests) }

// refTests find references to the past, present and future.
var refTests = []resolveTest{
	{"in recent days", "2016-12-10",
		"Tens of thousands of people have fled in recent days.",
		oneDate("in recent days", "PAST_REF")},
	{"now with participle", "2016-12-10",
		"Aid is now reaching the eastern districts.",
		oneDate("now", "PRESENT_REF")},
	{"recently", "2016-12-10",
		"The rebels recently lost control of the old city.",
		oneDate("recently", "PAST_REF")},
	{"the future", "2016-12-10",
		"Nobody knows what the future holds for Aleppo.",
		oneDate("the future", "FUTURE_REF")},
	{"now that", "2000-02-10",
		"Now that we have this new information, we will look at the case again.",
		oneDate("Now", "PRESENT_REF")},
}

func TestTimexesRef(t *testing.T) { runResolveTests(t, refTests) }

// anaphoricTests date expressions from the last date or quarter the article gave.
var anaphoricTests = []resolveTest{
	{"same day after a month", "2016-12-10",
		"The hospital was bombed last October. Its director resigned that same day.",
		[]wantTimex{{"last October", "DATE", "2016-10", ""}, {"that same day", "DATE", "2016-10-XX", ""}}},
	{"same day after a year", "2016-12-10",
		"The ceasefire collapsed in 2014. Talks ended that same day.",
		[]wantTimex{{"2014", "DATE", "2014", ""}, {"that same day", "DATE", "2014-XX-XX", ""}}},
	{"next day after a month is unknown", "2016-12-10",
		"The hospital was bombed last October. Its director resigned the next day.",
		[]wantTimex{{"last October", "DATE", "2016-10", ""}, {"the next day", "DATE", "XXXX-XX-XX", ""}}},
	{"latest quarter after a forecast for the current one", "2016-11-02",
		"Profit rose in the third quarter. The company expects a fourth-quarter charge. Sales fell in the latest quarter.",
		[]wantTimex{{"the third quarter", "DATE", "2016-Q3", ""}, {"fourth-quarter", "DATE", "2016-Q4", ""}, {"the latest quarter", "DATE", "2016-Q3", ""}}},
}

func TestTimexesAnaphoric(t *testing.T) { runResolveTests(t, anaphoricTests) }

// noPublicationDateTests leave relative expressions underspecified when the
// publication date is unknown, and resolve absolute ones.
var noPublicationDateTests = []resolveTest{
	{"weekday past", "",
		"Lavrov said Friday that he had no special expectations.",
		oneDate("Friday", "XXXX-WXX-5")},
	{"weekday future", "",
		"The ministers are meeting in Switzerland Saturday.",
		oneDate("Saturday", "XXXX-WXX-6")},
	{"weekday part of day", "",
		"Warplanes conducted a massive air raid Thursday night.",
		[]wantTimex{{"Thursday night", "TIME", "XXXX-WXX-4TNI", ""}}},
	{"month", "",
		"Fighting erupted in August.",
		oneDate("August", "XXXX-08")},
	{"yesterday", "",
		"Syrian troops advanced yesterday.",
		oneDate("yesterday", "XXXX-XX-XX")},
	{"last night", "",
		"Shelling continued last night.",
		[]wantTimex{{"last night", "TIME", "XXXX-XX-XXTNI", ""}}},
	{"last week", "",
		"The army launched its offensive last week.",
		oneDate("last week", "XXXX-WXX")},
	{"next month", "",
		"The talks will resume next month.",
		oneDate("next month", "XXXX-XX")},
	{"last year", "",
		"Russia entered the war last year.",
		oneDate("last year", "XXXX")},
	{"the weekend", "",
		"Kerry met Lavrov in Paris over the weekend.",
		oneDate("the weekend", "XXXX-WXX-WE")},
	{"the next day after an unresolved weekday", "",
		"The talks opened on Monday. The next day, they collapsed.",
		[]wantTimex{{"Monday", "DATE", "XXXX-WXX-1", ""}, {"The next day", "DATE", "XXXX-XX-XX", ""}}},
	{"absolute date stays resolved", "",
		"The statement was issued on 10 December 2016.",
		oneDate("10 December 2016", "2016-12-10")},
	{"year stays resolved", "",
		"The uprising began in 2011.",
		oneDate("2011", "2011")},
	{"recent days", "",
		"Thousands have fled in recent days.",
		oneDate("in recent days", "PAST_REF")},
	{"duration", "",
		"Charities called for a 72-hour ceasefire.",
		[]wantTimex{{"72-hour", "DURATION", "PT72H", ""}}},
}

func TestTimexesNoPublicationDate(t *testing.T) { runResolveTests(t, noPublicationDateTests) }

// notDatesTests are words and numbers that look like dates but are not.
var notDatesTests = []resolveTest{
	{"may as verb", "2016-10-15", "Russia may veto the French resolution.", nil},
	{"capitalised May as verb", "2016-10-15", "May God protect the children of Aleppo, the imam said.", nil},
	{"march as verb", "2016-10-15", "Thousands of protesters march on the presidential palace.", nil},
	{"capitalised March as verb", "2016-10-15", "March on Damascus, the rebel commander urged his fighters.", nil},
	{"sat as verb", "2016-10-15", "The envoy sat down with opposition leaders.", nil},
	{"Sat capitalised", "2016-10-15", "Sat in his office, the envoy read the report.", nil},
	{"sun", "2016-10-15", "The sun set over the ruined city as aid workers waited.", nil},
	{"The Sun newspaper", "2016-10-15", "The Sun newspaper carried the photographs on its front page.", nil},
	{"now as state", "2016-10-15", "The opposition is now supplicant to its foreign backers.", nil},
	{"score", "2016-10-15", "Syria's national team lost 10-15 to the visitors.", nil},
	{"Jan as first name", "2016-10-15", "UN humanitarian adviser Jan Egeland said convoys were blocked.", nil},
	{"count of troops", "2016-10-15", "Russia sent 2000 troops to the region.", nil},
	{"count of people", "2016-10-15", "About 1500 people were evacuated from the district.", nil},
	{"money", "2016-10-15", "The pledge is worth $2016 million.", nil},
	{"thousands with comma", "2016-10-15", "Some 2,016 families were registered by aid workers.", nil},
	{"resolution number", "2016-10-15", "The council adopted Resolution 2043, which set up the observer mission.", nil},
	{"May as a surname", "2016-10-15", "Prime Minister Theresa May said Britain would help.", nil},
	{"more than a number", "2016-10-15", "More than 2000 were killed in the fighting.", nil},
	{"at least a number", "2016-10-15", "At least 2000 were wounded.", nil},
	{"some and a number", "2016-10-15", "Some 2000 fled the district.", nil},
	{"area", "2016-10-15", "The rebels control 2000 square kilometres of territory.", nil},
	{"model year", "1999-01-22", "Kopp's 1987 Chevrolet Cavalier was found at the airport.", nil},
	{"a programme's title", "1990-08-13", "Baker, speaking on ABC News' \"This Week,\" said the request gave the U.S. a mandate.", nil},
}

func TestTimexesNotDates(t *testing.T) { runResolveTests(t, notDatesTests) }

// resolveTables are all the tables of sentences above; the fuzzer seeds its
// corpus with them.
var resolveTables = [][]resolveTest{
	weekdayTests, monthTests, dayWordsTests, relativeTests, weekendTests, yearTests, fullDateTests,
	seasonTests, durationTests, setTests, holidayTests, refTests, anaphoricTests, noPublicationDateTests, notDatesTests,
}

func TestParseValue(t *testing.T) {
	anchor := pubDate(t, "2016-10-15")
	span := func(start, end string, g extract.Granularity) extract.Span {
		return extract.Span{Start: start, End: end, Granularity: g}
	}
	tests := []struct {
		name   string
		value  string
		anchor time.Time
		want   extract.Span
		wantOK bool
	}{
		{"day", "2016-10-14", anchor, span("2016-10-14", "2016-10-14", extract.Day), true},
		{"leap day", "2016-02-29", anchor, span("2016-02-29", "2016-02-29", extract.Day), true},
		{"part of day night", "2016-12-09TNI", anchor, span("2016-12-09", "2016-12-09", extract.PartOfDay), true},
		{"part of day morning", "2016-12-09TMO", anchor, span("2016-12-09", "2016-12-09", extract.PartOfDay), true},
		{"clock time", "2016-12-09T17:00", anchor, span("2016-12-09", "2016-12-09", extract.PartOfDay), true},
		{"week", "2016-W41", anchor, span("2016-10-10", "2016-10-16", extract.Week), true},
		{"week 1 starting in December", "2020-W01", anchor, span("2019-12-30", "2020-01-05", extract.Week), true},
		{"week 53", "2020-W53", anchor, span("2020-12-28", "2021-01-03", extract.Week), true},
		{"week 53 of 2015", "2015-W53", anchor, span("2015-12-28", "2016-01-03", extract.Week), true},
		{"weekend", "2014-W02-WE", anchor, span("2014-01-11", "2014-01-12", extract.Weekend), true},
		{"weekend of week 53", "2020-W53-WE", anchor, span("2021-01-02", "2021-01-03", extract.Weekend), true},
		{"month", "2016-09", anchor, span("2016-09-01", "2016-09-30", extract.Month), true},
		{"leap February", "2016-02", anchor, span("2016-02-01", "2016-02-29", extract.Month), true},
		{"February", "2015-02", anchor, span("2015-02-01", "2015-02-28", extract.Month), true},
		{"December", "2016-12", anchor, span("2016-12-01", "2016-12-31", extract.Month), true},
		{"quarter", "2016-Q3", anchor, span("2016-07-01", "2016-09-30", extract.Quarter), true},
		{"fourth quarter", "2016-Q4", anchor, span("2016-10-01", "2016-12-31", extract.Quarter), true},
		{"half", "2016-H1", anchor, span("2016-01-01", "2016-06-30", extract.Quarter), true},
		{"spring", "2016-SP", anchor, span("2016-03-01", "2016-05-31", extract.Season), true},
		{"summer", "2016-SU", anchor, span("2016-06-01", "2016-08-31", extract.Season), true},
		{"fall", "2016-FA", anchor, span("2016-09-01", "2016-11-30", extract.Season), true},
		{"winter spans the year end", "2016-WI", anchor, span("2016-12-01", "2017-02-28", extract.Season), true},
		{"winter into a leap year", "2015-WI", anchor, span("2015-12-01", "2016-02-29", extract.Season), true},
		{"year", "2011", anchor, span("2011-01-01", "2011-12-31", extract.Year), true},
		{"decade", "199", anchor, span("1990-01-01", "1999-12-31", extract.Decade), true},
		{"past ref", "PAST_REF", anchor, extract.Span{End: "2016-10-15", Granularity: extract.Ref}, true},
		{"present ref", "PRESENT_REF", anchor, span("2016-10-15", "2016-10-15", extract.Ref), true},
		{"future ref", "FUTURE_REF", anchor, extract.Span{Start: "2016-10-15", Granularity: extract.Ref}, true},
		{"absolute value without anchor", "2016-10-14", time.Time{}, span("2016-10-14", "2016-10-14", extract.Day), true},
		{"past ref without anchor", "PAST_REF", time.Time{}, extract.Span{Granularity: extract.Ref}, false},

		{"underspecified weekday", "XXXX-WXX-6", anchor, extract.Span{}, false},
		{"underspecified month", "XXXX-08", anchor, extract.Span{}, false},
		{"duration", "P5Y", anchor, extract.Span{}, false},
		{"empty", "", anchor, extract.Span{}, false},
		{"month 13", "2016-13", anchor, extract.Span{}, false},
		{"month 0", "2016-00", anchor, extract.Span{}, false},
		{"February 29 of a common year", "2015-02-29", anchor, extract.Span{}, false},
		{"April 31", "2016-04-31", anchor, extract.Span{}, false},
		{"week 0", "2016-W00", anchor, extract.Span{}, false},
		{"week 53 of a 52-week year", "2016-W53", anchor, extract.Span{}, false},
		{"week 54", "2016-W54", anchor, extract.Span{}, false},
		{"quarter 5", "2016-Q5", anchor, extract.Span{}, false},
		{"unknown part of day", "2016-10-14TXX", anchor, extract.Span{}, false},
		{"trailing garbage", "2016-10-14x", anchor, extract.Span{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := extract.ParseValue(tt.value, tt.anchor)
			if ok != tt.wantOK {
				t.Errorf("ParseValue(%q, %v) ok = %v; want %v", tt.value, tt.anchor.Format(time.DateOnly), ok, tt.wantOK)
			}
			if !tt.wantOK {
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseValue(%q, %v) mismatch (-want +got):\n%s", tt.value, tt.anchor.Format(time.DateOnly), diff)
			}
		})
	}
}

// TestTimexesDateSpan checks that resolved expressions carry their calendar
// extent, consistent with ParseValue.
func TestTimexesDateSpan(t *testing.T) {
	tests := []struct {
		name string
		pub  string
		in   string
		want *extract.Span
	}{
		{"week 53", "2021-01-01", "The talks resumed this week.",
			&extract.Span{Start: "2020-12-28", End: "2021-01-03", Granularity: extract.Week}},
		{"weekend", "2014-01-13", "Kerry met Lavrov in Paris over the weekend.",
			&extract.Span{Start: "2014-01-11", End: "2014-01-12", Granularity: extract.Weekend}},
		{"part of day", "2016-12-10", "Shelling continued across eastern Aleppo last night.",
			&extract.Span{Start: "2016-12-09", End: "2016-12-09", Granularity: extract.PartOfDay}},
		{"past ref", "2016-12-10", "Thousands have fled in recent days.",
			&extract.Span{End: "2016-12-10", Granularity: extract.Ref}},
		{"unresolved weekday", "", "Lavrov said Friday that he had no special expectations.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sharedExtractor().Timexes(tt.in, pubDate(t, tt.pub))
			if len(got) != 1 {
				t.Fatalf("Timexes(%q, pub %q) = %v; want one expression", tt.in, tt.pub, got)
			}
			if diff := cmp.Diff(tt.want, got[0].Date); diff != "" {
				t.Errorf("Timexes(%q, pub %q)[0].Date mismatch (-want +got):\n%s", tt.in, tt.pub, diff)
			}
		})
	}
}

// TestTimexesEveryDay resolves the same relative expressions against every
// publication date from 2014 to 2022, which crosses two ISO years with a
// week 53 (2015, 2020), two leap days and every weekday at every month end,
// and checks each value against the calendar. With -short it covers only
// the turn of 2020 to 2021.
func TestTimexesEveryDay(t *testing.T) {
	day := func(d time.Time) string { return d.Format(time.DateOnly) }
	week := func(d time.Time) string {
		y, w := d.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	month := func(d time.Time) string { return d.Format("2006-01") }
	x := sharedExtractor()
	first, last := pubDate(t, "2014-01-01"), pubDate(t, "2022-12-31")
	if testing.Short() {
		first, last = pubDate(t, "2020-12-01"), pubDate(t, "2021-01-31")
	}
	failures := 0
	for pub := first; !pub.After(last) && failures < 20; pub = pub.AddDate(0, 0, 1) {
		wd := pub.Weekday()
		back := func(w time.Weekday) time.Time { return pub.AddDate(0, 0, -((int(wd) - int(w) + 7) % 7)) }
		ahead := func(w time.Weekday) time.Time { return pub.AddDate(0, 0, (int(w)-int(wd)+7)%7) }
		thisMonth := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		// the latest occurrence of month m not after pub's month, and the
		// earliest not before it
		pastMonth := func(m time.Month) time.Time {
			d := time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)
			if d.After(thisMonth) {
				d = d.AddDate(-1, 0, 0)
			}
			return d
		}
		futureMonth := func(m time.Month) time.Time {
			d := time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)
			if d.Before(thisMonth) {
				d = d.AddDate(1, 0, 0)
			}
			return d
		}
		// the latest month-day m/d not after pub, and the earliest not before
		// it, skipping years without the day (February 29)
		pastDay := func(m time.Month, d int) time.Time {
			for y := pub.Year(); ; y-- {
				if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Day() == d && !t.After(pub) {
					return t
				}
			}
		}
		futureDay := func(m time.Month, d int) time.Time {
			for y := pub.Year(); ; y++ {
				if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); t.Day() == d && !t.Before(pub) {
					return t
				}
			}
		}
		lastThursday := pub.AddDate(0, 0, -((int(wd)-int(time.Thursday)+6)%7 + 1))
		nextThursday := pub.AddDate(0, 0, (int(time.Thursday)-int(wd)+6)%7+1)
		weekend := week(pub.AddDate(0, 0, -int(wd))) + "-WE" // the Sunday just gone
		if wd == time.Saturday || wd == time.Sunday {
			weekend = week(pub) + "-WE"
		}
		tests := []struct{ in, want string }{
			{"Lavrov said Friday that the talks had failed.", day(back(time.Friday))},
			{"Rebels shelled the city on Sunday.", day(back(time.Sunday))},
			{"The ministers will meet again on Tuesday.", day(ahead(time.Tuesday))},
			{"The envoy will fly to Geneva on Sunday.", day(ahead(time.Sunday))},
			{"Rebels shelled the city Thursday night.", day(back(time.Thursday)) + "TNI"},
			{"Rebels shelled the city last Thursday.", day(lastThursday)},
			{"The envoy arrives next Thursday.", day(nextThursday)},
			{"The talks collapsed yesterday.", day(pub.AddDate(0, 0, -1))},
			{"The talks collapsed the day before yesterday.", day(pub.AddDate(0, 0, -2))},
			{"Rebels shelled the city last night.", day(pub.AddDate(0, 0, -1)) + "TNI"},
			{"The envoy will arrive tomorrow.", day(pub.AddDate(0, 0, 1))},
			{"The talks resumed this week.", week(pub)},
			{"The talks collapsed last week.", week(pub.AddDate(0, 0, -7))},
			{"The talks resume next week.", week(pub.AddDate(0, 0, 7))},
			{"Kerry met Lavrov in Paris over the weekend.", weekend},
			{"The talks resumed this month.", month(thisMonth)},
			{"The talks collapsed last month.", month(thisMonth.AddDate(0, -1, 0))},
			{"The talks resume next month.", month(thisMonth.AddDate(0, 1, 0))},
			{"The talks collapsed last year.", fmt.Sprint(pub.Year() - 1)},
			{"The talks resume next year.", fmt.Sprint(pub.Year() + 1)},
			{"The talks collapsed in August.", month(pastMonth(time.August))},
			{"The talks will resume in August.", month(futureMonth(time.August))},
			{"The talks collapsed in December.", month(pastMonth(time.December))},
			{"The talks will resume in January.", month(futureMonth(time.January))},
			{"The talks collapsed on Aug. 26.", day(pastDay(time.August, 26))},
			{"The talks will resume on Aug. 26.", day(futureDay(time.August, 26))},
			{"The talks collapsed on Jan. 2.", day(pastDay(time.January, 2))},
			{"The talks will resume on Dec. 30.", day(futureDay(time.December, 30))},
			{"The truce took effect on Feb. 29.", day(pastDay(time.February, 29))},
		}
		for _, tt := range tests {
			got := x.Timexes(tt.in, pub)
			if len(got) != 1 || got[0].Value != tt.want {
				t.Errorf("Timexes(%q, pub %s, a %s) = %v; want one expression with value %s", tt.in, day(pub), wd, got, tt.want)
				failures++
			}
		}
	}
}
