package dateline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

// story is a paragraph of a story that carries no date.
const story = "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met to discuss a ceasefire in Syria, officials said.\n"

// inferTest is a body and the guess Infer should make of it: the day
// (empty for none), the kind and the text.
type inferTest struct {
	name string
	body string
	date string
	kind dateline.Kind
	text string
}

// runInferTests runs Infer on each test's body.
func runInferTests(t *testing.T, tests []inferTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, ok := dateline.Infer(tt.body)
			if tt.date == "" {
				if ok {
					t.Errorf("Infer(%q) = %s; want none", tt.body, g)
				}
				return
			}
			if !ok {
				t.Errorf("Infer(%q) = none; want %s %s %q", tt.body, tt.date, tt.kind, tt.text)
				for _, g := range dateline.All(tt.body) {
					t.Logf("candidate: %s", g)
				}
				return
			}
			if got := g.Date.Format(time.DateOnly); got != tt.date || g.Kind != tt.kind || g.Text != tt.text {
				t.Errorf("Infer(%q) = %s %s %q; want %s %s %q", tt.body, got, g.Kind, g.Text, tt.date, tt.kind, tt.text)
			}
			if tt.body[g.Start:g.End] != g.Text {
				t.Errorf("body[%d:%d] = %q; want Text %q", g.Start, g.End, tt.body[g.Start:g.End], g.Text)
			}
			if want := strings.Count(tt.body[:g.Start], "\n") + 1; g.Line != want {
				t.Errorf("Line = %d; want %d", g.Line, want)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	runInferTests(t, []inferTest{
		{"reuters borrows year", "Kerry in Paris\nPublished: 10 December 2016\nPARIS, Dec. 10 (Reuters) - " + story,
			"2016-12-10", dateline.Dateline, "PARIS, Dec. 10 (Reuters) -"},
		{"ap date after agency", "WASHINGTON (AP) — Dec. 10, 2016\n" + story,
			"2016-12-10", dateline.Dateline, "WASHINGTON (AP) — Dec. 10, 2016"},
		{"ap date after agency then story", "WASHINGTON (AP) — Dec. 10, 2016 — " + story,
			"2016-12-10", dateline.Dateline, "WASHINGTON (AP) — Dec. 10, 2016 —"},
		{"prnewswire", "GENEVA, Oct 15, 2016 /PRNewswire/ -- " + story,
			"2016-10-15", dateline.Dateline, "GENEVA, Oct 15, 2016 /PRNewswire/ --"},
		{"afp day first", "Beirut, 15 October 2016 (AFP) - " + story,
			"2016-10-15", dateline.Dateline, "Beirut, 15 October 2016 (AFP) -"},
		{"dash only", "MOSCOW, Nov 3, 2016 - " + story,
			"2016-11-03", dateline.Dateline, "MOSCOW, Nov 3, 2016 -"},
		{"place and region", "SAN FRANCISCO, Calif., Oct. 15, 2016 /PRNewswire/ -- " + story,
			"2016-10-15", dateline.Dateline, "SAN FRANCISCO, Calif., Oct. 15, 2016 /PRNewswire/ --"},
		{"multi-word title case", "Rio de Janeiro, 15 October 2016 (AFP) - " + story,
			"2016-10-15", dateline.Dateline, "Rio de Janeiro, 15 October 2016 (AFP) -"},
		{"the hague", "THE HAGUE, Oct 15, 2016 (Reuters) - " + story,
			"2016-10-15", dateline.Dateline, "THE HAGUE, Oct 15, 2016 (Reuters) -"},
		{"business wire", "NEW YORK--(BUSINESS WIRE)--Oct. 15, 2016--" + story,
			"2016-10-15", dateline.Dateline, "NEW YORK--(BUSINESS WIRE)--Oct. 15, 2016--"},
		{"with weekday", "WASHINGTON, Friday, Aug. 26, 2016 (AP) - " + story,
			"2016-08-26", dateline.Dateline, "WASHINGTON, Friday, Aug. 26, 2016 (AP) -"},
		{"capitals on own line", "LONDON, October 15, 2016\n" + story,
			"2016-10-15", dateline.Dateline, "LONDON, October 15, 2016"},
		{"colon", "GENEVA, 15 October 2016: " + story,
			"2016-10-15", dateline.Dateline, "GENEVA, 15 October 2016:"},
		{"after headline and standfirst", "Kerry meets Lavrov\nThe two will discuss Aleppo\nLAUSANNE, Oct 15, 2016 (Reuters) - " + story,
			"2016-10-15", dateline.Dateline, "LAUSANNE, Oct 15, 2016 (Reuters) -"},

		{"yearless alone", "MOSCOW, Nov 3 - " + story, "", 0, ""},
		{"yearless borrows from caption", "Kerry arrives for talks on Syria in Geneva, Switzerland, Friday, Aug. 26, 2016.\nGENEVA, Aug 26 (Reuters) - " + story,
			"2016-08-26", dateline.Dateline, "GENEVA, Aug 26 (Reuters) -"},
		{"yearless weekday disagrees with borrowed year", "Published: 26 August 2016\nGENEVA, Thursday, Aug 26 (Reuters) - " + story, "", 0, ""},
		{"yearless too far from anchor", "Published: 15 October 2016\nMOSCOW, Mar 3 (Reuters) - " + story, "", 0, ""},
		{"title case place without tail is a byline", "Jane Smith, Oct. 15, 2016\n" + story,
			"2016-10-15", dateline.Byline, "Jane Smith, Oct. 15, 2016"},
		{"sentence opener is no place", "However, Oct. 15, 2016 - " + story, "", 0, ""},
		{"date starting a sentence after agency", "WASHINGTON (AP) — Dec. 10 was the deadline for a deal, and it passed without one, officials said.\n", "", 0, ""},
		{"too deep in the story", "Kerry meets Lavrov\n" + story + story + story + "LAUSANNE, Oct 15, 2016 (Reuters) - " + story, "", 0, ""},
	})
}

func TestStamps(t *testing.T) {
	runInferTests(t, []inferTest{
		{"published colon", "Kerry meets Lavrov\nPublished: 15 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published: 15 October 2016"},
		{"published time first", "Kerry meets Lavrov\nPublished 10:42 GMT, 15 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published 10:42 GMT, 15 October 2016"},
		{"posted on", "Kerry meets Lavrov\nPosted on Sat 15 Oct 2016 10.42 BST\n" + story,
			"2016-10-15", dateline.Published, "Posted on Sat 15 Oct 2016 10.42 BST"},
		{"first published", "First published on Sat 15 Oct 2016 10.42 BST\n" + story,
			"2016-10-15", dateline.Published, "First published on Sat 15 Oct 2016 10.42 BST"},
		{"date published", "Date published: October 15, 2016\n" + story,
			"2016-10-15", dateline.Published, "Date published: October 15, 2016"},
		{"author then keyword", "Jane Smith Published 10:42 EST, 15 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published 10:42 EST, 15 October 2016"},
		{"after label", "5 min read | Published 15 Oct 2016\n" + story,
			"2016-10-15", dateline.Published, "Published 15 Oct 2016"},
		{"posted by", "Posted on October 15, 2016 by admin\n" + story,
			"2016-10-15", dateline.Published, "Posted on October 15, 2016"},
		{"published beats updated", "Updated: 17 October 2016\nPublished: 15 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published: 15 October 2016"},
		{"published and updated on one line", "Published 15 October 2016 Updated 16 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published 15 October 2016"},
		{"last modified alone", "Last modified on Sat 15 Oct 2016 12.00 BST\n" + story,
			"2016-10-15", dateline.Updated, "Last modified on Sat 15 Oct 2016 12.00 BST"},
		{"updated alone", "Updated 10:42 AM ET, Sat October 15, 2016\n" + story,
			"2016-10-15", dateline.Updated, "Updated 10:42 AM ET, Sat October 15, 2016"},
		{"byline after bar", "By Joel Gehrke | December 05, 2016 11:41 AM\n" + story,
			"2016-12-05", dateline.Byline, "By Joel Gehrke | December 05, 2016 11:41 AM"},
		{"byline with date", "By MATTHEW LEE, Associated Press Dec. 10, 2016\n" + story,
			"2016-12-10", dateline.Byline, "By MATTHEW LEE, Associated Press Dec. 10, 2016"},

		{"published in a sentence", "The report, published 15 October 2016 by the UN, says aid is blocked.\n" + story, "", 0, ""},
		{"sentence before published", "The UN report was published on 15 October 2016.\n" + story, "", 0, ""},
		{"published too far down", "Kerry meets Lavrov\n" + strings.Repeat("Short line of the story\n", 20) + "Published: 15 October 2016\n", "", 0, ""},
		{"published without year", "Published: 15 October\n" + story, "", 0, ""},
	})
}

func TestLoneDates(t *testing.T) {
	runInferTests(t, []inferTest{
		{"weekday month day year", "Kerry meets Lavrov\nFriday, Aug. 26, 2016\n" + story,
			"2016-08-26", dateline.DateOnly, "Friday, Aug. 26, 2016"},
		{"day month year", "Kerry meets Lavrov\n15 October 2016\n" + story,
			"2016-10-15", dateline.DateOnly, "15 October 2016"},
		{"with time and zone", "Kerry meets Lavrov\nOctober 15, 2016 10:42 AM ET\n" + story,
			"2016-10-15", dateline.DateOnly, "October 15, 2016 10:42 AM ET"},
		{"iso", "Kerry meets Lavrov\n2016-10-15\n" + story,
			"2016-10-15", dateline.DateOnly, "2016-10-15"},
		{"iso with time", "2016-10-15T10:42:00Z\n" + story,
			"2016-10-15", dateline.DateOnly, "2016-10-15T10:42:00Z"},
		{"ordinal of", "15th of October 2016\n" + story,
			"2016-10-15", dateline.DateOnly, "15th of October 2016"},
		{"ordinal after month", "October 15th, 2016\n" + story,
			"2016-10-15", dateline.DateOnly, "October 15th, 2016"},
		{"dotted day first", "15.10.2016\n" + story,
			"2016-10-15", dateline.DateOnly, "15.10.2016"},
		{"slashed month first", "10/15/2016\n" + story,
			"2016-10-15", dateline.DateOnly, "10/15/2016"},
		{"slashed day first", "15/10/2016\n" + story,
			"2016-10-15", dateline.DateOnly, "15/10/2016"},
		{"section label", "World | 15 October 2016\n" + story,
			"2016-10-15", dateline.DateOnly, "World | 15 October 2016"},
		{"capitals", "SATURDAY, OCTOBER 15, 2016\n" + story,
			"2016-10-15", dateline.DateOnly, "SATURDAY, OCTOBER 15, 2016"},

		{"ambiguous slashes", "05/10/2016\n" + story, "", 0, ""},
		{"two-digit year", "15/10/16\n" + story, "", 0, ""},
		{"lower-case month", "october 15, 2016\n" + story, "", 0, ""},
		{"two lone dates disagree", "15 October 2016\nKerry meets Lavrov\n14 October 2016\n" + story, "", 0, ""},
		{"below the story", "Kerry meets Lavrov\n" + story + story + "15 October 2016\n" + story, "", 0, ""},
		{"masthead above a menu", "Monday 14 September 2015\nNews\nVoices\nSport\nCulture\nKerry meets Lavrov\n" + story, "", 0, ""},
		{"long label", "Read all our coverage of the Syrian war | 15 October 2016\n" + story, "", 0, ""},
	})
}

func TestCaptions(t *testing.T) {
	runInferTests(t, []inferTest{
		{"ap", "Kerry meets Lavrov\nU.S. Secretary of State John Kerry, center, arrives for talks on Syria, in Geneva, Switzerland, Friday, Aug. 26, 2016.\n" + story,
			"2016-08-26", dateline.Caption, "Friday, Aug. 26, 2016"},
		{"ap with credit", "Kerry arrives for talks on Syria, in Geneva, Switzerland, Friday, Aug. 26, 2016. (AP Photo/Martial Trezzini)\n" + story,
			"2016-08-26", dateline.Caption, "Friday, Aug. 26, 2016"},
		{"reuters", "Kerry meets Lavrov in Geneva, Switzerland August 26, 2016. REUTERS/Denis Balibouse\n" + story,
			"2016-08-26", dateline.Caption, "August 26, 2016"},

		{"ap without weekday or credit", "Kerry arrives for talks on Syria, in Geneva, Switzerland, Aug. 26, 2016.\n" + story, "", 0, ""},
		{"file photo credit", "Kerry arrives for talks on Syria, in Geneva, Switzerland, Friday, Aug. 26, 2016. (AP Photo/Martial Trezzini, File)\n" + story, "", 0, ""},
		{"file photo", "FILE - In this Friday, Aug. 26, 2016 file photo, Kerry arrives for talks in Geneva.\n" + story, "", 0, ""},
		{"story sentence", "The two sides signed the deal in Geneva on Friday, Aug. 26, 2016.\n" + story, "", 0, ""},
	})
}

func TestEdgeDates(t *testing.T) {
	runInferTests(t, []inferTest{
		{"leap day", "Published: 29 February 2016\n" + story,
			"2016-02-29", dateline.Published, "Published: 29 February 2016"},
		{"leap day 2000", "Published: 29 February 2000\n" + story,
			"2000-02-29", dateline.Published, "Published: 29 February 2000"},
		{"no leap day 2015", "Published: 29 February 2015\n" + story, "", 0, ""},
		{"no leap day 1900", "Published: 29 February 1900\n" + story, "", 0, ""},
		{"31 february", "Published: 31 February 2016\n" + story, "", 0, ""},
		{"31 april", "Published: April 31, 2016\n" + story, "", 0, ""},
		{"month 13", "2016-13-45\n" + story, "", 0, ""},
		{"day 45", "2016-10-45\n" + story, "", 0, ""},
		{"day 32", "Published: 32 October 2016\n" + story, "", 0, ""},
		{"year end", "Published: 31 December 2016 23:59 GMT\n" + story,
			"2016-12-31", dateline.Published, "Published: 31 December 2016 23:59 GMT"},
		{"new year", "Published: 1 January 2017 00:01 GMT\n" + story,
			"2017-01-01", dateline.Published, "Published: 1 January 2017 00:01 GMT"},
		{"yearless dateline before new year", "Published: 1 January 2017\nBEIRUT, Dec 31 (Reuters) - " + story,
			"2016-12-31", dateline.Dateline, "BEIRUT, Dec 31 (Reuters) -"},
		{"yearless dateline after new year", "Published: 31 December 2016\nBEIRUT, Jan 1 (Reuters) - " + story,
			"2017-01-01", dateline.Dateline, "BEIRUT, Jan 1 (Reuters) -"},
		{"yearless leap day", "Published: 1 March 2016\nLONDON, Feb 29 (Reuters) - " + story,
			"2016-02-29", dateline.Dateline, "LONDON, Feb 29 (Reuters) -"},
		{"yearless leap day in a common year", "Published: 1 March 2017\nLONDON, Feb 29 (Reuters) - " + story, "", 0, ""},
		{"year 1899", "Published: 15 October 1899\n" + story, "", 0, ""},
		{"year 2200", "Published: 15 October 2200\n" + story, "", 0, ""},
		{"weekday disagrees", "Kerry meets Lavrov\nFriday, Aug. 27, 2016\n" + story, "", 0, ""},
		{"weekday abbreviation disagrees", "Posted on Fri 15 Oct 2016\n" + story, "", 0, ""},
	})
}

func TestFurniture(t *testing.T) {
	runInferTests(t, []inferTest{
		{"dated headline list", "Tips for becoming a good boxer - November 6, 2020\n7 expert tips for making your hens night a memorable one - November 6, 2020\nShould you get one or multiple dogs? - November 3, 2020\nWhite House backs UN effort on Aleppo\n" + story, "", 0, ""},
		{"related list after date", "Kerry meets Lavrov\n15 October 2016\n" + story + "Related\nAleppo hospitals bombed - 12 October 2016\nRussia vetoes UN resolution - 8 October 2016\n",
			"2016-10-15", dateline.DateOnly, "15 October 2016"},
		{"read next teaser", "Kerry meets Lavrov\nRead Next\nSyria: the road to Lausanne\nPublished: 3 October 2016\n" + story + story, "", 0, ""},
		{"print edition", story + "A version of this article appears in print on October 16, 2016, on Page A8 of the New York edition.\n", "", 0, ""},
	})
}

func TestConflicts(t *testing.T) {
	runInferTests(t, []inferTest{
		{"dateline and published a day apart", "Published: 16 October 2016\nLAUSANNE, Oct. 15, 2016 (Xinhua) -- " + story,
			"2016-10-15", dateline.Dateline, "LAUSANNE, Oct. 15, 2016 (Xinhua) --"},
		{"dateline and published three days apart", "Published: 18 October 2016\nLAUSANNE, Oct. 15, 2016 (Xinhua) -- " + story, "", 0, ""},
		{"two published lines", "Published: 15 October 2016\nKerry meets Lavrov\nPublished: 3 October 2016\n" + story, "", 0, ""},
		{"published and later update", "Published: 15 October 2016\nUpdated: 20 October 2016\n" + story,
			"2016-10-15", dateline.Published, "Published: 15 October 2016"},
		{"lone date and distant update", "15 October 2016\nUpdated: 20 October 2019\n" + story,
			"2016-10-15", dateline.DateOnly, "15 October 2016"},
	})
}

func TestLongBody(t *testing.T) {
	long := strings.Repeat(story, 2000)
	runInferTests(t, []inferTest{
		{"cue at the top", "Published: 15 October 2016\n" + long,
			"2016-10-15", dateline.Published, "Published: 15 October 2016"},
		{"cue past the top", long + "Published: 15 October 2016\n", "", 0, ""},
		{"one long line", "Published: 15 October 2016 " + strings.Repeat("word ", 100000), "", 0, ""},
		{"empty", "", "", 0, ""},
	})
}

// TestAllOrder checks that All orders candidates by kind, then position.
func TestAllOrder(t *testing.T) {
	body := "Updated: 16 October 2016\n15 October 2016\nPublished: 15 October 2016\nLAUSANNE, Oct. 15, 2016 (Xinhua) -- " + story
	var got []string
	for _, g := range dateline.All(body) {
		got = append(got, g.Kind.String())
	}
	want := "dateline published-line date-only updated-line"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("All kinds = %s; want %s", s, want)
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[dateline.Kind]string{
		dateline.Dateline:  "dateline",
		dateline.Published: "published-line",
		dateline.Byline:    "byline",
		dateline.DateOnly:  "date-only",
		dateline.Caption:   "caption",
		dateline.Updated:   "updated-line",
		dateline.Kind(42):  "Kind(42)",
	} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q; want %q", int(k), got, want)
		}
	}
}
