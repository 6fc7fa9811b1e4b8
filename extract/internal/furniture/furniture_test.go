package furniture_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/internal/furniture"
	"github.com/google/go-cmp/cmp"
)

// story is a paragraph that reads like a story: Find must keep it.
const story = "The foreign ministers of Turkey, Saudi Arabia, Qatar and Iran will also attend the meeting in Switzerland."

// story2 is a second story paragraph, for the story to resume on.
const story2 = "Lavrov said Friday, however, he had no special expectations for the latest round of diplomatic talks."

// marked returns the non-blank lines of body inside furniture as
// "reason: line".
func marked(body string) []string {
	rs := furniture.Find(body)
	var out []string
	start := 0
	for l := range strings.SplitSeq(body, "\n") {
		end := start + len(l)
		if strings.TrimSpace(l) != "" {
			for _, r := range rs {
				if r.Start <= start && end <= r.End {
					out = append(out, r.Reason+": "+strings.TrimSpace(l))
					break
				}
			}
		}
		start = end + 1
	}
	return out
}

// lines joins its arguments into a body, one per line.
func lines(ls ...string) string { return strings.Join(ls, "\n") }

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // furniture lines as "reason: line"
	}{
		{"empty", "", nil},
		{"story only", lines("Kerry and Lavrov meet in Paris", "", story, story2), nil},

		// Markers on a line of their own.
		{"advertisement", lines(story, "Advertisement", story2), []string{"advertisement: Advertisement"}},
		{"advertisement decorated", lines(story, "- ADVERTISEMENT -", story2), []string{"advertisement: - ADVERTISEMENT -"}},
		{"story continues below advertisement", lines(story, "Story continues below advertisement", story2),
			[]string{"advertisement: Story continues below advertisement"}},
		{"advertisement in a sentence", lines("Advertisement campaigns urging residents to register for aid have appeared in Mariupol."), nil},
		{"share and related topics", lines("Powers call for humanitarian aid", "", "Share", "Related Topics", "", story, "", story2),
			[]string{"share: Share", "read-next: Related Topics"}},
		{"share buttons", lines(story, "Share this with", "Email", "Facebook", "Messenger", "Twitter", "Copy this link", story2),
			[]string{"share: Share this with", "share: Email", "share: Facebook", "share: Messenger", "share: Twitter", "share: Copy this link"}},
		{"share on facebook", lines(story, "Share on Facebook", "Share via Email"), []string{"share: Share on Facebook", "share: Share via Email"}},
		{"share prices", lines("Share prices in Kiev rose 3 percent on the news."), nil},
		{"comments with count", lines(story, "Comments (23)", story2), []string{"comments: Comments (23)"}},
		{"comments in a sentence", lines("Comments by Russian Foreign Minister Sergei Lavrov on Thursday suggested Moscow was ready."), nil},
		{"day in a page", lines(story, "Day In a Page"), []string{"read-next: Day In a Page"}},

		// Lists of headlines.
		{"dated headlines", lines("-", "Tips for becoming a good boxer - November 6, 2020", "-",
			"Five Tech Tools That Will Help You Turn Your Blog into a Business - November 24, 2018", "-",
			"White House says backs United Nations effort", story),
			[]string{"headline-list: -", "headline-list: Tips for becoming a good boxer - November 6, 2020", "headline-list: -",
				"headline-list: Five Tech Tools That Will Help You Turn Your Blog into a Business - November 24, 2018", "headline-list: -"}},
		{"dated headlines day first", lines("Syria talks resume | 6 November 2020", "Iran deal in doubt | 5 November 2020", story),
			[]string{"headline-list: Syria talks resume | 6 November 2020", "headline-list: Iran deal in doubt | 5 November 2020"}},
		{"numeric dates", lines("Syria talks resume in Geneva - 2020-11-06", "Iran deal in doubt again - 2020-11-05", story),
			[]string{"headline-list: Syria talks resume in Geneva - 2020-11-06", "headline-list: Iran deal in doubt again - 2020-11-05"}},
		{"one dated headline", lines("Kerry meets Lavrov in Geneva - August 26, 2016", story), nil},
		{"title case run", lines(story, "Our Top Inspirational Baseball Stars", "How to Indulge on Vacation Without Expanding Your Waist",
			"Five Tech Tools That Will Help You"),
			[]string{"headline-list: Our Top Inspirational Baseball Stars", "headline-list: How to Indulge on Vacation Without Expanding Your Waist",
				"headline-list: Five Tech Tools That Will Help You"}},
		{"two title case lines", lines("U.S. and Russia Agree to Seek Local Cease-Fires in Syria", "Kerry And Lavrov Meet In Paris", story), nil},

		// Blocks that run until the story resumes.
		{"read next to the end", lines(story, "Read Next", "How Isis profits from destruction of antiquities", "",
			"Robert Fisk on the terrorist group's manipulation of the market to increase the price of artefacts",
			"Iran is opening up again to tourists", "After years of isolation, Iran is reopening its embassies abroad. Soon, there'll be the chance to holiday there"),
			[]string{"read-next: Read Next", "read-next: How Isis profits from destruction of antiquities",
				"read-next: Robert Fisk on the terrorist group's manipulation of the market to increase the price of artefacts",
				"read-next: Iran is opening up again to tourists",
				"read-next: After years of isolation, Iran is reopening its embassies abroad. Soon, there'll be the chance to holiday there"}},
		{"read more resumes", lines(story, "Read more", "Aleppo: Syrian army pauses fighting", "UN warns of famine in Yemen", story, story2),
			[]string{"read-next: Read more", "read-next: Aleppo: Syrian army pauses fighting", "read-next: UN warns of famine in Yemen"}},
		{"resumes with a short sentence", lines("Read also", "Russia to send mobile hospital to Aleppo", story,
			`"These proposals are in line with our approach," he said.`),
			[]string{"read-next: Read also", "read-next: Russia to send mobile hospital to Aleppo"}},
		{"more from outlet", lines(story, "More From Reuters", "Syria's Assad says no Geneva deal", "Jan 12, 2014"),
			[]string{"read-next: More From Reuters", "read-next: Syria's Assad says no Geneva deal", "byline: Jan 12, 2014"}},
		{"latest stories from", lines(story, "Latest stories from i100", "Have you tried the new apps?"),
			[]string{"read-next: Latest stories from i100", "read-next: Have you tried the new apps?"}},
		{"block gives back full sentences", lines("Related stories", "Kerry in Moscow", "The talks ended late on Friday night.", story, story2),
			[]string{"read-next: Related stories", "read-next: Kerry in Moscow"}},
		{"dated list ends the block", lines("Trending Now", "How to choose running shoes - March 2, 2017",
			"Ten tips for a house move - March 1, 2017", "Lavrov, Tillerson discuss Syria in first phone call", story),
			[]string{"read-next: Trending Now", "headline-list: How to choose running shoes - March 2, 2017",
				"headline-list: Ten tips for a house move - March 1, 2017"}},
		{"sponsored features", lines(story, "SPONSORED FEATURES", "iJobs General", "The 10 best credit cards"),
			[]string{"sponsored: SPONSORED FEATURES", "job-ad: iJobs General", "job-ad: The 10 best credit cards"}},
		{"react now", lines(story, "React Now", "", "Great article, thanks"), []string{"comments: React Now", "comments: Great article, thanks"}},
		{"last paragraph after a block", lines(story, "Related", "Kerry in Moscow", story2),
			[]string{"read-next: Related", "read-next: Kerry in Moscow"}},
		{"short sentence before the resumption", lines("Elsewhere", "In Yemen, fighting continued.", story, story2),
			[]string{"read-next: Elsewhere"}},
		{"short sentence after a subhead", lines(story, "Elsewhere", "In Yemen, fighting continued.", story, story2), nil},
		{"one-word subhead", lines(story, "Latest", story, story2), nil},
		{"one-word opener after furniture", lines(story, "Share", "Related", story, story2), []string{"share: Share", "read-next: Related"}},
		{"block skips an advertisement", lines("Related Topics", story, "Advertisement", story2),
			[]string{"read-next: Related Topics", "advertisement: Advertisement"}},
		{"related in a sentence", lines("Related talks between Russia and the European Union on gas supplies will take place in Brussels on Monday."), nil},

		// Links, credits and notices.
		{"inline read more", lines(story, "READ MORE: Syria's rebels battle ISIL in the north", story2),
			[]string{"read-next: READ MORE: Syria's rebels battle ISIL in the north"}},
		{"inline related", lines(story, "Related: Syria's rebels turn on each other", story2),
			[]string{"read-next: Related: Syria's rebels turn on each other"}},
		{"image copyright", lines("Image copyright Getty Images", "Image caption", "John Kerry and Sergei Lavrov met in Paris", story),
			[]string{"credit: Image copyright Getty Images", "media: Image caption"}},
		{"agency credit", lines(story, "AFP/Getty Images", "REUTERS/Jim Bourg", "(AP Photo/Martial Trezzini)", story2),
			[]string{"credit: AFP/Getty Images", "credit: REUTERS/Jim Bourg", "credit: (AP Photo/Martial Trezzini)"}},
		{"photo label with credit", lines(story, "Photograph: Pool/Reuters"), []string{"credit: Photograph: Pool/Reuters"}},
		{"photo label with caption", lines("Photo: OSCE monitors inspect a checkpoint near Debaltseve", story), nil},
		{"caption with credit", lines("John Kerry, left, and Sergei Lavrov at their meeting in Paris. Photograph: Pool/Reuters", story), nil},
		{"caption", lines("U.S. Secretary of State John Kerry, center, arrives for a new round of talks on Syria, in Geneva, Switzerland, Friday, Aug. 26, 2016."), nil},
		{"reporting by", lines(story, "Additional reporting by Lesley Wroughton; Editing by Giles Elgood"),
			[]string{"credit: Additional reporting by Lesley Wroughton; Editing by Giles Elgood"}},
		{"source", lines(story, "Source: Al Jazeera and news agencies"), []string{"credit: Source: Al Jazeera and news agencies"}},
		{"contributed", lines(story, "Associated Press writer Vladimir Isachenkov in Moscow contributed to this report."),
			[]string{"credit: Associated Press writer Vladimir Isachenkov in Moscow contributed to this report."}},
		{"copyright", lines(story, "© 2016 The Daily Courier. All rights reserved.", "Copyright 2014 Reuters"),
			[]string{"copyright: © 2016 The Daily Courier. All rights reserved.", "copyright: Copyright 2014 Reuters"}},
		{"copyright issues", lines("Copyright issues were not on the agenda."), nil},
		{"cookies", lines("We use cookies to ensure that we give you the best experience on our website.", "Accept all", story),
			[]string{"consent: We use cookies to ensure that we give you the best experience on our website.", "consent: Accept all"}},
		{"newsletter", lines(story, "Sign up to our free daily newsletter", "Get the biggest stories by email", "Subscribe"),
			[]string{"newsletter: Sign up to our free daily newsletter", "newsletter: Get the biggest stories by email", "newsletter: Subscribe"}},
		{"newsletter editor", lines(`"It was expected," said Mr. Slater, the newsletter editor.`), nil},
		{"follow us", lines(story, "Follow us on Twitter", "Follow Al Jazeera English:", "@AJEnglish"),
			[]string{"social: Follow us on Twitter", "social: Follow Al Jazeera English:", "social: @AJEnglish"}},
		{"follow the money", lines("Follow the money, Ukraine's finance minister told parliament, and you will find Russia."), nil},
		{"appeal", lines(story, "… we have a small favour to ask. More people are reading than ever."),
			[]string{"appeal: … we have a small favour to ask. More people are reading than ever."}},
		{"app", lines(story, "Download The Times of India News App for Latest World News."),
			[]string{"promo: Download The Times of India News App for Latest World News."}},
		{"author follow", lines(story, "Lucas Tomlinson is a producer for Fox News Channel. Follow him on Twitter: @LucasFoxNews"),
			[]string{"social: Lucas Tomlinson is a producer for Fox News Channel. Follow him on Twitter: @LucasFoxNews"}},
		{"appeal with curly apostrophe", lines(story, "Since you’re here …"), []string{"appeal: Since you’re here …"}},
		{"photographer credit", lines(story, "Photo: Jacquelyn Martin"), []string{"credit: Photo: Jacquelyn Martin"}},
		{"print edition", lines(story, "A version of this article appears in print on Jan. 14, 2014, Section A, Page 4 of the New York edition."),
			[]string{"meta: A version of this article appears in print on Jan. 14, 2014, Section A, Page 4 of the New York edition."}},
		{"disclaimer", lines(story, "The views expressed in this article are the author's own."),
			[]string{"meta: The views expressed in this article are the author's own."}},
		{"app in a sentence", lines("Get the aid to Aleppo, the envoy said, and the apparatus of the truce will follow."), nil},
		{"source in a sentence", lines("Source: a senior Western diplomat said the talks in Geneva would fail before they began."), nil},
		{"reporting in a sentence", lines("Reporting by Human Rights Watch showed that 30 people died in the shelling."), nil},
		{"subscribe in a quote", lines(`"We do not subscribe to our enemies' view," Lavrov said.`), nil},
		{"partners in a quote", lines(`"We and our partners may respond," the minister said.`), nil},
		{"subscribe prompt", lines(story, "Subscribe to our YouTube channel"), []string{"newsletter: Subscribe to our YouTube channel"}},
		{"title case list after colon", lines("The members are:", "Organisation for Security and Co-operation in Europe",
			"North Atlantic Treaty Organization", "Collective Security Treaty Organization"), nil},
		{"tags", lines(story, "Tags: Syria, Russia, John Kerry"), []string{"tags: Tags: Syria, Russia, John Kerry"}},
		{"reading time", lines("3 Min Read", story), []string{"meta: 3 Min Read"}},

		// Bylines and timestamps.
		{"byline", lines("By Patrick Cockburn", story), []string{"byline: By Patrick Cockburn"}},
		{"byline with agency and time", lines("by Joel Gehrke | December 05, 2016 11:41 AM", story),
			[]string{"byline: by Joel Gehrke | December 05, 2016 11:41 AM"}},
		{"byline capitals", lines("By MATTHEW LEE and JAMEY KEATEN, Associated Press", story),
			[]string{"byline: By MATTHEW LEE and JAMEY KEATEN, Associated Press"}},
		{"timestamp", lines("Published: 10:42 EST, 13 January 2014 | Updated: 12:01 EST, 13 January 2014", story),
			[]string{"byline: Published: 10:42 EST, 13 January 2014 | Updated: 12:01 EST, 13 January 2014"}},
		{"timestamp ago", lines(story, "Top Stories", "UK storms: Flood warnings remain", "3 hours ago"),
			[]string{"read-next: Top Stories", "read-next: UK storms: Flood warnings remain", "byline: 3 hours ago"}},
		{"role", lines("BBC diplomatic correspondent", story), []string{"byline: BBC diplomatic correspondent"}},
		{"by monday", lines("By Monday, both sides had withdrawn artillery."), nil},
		{"dateline", lines("PARIS, Dec. 10 (Reuters) -", story), nil},
		{"dateline in paragraph", lines("MINSK, Feb. 20 (Reuters) - " + story), nil},

		// Job ads.
		{"job ad", lines(story, "Recruitment Genius: Clinical Lead / RGN", "", "£40000 - £42000 per annum: Recruitment Genius: This is an exciting opportunity...",
			"Recruitment Genius: Works Engineer", "Negotiable: Recruitment Genius: A works engineer is required in a progressive ..."),
			[]string{"job-ad: Recruitment Genius: Clinical Lead / RGN", "job-ad: £40000 - £42000 per annum: Recruitment Genius: This is an exciting opportunity...",
				"job-ad: Recruitment Genius: Works Engineer", "job-ad: Negotiable: Recruitment Genius: A works engineer is required in a progressive ..."}},
		{"money in a story", lines("$40 billion in aid was pledged: donors met in Kuwait on Wednesday."), nil},

		// Menus.
		{"menu", lines("Home", "News", "Sport", "Weather", "Middle East", "Kerry and Lavrov meet in Paris", story),
			[]string{"navigation: Home", "navigation: News", "navigation: Sport", "navigation: Weather", "navigation: Middle East"}},
		{"menu next to furniture", lines("Accept all", "Europe", "World", "Ukraine and Russia agree to prisoner swap", story),
			[]string{"consent: Accept all", "navigation: Europe", "navigation: World"}},
		{"list after colon", lines("The countries attending:", "Turkey", "Saudi Arabia", "Qatar", "Iran", story), nil},
		{"breadcrumb", lines("Home / News / Nation & World", story), []string{"navigation: Home / News / Nation & World"}},
		{"footer", lines(story, "Privacy Policy | Terms of Use | Contact Us"), []string{"navigation: Privacy Policy | Terms of Use | Contact Us"}},

		// Separators and sandwiched lines.
		{"separator joins", lines(story, "***", "Advertisement", story2), []string{"advertisement: ***", "advertisement: Advertisement"}},
		{"separator alone", lines(story, "***", story2), nil},
		{"number in a list", lines(story, "Most Popular", "1", "County approves budget", "2", "Police arrest man after chase"),
			[]string{"read-next: Most Popular", "read-next: 1", "read-next: County approves budget", "read-next: 2", "read-next: Police arrest man after chase"}},
		{"sandwiched", lines(story, "Thank you for subscribing", "Show me", "See our privacy notice", story2),
			[]string{"newsletter: Thank you for subscribing", "newsletter: Show me", "consent: See our privacy notice"}},

		// Line ends.
		{"crlf", "Advertisement\r\n" + story + "\r\n", []string{"advertisement: Advertisement"}},
		{"no-break space line", lines(story, "Read Next", "\u00a0", "Isis profits from antiquities"),
			[]string{"read-next: Read Next", "read-next: Isis profits from antiquities"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, marked(tt.body)); diff != "" {
				t.Errorf("Find(%q) furniture lines mismatch (-want +got):\n%s", tt.body, diff)
			}
			checkRanges(t, tt.body, furniture.Find(tt.body))
		})
	}
}

// TestFindRanges checks the ranges themselves: lines with the same reason
// and the blank lines between them share one range.
func TestFindRanges(t *testing.T) {
	body := "Share\nRelated Topics\n\n" + story + "\nAdvertisement\n\nAdvertisement\n" + story2
	got := furniture.Find(body)
	ad := strings.Index(body, "Advertisement")
	want := []furniture.Range{
		{Start: 0, End: len("Share"), Reason: "share"},
		{Start: len("Share\n"), End: len("Share\nRelated Topics"), Reason: "read-next"},
		{Start: ad, End: ad + len("Advertisement\n\nAdvertisement"), Reason: "advertisement"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Find(%q) mismatch (-want +got):\n%s", body, diff)
	}
}

// checkRanges checks that rs are in order, do not overlap, lie within body
// and cover whole lines.
func checkRanges(t *testing.T, body string, rs []furniture.Range) {
	t.Helper()
	last := 0
	for i, r := range rs {
		switch {
		case r.Start < last || r.Start >= r.End || r.End > len(body):
			t.Fatalf("range %d = %+v out of order or bounds (previous end %d, body length %d)", i, r, last, len(body))
		case r.Start > 0 && body[r.Start-1] != '\n':
			t.Fatalf("range %d = %+v does not start at a line start", i, r)
		case r.End < len(body) && body[r.End] != '\n':
			t.Fatalf("range %d = %+v does not end at a line end", i, r)
		case r.Reason == "":
			t.Fatalf("range %d = %+v has no reason", i, r)
		}
		last = r.End
	}
}

func FuzzFind(f *testing.F) {
	for _, doc := range corpus(f) {
		f.Add(doc.body)
	}
	for _, s := range []string{"", "\n", "\n\n", "-", "Advertisement", "Read Next\n", "\r\n\r\n", "\u00a0\n\u00a0",
		"£", "By", "Photo:", "- 2020", " - November 6, 2020", "\xff\xfe", "Share\nRelated Topics\n\n" + story} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkRanges(t, body, furniture.Find(body))
	})
}

func ExampleFind() {
	body := "Kerry and Lavrov meet in Geneva\n" +
		"Advertisement\n" +
		"GENEVA (AP) — The two men met for more than 10 hours on Friday in a bid to revive a cease-fire in Syria.\n" +
		"Read Next\n" +
		"Ten best PS4 games\n" +
		"Can't wait for the new round of blockbusters due out this autumn?"
	for _, r := range furniture.Find(body) {
		fmt.Printf("%s: %q\n", r.Reason, body[r.Start:r.End])
	}
	// Output:
	// advertisement: "Advertisement"
	// read-next: "Read Next\nTen best PS4 games\nCan't wait for the new round of blockbusters due out this autumn?"
}
