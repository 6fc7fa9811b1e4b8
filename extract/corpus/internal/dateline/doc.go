// Package dateline infers the publication date of a news article from its
// own text, for articles whose metadata carries no date.
//
// [Infer] reads the top of an article body and returns the day it was
// most likely published together with the words it was read from, so that
// the caller can say where the date came from. [All] returns every
// candidate it weighed, in order of preference, so that a caller can warn
// when they disagree.
//
// # Cues
//
// In order of preference (see [Kind]):
//
//   - [Dateline]: the dateline that opens a story, a place followed by a
//     date and perhaps an agency and a dash: "PARIS, Dec. 10 (Reuters) -",
//     "Beirut, 15 October 2016 (AFP) -", "GENEVA, Oct 15, 2016
//     /PRNewswire/ --", "SAN FRANCISCO, Calif., Oct. 15, 2016 -", or a
//     place and agency followed by the date: "WASHINGTON (AP) — Dec. 10,
//     2016". It must open a line, with at most two story paragraphs above
//     it.
//   - [Published]: a line that says when the page was published: "Published:
//     15 October 2016", "Published 10:42 GMT, 15 October 2016", "First
//     published on Sat 15 Oct 2016 10.42 BST", "Posted on ...". A byline
//     may come before the keyword ("Jane Smith Published ...") and a
//     segment after a "|" is read on its own ("5 min read | Published 15
//     Oct 2016").
//   - [Byline]: a byline that ends with a date: "By Joel Gehrke | December
//     05, 2016 11:41 AM", "By MATTHEW LEE, Associated Press Dec. 10, 2016".
//   - [DateOnly]: a date standing alone on a line near the top: "Friday,
//     Aug. 26, 2016", "15 October 2016", "October 15, 2016 10:42 AM ET",
//     "2016-10-15", perhaps with a short label ("World | 15 October 2016").
//   - [Caption]: a photo caption that ends with the day it was taken, as
//     agencies write them: "..., in Geneva, Switzerland, Friday, Aug. 26,
//     2016." (the weekday is then required) or "... Switzerland August 26,
//     2016. REUTERS/Denis Balibouse" (a credit is then required). Captions
//     of file photos are ignored.
//   - [Updated]: "Updated ...", "Last updated ...", "Last modified on ..."
//     lines. An update comes after publication, so these come last.
//
// Dates are written as "Dec. 10", "December 10th", "10 December", "10th
// of December", each with an optional year and weekday, or as "2016-12-10"
// (also with a time: "2016-12-10T10:42:00Z"), "10.12.2016" (day first) or
// "12/25/2016" and "25/12/2016", where the number above 12 is the day.
// Numeric dates whose day and month cannot be told apart ("05/10/2016")
// and two-digit years are not read, nor are month and weekday names
// without a capital letter. Times and time zones next to a date are skipped and
// do not move it: the Date of a guess is the calendar day written, at
// midnight UTC.
//
// # Choosing
//
// Only the top of a long body is read (its first 8 KB), since that is
// where a publication date is printed and the function runs on every
// article without metadata. Within it:
//
//   - Lines of page furniture, as found by the furniture package, are
//     skipped: lists of other headlines with their dates, "Read next",
//     "Related" and "More from" blocks, menus, sponsored blocks and the
//     like. Timestamp and byline lines, which that package also calls
//     furniture, are read, unless they follow such a block (the date of
//     its last teaser). In navigation only published, updated and byline
//     lines and lone dates with a clock time are read: a bare date in a
//     menu, or on the line above one, is a masthead showing the day the
//     page was saved.
//   - A date inside a sentence of the story ("The talks began on 15
//     October 2016 in Lausanne") is never a cue: every cue has a shape
//     that story sentences do not have.
//   - Position matters: published, updated and byline lines must be among
//     the first 20 lines that are not furniture, lone dates among the
//     first 15 and above the second story paragraph (a lone date further
//     down is a subhead or a live-blog entry), captions among the first 30
//     and above the fifth story paragraph. A story paragraph is a line of
//     twelve words or more that ends a sentence.
//   - Impossible dates ("2016-13-45", "31 February 2016") and years outside
//     1900-2199 are not read, nor are lines with more than eight dates
//     (tables and lists).
//   - A date whose written weekday disagrees with it ("Friday, Aug. 27,
//     2016": that day was a Saturday) is rejected: one of the two is wrong
//     and nothing tells which.
//   - A dateline without a year ("MOSCOW, Nov 3 -") takes its year from
//     the most preferred other cue that has one, choosing the year that
//     puts the dateline nearest to that cue; the result must fall within
//     45 days of it. Such a guess has [Guess.YearBorrowed] set. Without
//     such a cue the dateline is no guess at all: the package never reads
//     the clock.
//
// [All] sorts candidates by kind, then by position. [Infer] returns the
// first unless the cues contradict each other, in which case it returns
// no guess, since a wrong date is worse than none:
//
//   - two cues of the same kind (both with a written year, or both
//     without) give different days; or
//   - a dateline, published line or byline differs from the chosen day by
//     more than two days (a wire story's dateline and the page's
//     publication date commonly differ by a day); or
//   - a dateline without a year is more than 45 days from every year of
//     the cue it would take its year from ("LONDON, Feb 29 (Reuters) -" on
//     a page published on 1 March 2017).
package dateline
