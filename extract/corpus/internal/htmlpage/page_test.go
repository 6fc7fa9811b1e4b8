package htmlpage_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sameTime compares times by instant and by the zone offset written, which
// time.Time's Equal method, used by cmp by default, ignores.
var sameTime = cmp.Comparer(func(a, b time.Time) bool {
	return a.Equal(b) && a.Format(time.RFC3339Nano) == b.Format(time.RFC3339Nano)
})

// at returns the time y-m-d h:mi:s at offset minutes east of UTC.
func at(y int, m time.Month, d, h, mi, s, offset int) time.Time {
	return time.Date(y, m, d, h, mi, s, 0, time.FixedZone("", offset*60))
}

// day returns midnight UTC on y-m-d, the time of a date without a time.
func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// stamp returns a Timestamp with a zone.
func stamp(from, raw string, t time.Time) htmlpage.Timestamp {
	return htmlpage.Timestamp{Raw: raw, From: from, Time: t, HasZone: true}
}

// dateOnly returns a Timestamp of a date without time or zone.
func dateOnly(from, raw string, t time.Time) htmlpage.Timestamp {
	return htmlpage.Timestamp{Raw: raw, From: from, Time: t, DateOnly: true}
}

// invalid returns a Timestamp that is not a real date.
func invalid(from, raw string) htmlpage.Timestamp {
	return htmlpage.Timestamp{Raw: raw, From: from}
}

// withPublished returns p with Published set to its first date.
func withPublished(p htmlpage.Page) htmlpage.Page {
	if len(p.Dates) > 0 {
		p.Published = p.Dates[0]
	}
	return p
}

// furniture is text of page furniture that no sample page may keep in its
// text: menus, "Read next" blocks, share buttons, cookie notices,
// advertisements and footers.
var furniture = []string{
	"Read next", "Read More", "More on this story", "Most read", "Top Stories",
	"Cookie", "cookie", "Share this", "Share on", "Share via", "Advertisement", "ADVERTISEMENT",
	"Copyright", "©", "Privacy", "Terms of Use", "Subscribe", "Sign up",
}

// pages are the sample pages in testdata, with what Parse should find in
// them. Their text is checked against the golden file NAME.txt.
var pages = []struct {
	name    string
	url     string
	want    htmlpage.Page // all but Text
	absent  []string      // furniture of this page that Text must not hold
	present []string      // story text that Text must hold
}{
	{
		name: "bbc",
		want: withPublished(htmlpage.Page{
			Title:  "Ceasefire agreed in Aleppo after week of talks",
			URL:    "https://www.bbc.co.uk/news/world-middle-east-38356317",
			Source: "BBC News",
			Dates: []htmlpage.Timestamp{
				stamp("meta article:published_time", "2016-12-13T18:42:07Z", at(2016, 12, 13, 18, 42, 7, 0)),
				stamp("json-ld datePublished", "2016-12-13T18:42:07+00:00", at(2016, 12, 13, 18, 42, 7, 0)),
				stamp("time datetime", "2016-12-13T18:42:07Z", at(2016, 12, 13, 18, 42, 7, 0)),
			},
		}),
		absent: []string{"Tech", "Health", "Storm Barbara", "Who is fighting whom", "Yes, I agree", "About sharing", "external linking"},
		present: []string{
			"Ceasefire agreed in Aleppo after week of talks\n\nA ceasefire has been agreed in the Syrian city of Aleppo,",
			"\n\nWhat happens next?\n\n",
			"\nAbout 50,000 people are thought to remain in the rebel-held area.\nAid agencies say food and medicine have run out.\n",
			"called for safe passage for all who wished to leave.\n",
		},
	},
	{
		name: "guardian",
		url:  "https://www.theguardian.com/world/2016/nov/24/colombia-signs-revised-peace-deal-farc?CMP=share",
		want: withPublished(htmlpage.Page{
			Title:  "Colombia signs revised peace deal with Farc rebels",
			URL:    "https://www.theguardian.com/world/2016/nov/24/colombia-signs-revised-peace-deal-farc",
			Source: "the Guardian",
			Dates: []htmlpage.Timestamp{
				stamp("json-ld datePublished", "2016-11-24T17:05:12.000Z", at(2016, 11, 24, 17, 5, 12, 0)),
				dateOnly("meta dc.date", "2016-11-24", day(2016, 11, 24)),
				stamp("meta parsely-pub-date", "2016-11-24T17:05:12.000Z", at(2016, 11, 24, 17, 5, 12, 0)),
				stamp("meta sailthru.date", "Thu, 24 Nov 2016 17:05:12 +0000", at(2016, 11, 24, 17, 5, 12, 0)),
			},
		}),
		absent: []string{"Skip to main content", "Opinion", "Lifestyle", "Support the Guardian", "small favour", "lay down arms", "Topics", "Related:"},
		present: []string{
			"Colombia's president, Juan Manuel Santos, and the leader of the Farc rebel group have signed a revised peace agreement,",
			"\n\nMore than 50 years of conflict\n\n",
			"Santos was awarded the Nobel peace prize in October for his efforts to end the war, days after the referendum defeat.\n",
		},
	},
	{
		name: "time_only",
		want: withPublished(htmlpage.Page{
			Title: "Council approves new bridge over the Tyne",
			Dates: []htmlpage.Timestamp{
				stamp("time datetime", "2019-03-07T09:15:00+00:00", at(2019, 3, 7, 9, 15, 0, 0)),
			},
		}),
		absent: []string{"What's On", "Contact us", "Metro fares", "Quayside market", "Twitter", "Advertise with us"},
		present: []string{
			"Gateshead council has approved plans for a new pedestrian and cycle bridge",
			"more than 2,000 people signed a petition against it.\n",
		},
	},
	{
		name: "windows1252",
		want: withPublished(htmlpage.Page{
			Title:  "Café owner wins “fair rent” ruling",
			Source: "Le Petit Journal",
			Dates:  []htmlpage.Timestamp{dateOnly("meta pubdate", "20150602", day(2015, 6, 2))},
		}),
		absent: []string{"Accueil", "Sport"},
		present: []string{
			"The owner of a café in Montréal’s Plateau district",
			"repay €3,200 — the difference",
			"“It’s a victory for every small shop on the street,” said the owner, Renée Lefebvre,",
		},
	},
	{
		name: "broken_jsonld",
		want: withPublished(htmlpage.Page{
			Title: "Floods force thousands from homes in Queensland",
			Dates: []htmlpage.Timestamp{
				dateOnly("meta dc.date.issued", "2017-03-31", day(2017, 3, 31)),
				stamp("meta parsely-pub-date", "2017-03-31T06:20:00+10:00", at(2017, 3, 31, 6, 20, 0, 600)),
			},
		}),
		absent: []string{"Just In", "Business", "relevant ads", "Agence France-Presse"},
		present: []string{
			"More than 20,000 people have been told to leave their homes",
			"supplies to towns cut off by the water.\n",
		},
	},
	{
		name: "midnight",
		want: withPublished(htmlpage.Page{
			Title:  "Hurricane Matthew: Death toll in North Carolina rises to 10",
			Source: "The Charlotte Observer",
			Dates: []htmlpage.Timestamp{
				// 04:30 UTC on the 16th, but the page wrote the 15th.
				stamp("meta article:published_time", "2016-10-15T23:30:00-05:00", at(2016, 10, 15, 23, 30, 0, -300)),
				stamp("meta date", "2016-10-16T04:30:00Z", at(2016, 10, 16, 4, 30, 0, 0)),
			},
		}),
		absent: []string{"Obituaries", "Sports", "top headlines"},
		present: []string{
			"The number of people killed in North Carolina by flooding from Hurricane Matthew rose to 10 on Saturday,",
			"down from a peak of about 800,000, according to Duke Energy.\n",
		},
	},
	{
		name: "modified_only",
		want: htmlpage.Page{
			Title:  "Train strike called off after late-night talks",
			Source: "Metro Daily",
		},
		present: []string{
			"A strike by train drivers that would have halted services across the south-east on Monday has been called off",
			"thanked staff for their patience during the negotiations.",
		},
	},
	{
		name: "impossible",
		want: withPublished(htmlpage.Page{
			Title:  "Mayor resigns over expenses claims",
			URL:    "https://valleygazette.example/news/mayor-resigns",
			Source: "Valley Gazette",
			Dates:  []htmlpage.Timestamp{dateOnly("meta pubdate", "October 15, 2016", day(2016, 10, 15))},
			Invalid: []htmlpage.Timestamp{
				invalid("meta article:published_time", "2016-13-45T10:00:00Z"),
				invalid("json-ld datePublished", "0001-01-01T00:00:00Z"),
				invalid("meta sailthru.date", "yesterday"),
			},
		}),
		present: []string{
			"Mayor resigns over expenses claims\n\nThe mayor of Millbrook, Derek Shaw, resigned on Friday",
			"until an election is held in the new year.\n",
		},
	},
	{
		name: "brief",
		want: htmlpage.Page{
			Title:  "In brief: Bridge reopens",
			Source: "Riverside Times",
		},
		absent:  []string{"Home", "Weather", "School wins award", "High Street", "Riverside Times"},
		present: []string{"The Kings Road bridge reopened on Monday.\n"},
	},
	{
		name: "wire",
		want: withPublished(htmlpage.Page{
			Title:  "North Korea fires ballistic missile into sea, South says",
			Source: "AP NEWS",
			Dates: []htmlpage.Timestamp{
				stamp("json-ld datePublished", "2017-02-12T01:53:00Z", at(2017, 2, 12, 1, 53, 0, 0)),
				stamp("time datePublished", "2017-02-12T01:53:00Z", at(2017, 2, 12, 1, 53, 0, 0)),
			},
		}),
		absent: []string{"U.S. News", "Politics", "Copy Link", "Facebook", "Japan protests", "Contact Us"},
		present: []string{
			"\n\nSEOUL, South Korea (AP) — North Korea on Sunday fired a ballistic missile",
			"the first such launch since President Donald Trump took office.\n\nThe missile was launched",
			"\n\n___\nAssociated Press writer Mari Yamaguchi in Tokyo contributed to this report.\n",
		},
	},
}

func TestParsePages(t *testing.T) {
	for _, tt := range pages {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := htmlpage.Parse(data, tt.url)
			if err != nil {
				t.Fatalf("Parse(%s) error: %v", tt.name, err)
			}
			if diff := cmp.Diff(tt.want, *got, sameTime, cmpopts.IgnoreFields(htmlpage.Page{}, "Text")); diff != "" {
				t.Errorf("Parse(%s) mismatch (-want +got):\n%s", tt.name, diff)
			}
			for _, s := range append(furniture, tt.absent...) {
				if strings.Contains(got.Text, s) {
					t.Errorf("Parse(%s).Text holds furniture %q", tt.name, s)
				}
			}
			for _, s := range tt.present {
				if !strings.Contains(got.Text, s) {
					t.Errorf("Parse(%s).Text lacks story text %q", tt.name, s)
				}
			}
			if !strings.HasPrefix(got.Text, got.Title+"\n\n") {
				t.Errorf("Parse(%s).Text does not start with the headline %q", tt.name, got.Title)
			}

			golden := filepath.Join("testdata", tt.name+".txt")
			if *update {
				if err := os.WriteFile(golden, []byte(got.Text), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got.Text); diff != "" {
				t.Errorf("Parse(%s).Text differs from %s (-want +got):\n%s", tt.name, golden, diff)
			}
		})
	}
}

// page returns a small HTML page with head and body inside.
func page(head, body string) []byte {
	return []byte("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>")
}

// story is a paragraph long enough for readability to take.
const story = "<p>The government announced on Tuesday that the new railway line between the two cities would open in the spring, two years later than planned, after a review of its costs.</p>"

func TestParseDates(t *testing.T) {
	tests := []struct {
		raw      string
		want     string // the time as RFC 3339, or "" if raw is not a real date
		hasZone  bool
		dateOnly bool
	}{
		{"2016-10-15T10:42:00Z", "2016-10-15T10:42:00Z", true, false},
		{"2016-10-15T23:30:00-05:00", "2016-10-15T23:30:00-05:00", true, false},
		{"2016-10-15T10:42:00.123456+01:00", "2016-10-15T10:42:00.123456+01:00", true, false},
		{"2016-10-15T10:42:00,5Z", "2016-10-15T10:42:00.5Z", true, false},
		{"2016-10-15T10:42:00+0530", "2016-10-15T10:42:00+05:30", true, false},
		{"2016-10-15T10:42:00+01", "2016-10-15T10:42:00+01:00", true, false},
		{"2016-10-15T10:42", "2016-10-15T10:42:00Z", false, false},
		{"2016-10-15T10:42Z", "2016-10-15T10:42:00Z", true, false},
		{"2016-10-15 10:42:00", "2016-10-15T10:42:00Z", false, false},
		{"2016-10-15 10:42:00 +02:00", "2016-10-15T10:42:00+02:00", true, false},
		{"2016-10-15 10:42 EDT", "2016-10-15T10:42:00-04:00", true, false},
		{"2016-10-15T10:42:00 XYZ", "2016-10-15T10:42:00Z", false, false},
		{"2016-10-15 10:42 PM", "2016-10-15T22:42:00Z", false, false},
		{"2016-10-15 12:42 am", "2016-10-15T00:42:00Z", false, false},
		{"2016-10-15", "2016-10-15T00:00:00Z", false, true},
		{"2016-02-29", "2016-02-29T00:00:00Z", false, true},
		{"20161015", "2016-10-15T00:00:00Z", false, true},
		{"20161015T104200Z", "2016-10-15T10:42:00Z", true, false},
		{"2016/10/15", "2016-10-15T00:00:00Z", false, true},
		{"1476528120", "2016-10-15T10:42:00Z", true, false},
		{"1476528120000", "2016-10-15T10:42:00Z", true, false},
		{"Sat, 15 Oct 2016 10:42:00 GMT", "2016-10-15T10:42:00Z", true, false},
		{"Sat, 15 Oct 2016 10:42:00 +0000", "2016-10-15T10:42:00Z", true, false},
		{"Sat, 15 Oct 2016 10:42:00 EST", "2016-10-15T10:42:00-05:00", true, false},
		{"Saturday, 15-Oct-16 10:42:00 GMT", "", false, false},
		{"October 15, 2016", "2016-10-15T00:00:00Z", false, true},
		{"Oct. 15, 2016 at 5:30 p.m. EDT", "2016-10-15T17:30:00-04:00", true, false},
		{"October 15, 2016 12:05 AM", "2016-10-15T00:05:00Z", false, false},
		{"15 Oct 2016 10:42 GMT", "2016-10-15T10:42:00Z", true, false},
		{"15 Oct 2016 10:42 GMT+1", "2016-10-15T10:42:00+01:00", true, false},
		{"15th October 2016", "2016-10-15T00:00:00Z", false, true},
		{"15-Oct-2016", "2016-10-15T00:00:00Z", false, true},
		{"Published on Saturday 15 October 2016", "2016-10-15T00:00:00Z", false, true},

		{"2016-13-45", "", false, false},
		{"2016-13-45T10:00:00Z", "", false, false},
		{"2015-02-29", "", false, false},
		{"February 30, 2016", "", false, false},
		{"0001-01-01T00:00:00Z", "", false, false},
		{"0000-00-00 00:00:00", "", false, false},
		{"2016-10-15T25:00:00Z", "", false, false},
		{"2016-10-15T10:60:00Z", "", false, false},
		{"2016-10-15T10:42:00+25:00", "", false, false},
		{"October 15, 2016 13:05 PM", "", false, false},
		{"2016-10-15 13:05 PM", "", false, false},
		{"October 2016", "", false, false},
		{"15/10/2016", "", false, false},
		{"yesterday", "", false, false},
		{"3 hours ago", "", false, false},
		{"9999999999999", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			data := page(`<meta property="article:published_time" content="`+tt.raw+`">`, story)
			p, err := htmlpage.Parse(data, "")
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				want := []htmlpage.Timestamp{invalid("meta article:published_time", tt.raw)}
				if diff := cmp.Diff(want, p.Invalid); diff != "" || !p.Published.IsZero() {
					t.Errorf("Parse(%q): Published = %v; want zero, Invalid mismatch (-want +got):\n%s", tt.raw, p.Published, diff)
				}
				return
			}
			got := p.Published
			if got.Time.Format(time.RFC3339Nano) != tt.want || got.HasZone != tt.hasZone || got.DateOnly != tt.dateOnly {
				t.Errorf("Parse(%q).Published = %s zone=%v dateOnly=%v; want %s zone=%v dateOnly=%v",
					tt.raw, got.Time.Format(time.RFC3339Nano), got.HasZone, got.DateOnly, tt.want, tt.hasZone, tt.dateOnly)
			}
			if got.Raw != tt.raw || got.From != "meta article:published_time" {
				t.Errorf("Parse(%q).Published = %q from %q; want %q from %q", tt.raw, got.Raw, got.From, tt.raw, "meta article:published_time")
			}
		})
	}
}

func TestParseDateSources(t *testing.T) {
	tests := []struct {
		name string
		head string
		body string
		want []string // From and Raw of each date, in order
	}{
		{
			name: "preference order",
			head: `<meta name="dc.date" content="2016-10-13">` +
				`<meta name="pubdate" content="2016-10-12">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-10-11"}</script>` +
				`<meta property="article:published_time" content="2016-10-10">` +
				`<meta itemprop="datePublished" content="2016-10-14">`,
			body: `<article><time pubdate datetime="2016-10-15">x</time><time datetime="2016-10-16">y</time>` + story + `</article>`,
			want: []string{
				"meta article:published_time 2016-10-10", "json-ld datePublished 2016-10-11",
				"meta pubdate 2016-10-12", "meta dc.date 2016-10-13", "meta itemprop=datePublished 2016-10-14",
				"time datePublished 2016-10-15", "time datetime 2016-10-16",
			},
		},
		{
			name: "json-ld graph, arrays and main entity",
			head: `<script type="application/ld+json">[{"@type":"WebSite","datePublished":"2001-01-01"},{"@graph":[{"@type":"BlogPosting","datePublished":"2016-10-11"}]}]</script>` +
				`<script type="application/ld+json"><!--{"@type":"WebPage","mainEntity":{"@type":"http://schema.org/NewsArticle","datePublished":["2016-10-12"]}}--></script>` +
				`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-10-13",}</script>` +
				`<script type="application/ld+json">{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2016-10-14"}]}</script>`,
			body: story,
			want: []string{"json-ld datePublished 2016-10-11", "json-ld datePublished 2016-10-12"},
		},
		{
			name: "modification dates left out",
			head: `<meta property="article:modified_time" content="2016-10-10"><meta name="last-modified" content="2016-10-10">` +
				`<meta name="dc.date.modified" content="2016-10-10"><meta property="og:updated_time" content="2016-10-10">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2016-10-10"}</script>`,
			body: `<article><p>Updated <time datetime="2016-10-10">Oct 10</time></p><span class="updated"><time datetime="2016-10-10">Oct 10</time></span>` +
				`<time itemprop="dateModified" datetime="2016-10-10">Oct 10</time>` + story + `</article>`,
		},
		{
			name: "time outside the article and in teasers left out",
			body: `<div class="sidebar"><time datetime="2016-10-09">Oct 9</time></div>` +
				`<article><h1>Rail line delayed</h1>` + story + `<ul><li><a href="/x">Other story <time datetime="2016-10-08">Oct 8</time></a></li></ul></article>` +
				`<article><time datetime="2016-10-07">Oct 7</time><p>Teaser.</p></article>`,
		},
		{
			name: "time text without datetime",
			body: `<article><p class="date"><time>October 15, 2016</time></p>` + story + `</article>`,
			want: []string{"time October 15, 2016"},
		},
		{
			name: "duplicates listed once",
			head: `<meta name="date" content="2016-10-15"><meta name="date" content="2016-10-15"><meta name="date" content=" 2016-10-16 ">`,
			body: story,
			want: []string{"meta date 2016-10-15", "meta date 2016-10-16"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlpage.Parse(page(tt.head, tt.body), "")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range p.Dates {
				got = append(got, d.From+" "+d.Raw)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse: dates mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name    string
		head    string
		body    string
		url     string
		title   string
		source  string
		pageURL string
	}{
		{
			name:  "site suffix matching og:site_name",
			head:  `<title>Storm hits coast - BBC News</title><meta property="og:site_name" content="BBC News">`,
			title: "Storm hits coast", source: "BBC News",
		},
		{
			name:  "site suffix matching the host",
			head:  `<title>Storm hits coast | Reuters</title>`,
			url:   "https://www.reuters.com/world/storm",
			title: "Storm hits coast",
		},
		{
			name:  "site prefix",
			head:  `<title>The Guardian — Storm hits coast</title><meta property="og:site_name" content="The Guardian">`,
			title: "Storm hits coast", source: "The Guardian",
		},
		{
			name:  "dash inside the headline kept",
			head:  `<title>Storm hits coast - thousands without power</title>`,
			url:   "https://news.example.com/storm",
			title: "Storm hits coast - thousands without power",
		},
		{
			name:  "og:title first",
			head:  `<title>Site</title><meta property="og:title" content="Storm hits coast"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Other"}</script>`,
			body:  `<h1>Other</h1>`,
			title: "Storm hits coast",
		},
		{
			name:  "json-ld headline, entities and publisher",
			head:  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits coast &#8211; live","publisher":{"@type":"Organization","name":"Coast &amp; Country"}}</script>`,
			title: "Storm hits coast – live", source: "Coast & Country",
		},
		{
			name:  "h1 in the article over the logo",
			body:  `<header><h1 class="logo">Daily Planet</h1></header><article><h1>Storm hits coast</h1>` + story + `</article>`,
			title: "Storm hits coast",
		},
		{
			name:  "title equal to the site name skipped",
			head:  `<meta property="og:title" content="Daily Planet"><meta property="og:site_name" content="Daily Planet"><title>Storm hits coast</title>`,
			title: "Storm hits coast", source: "Daily Planet",
		},
		{
			name:    "canonical resolved against the page URL",
			head:    `<link rel="canonical" href="/news/storm"><meta property="og:url" content="https://other.example/x">`,
			url:     "https://news.example.com/news/storm?utm_source=x",
			pageURL: "https://news.example.com/news/storm",
		},
		{
			name:    "relative canonical without page URL falls to og:url",
			head:    `<link rel="canonical" href="/news/storm"><meta property="og:url" content="https://news.example.com/news/storm">`,
			pageURL: "https://news.example.com/news/storm",
		},
		{
			name:    "javascript URL refused",
			head:    `<link rel="canonical" href="javascript:alert(1)">`,
			url:     "https://news.example.com/a",
			pageURL: "",
		},
		{
			name:   "application-name last",
			head:   `<meta name="application-name" content="Planet">`,
			source: "Planet",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlpage.Parse(page(tt.head, tt.body+story), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{p.Title, p.Source, p.URL}
			want := []string{tt.title, tt.source, tt.pageURL}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse: title, source, URL mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseCharset(t *testing.T) {
	const text = "Caf\u00e9 \u201cfair\u201d \u20ac5"
	long := strings.Repeat("<!-- padding -->\n", 100) // pushes a declaration past 1024 bytes
	tests := []struct {
		name string
		data string
		want string // must be in Text
	}{
		{"meta charset", `<meta charset="windows-1252"><p>Caf` + "\xe9 \x93fair\x94 \x805</p>", text},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html;charset=windows-1252"><p>Caf` + "\xe9 \x93fair\x94 \x805</p>", text},
		{"late declaration", `<head><script>var x = 1;</script>` + long + `<meta charset="iso-8859-1"></head><p>Caf` + "\xe9 \x93fair\x94 \x805</p>", text},
		{"undeclared legacy", `<p>Caf` + "\xe9 \x93fair\x94 \x805</p>", text},
		{"undeclared UTF-8", `<p>` + text + `</p>`, text},
		{"mislabelled UTF-8", `<meta charset="iso-8859-1"><p>` + text + `</p>`, text},
		// A run of invalid bytes becomes one U+FFFD.
		{"UTF-8 with invalid bytes", `<meta charset="utf-8"><p>` + text + "\xff\xfe ok</p>", text + "\ufffd ok"},
		{"UTF-8 BOM", "\xef\xbb\xbf<meta charset=\"windows-1252\"><p>" + text + `</p>`, text},
		{"UTF-16 BOM", string([]byte{0xff, 0xfe, '<', 0, 'p', 0, '>', 0, 'C', 0, 'a', 0, 'f', 0, 0xe9, 0, '!', 0}), "Café!"},
		{"declared UTF-16 read as UTF-8", `<meta charset="utf-16"><p>` + text + `</p>`, text},
		{"Shift_JIS", `<meta charset="shift_jis"><p>` + "\x93\xfa\x96\x7b" + `</p>`, "日本"},
		{"entities", `<p>Caf&eacute; &ldquo;fair&rdquo; &euro;5</p>`, text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlpage.Parse([]byte(tt.data), "")
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Text, tt.want) {
				t.Errorf("Parse(%q).Text = %q; want it to hold %q", tt.data, p.Text, tt.want)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
	}{
		{
			name: "blocks and white space",
			body: `<div><h2>Sub  head</h2><p>One
			two.</p><p>Three&nbsp;four <b>five</b><i>six</i>.<br>Seven.</p><ul><li>a</li><li>b</li></ul>` +
				`<blockquote>Quote.</blockquote><table><tr><td>c1</td><td>c2</td></tr><tr><td>d1</td><td>d2</td></tr></table>` +
				`<figure><img src="x.jpg"><figcaption>Caption.</figcaption></figure></div>`,
			want: "Sub head\n\nOne two.\n\nThree four fivesix.\nSeven.\n\na\nb\n\nQuote.\n\nc1 c2\nd1 d2\n\nCaption.\n",
		},
		{
			name: "scripts, styles and hidden text left out",
			body: `<p>Seen.<script>var hidden = 1;</script><style>p{}</style><noscript>Enable JS</noscript>` +
				`<span hidden>h1</span><span style="display: none">h2</span><span aria-hidden="true">h3</span>` +
				`<span class="sr-only">Image caption</span>` + "soft\u00adhyphen\u200b.</p>",
			want: "Seen.softhyphen.\n",
		},
		{
			name: "double line break ends a paragraph",
			body: `<div>First line.<br>Second line.<br><br>New paragraph.</div>`,
			want: "First line.\nSecond line.\n\nNew paragraph.\n",
		},
		{
			name: "body fallback without navigation",
			body: `<header>Daily Planet</header><nav><a href="/">Home</a><a href="/news">News</a></nav>` +
				`<div>Short item.</div><aside>Most read</aside><form><label>Email</label></form><footer>About us</footer>`,
			want: "Short item.\n",
		},
		{
			name: "pre keeps line ends",
			body: `<pre>line one
line   two</pre>`,
			want: "line one\nline two\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlpage.Parse(page("", tt.body), "")
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tt.want {
				t.Errorf("Parse(%q).Text = %q; want %q", tt.body, p.Text, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error // wrapped by the error, or nil for any error
	}{
		{"empty", nil, htmlpage.ErrNoText},
		{"white space", []byte(" \n\t "), htmlpage.ErrNoText},
		{"scripts only", page(`<title>Title</title><script>document.write("Hello")</script>`, `<script>var a = "text";</script><style>p{}</style>`), htmlpage.ErrNoText},
		{"navigation only", page("", `<nav><a href="/">Home</a> <a href="/news">News</a></nav>`), htmlpage.ErrNoText},
		{"too large", make([]byte, htmlpage.MaxSize+1), htmlpage.ErrTooLarge},
		{"nested too deep", []byte(strings.Repeat("<blockquote>", 1000) + "text"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := htmlpage.Parse(tt.data, "")
			if err == nil {
				t.Fatalf("Parse(%s) = %q, nil; want error", tt.name, p.Text)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("Parse(%s) error = %v; want %v", tt.name, err, tt.want)
			}
		})
	}
}

func TestParseDeep(t *testing.T) {
	data := strings.Repeat("<div><span>", 2000) + "<p>Deep story text.</p>"
	p, err := htmlpage.Parse([]byte(data), "")
	if err != nil {
		t.Fatal(err)
	}
	if p.Text != "Deep story text.\n" {
		t.Errorf("Parse(deep page).Text = %q; want %q", p.Text, "Deep story text.\n")
	}
}
