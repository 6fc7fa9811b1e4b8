// Package furniture finds page furniture in the body of a news article:
// the text scraped with a story that is not the story, such as
// "Advertisement", share buttons, lists of other headlines with their
// dates, "Read Next" blocks of teasers, job ads, newsletter sign-ups,
// cookie notices, copyright lines, bylines and photo credits.
//
// Find reports furniture as byte ranges of whole lines of the body, which
// it never changes, so that the extractor can skip the sentences inside
// them and still report byte offsets into the body as read.
//
// Find works line by line with a little context. A line is furniture when
//
//   - it is a known marker ("Advertisement", "Share", "Related Topics",
//     "Day In a Page"), a run of share buttons ("Email", "Facebook"), a
//     link ("Read more: ..."), a credit ("Image copyright Getty Images"),
//     a copyright, cookie, newsletter or follow-us notice, or a byline or
//     timestamp with nothing else on the line;
//   - it is one of a list of headlines that end with their dates ("Tips
//     for becoming a good boxer - November 6, 2020"), or of three or more
//     Title Case headlines in a row;
//   - it is a job ad: a salary line ("£40000 - £42000 per annum: ...")
//     or the job title just above one;
//   - it is one of four or more very short lines in a row (a menu), or two
//     or more next to other furniture;
//   - it follows a marker that opens a block ("Read Next", "More from
//     Reuters", "Most popular", "Related Topics", "SPONSORED FEATURES",
//     "React Now") and the story has not resumed yet. Teasers in such
//     blocks are headlines without a final full stop, names, and a
//     one-paragraph standfirst each, so the story resumes at a story
//     paragraph (twelve words or more ending with a sentence mark) that is
//     followed by another one or by a sentence ending with a full stop, or
//     that is very long, or that ends the body with a full stop. Single
//     furniture lines such as "Advertisement" do not interrupt the story,
//     and short sentences ending with a full stop just before it are given
//     back to it. A block that starts with dated headlines ends with them,
//     and a one-word opener between story lines is a subhead ("Latest");
//   - it is a short line between two furniture lines.
//
// Lines that hold only separators ("-", "***") or a number join the
// furniture next to them and are otherwise kept.
//
// Find is conservative: losing a sentence of the story loses its events,
// while keeping a furniture line costs little, so headlines, standfirsts,
// photo captions, datelines, quotes and short paragraphs are kept. It
// misses furniture that cannot be told from story text on its own line,
// such as an author's name or a section name above the headline.
package furniture
