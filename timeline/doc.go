// Package timeline merges event mentions from many articles into one
// ordered, sourced timeline: each event (a meeting, ceasefire, offensive or
// aid delivery) once, with its date, the articles that report it and any
// reports that date it differently. Its output is the chronicle.timeline/v1
// document of SCHEMA.md.
//
// # Input
//
// Single turns one extract.Event, a mention found in one article, into the
// schema's event shape with one mention; `chronicle extract` writes these
// in each line's "events" (see Line and NewLine), and ReadExtract reads
// such lines back. Build takes the articles and these single-mention
// events, whether made directly or read from any number of extract files
// in any order, and gives byte-identical output either way: it sorts its
// input (by article ID, sentence start, then trigger) and drops exact
// duplicates before anything else. A Builder does the same with articles
// and mentions added as they come (AddResult straight from extraction,
// AddArticle and AddEvents from extract output), storing repeated strings
// once; `chronicle build` and `chronicle merge` use it.
//
// # Merging
//
// Only the types in Options.Types take part (by default everything but
// statements). Before merging, a participant that is a bare surname
// ("Kerry", or "Mr Kerry") becomes the full name ("John Kerry") when the
// whole set holds exactly one full name with that last word.
//
// Dates agree when they cover the same days (equal values, a part of a
// day and its day, PAST_REF in articles of one day), or when one lies
// inside the other and the outer is at most Options.ContainDays (31) long:
// a day in its week or month, a weekend in its week. Two mentions overlap
// when they are of one type and share a participant, or share a location
// while one of them names no participants; two reports of fighting in
// Aleppo by different sides are two events.
//
// Dated mentions are merged in steps:
//
//  1. Overlapping mentions of the same days are one event, within and
//     across articles.
//  2. A mention whose date contains those of overlapping mentions (a week
//     its days) joins their event if they all belong to one; if they
//     belong to several, it joins none, so that "last week" does not glue
//     two meetings of that week together. Shorter containers go first.
//  3. Two events so made are one event whose reports disagree on the date
//     when they hold mentions, in different articles, that report it alike
//     (the same two or more participants, or a shared location and at
//     least half of the distinct participants the two name) with dates that
//     do not agree but are at most Options.ConflictDays (3) days apart, and
//     no article has mentions in both (an article that tells of both tells
//     of two events).
//  4. A mention with neither participants nor locations joins the event of
//     the mentions of its type in its own article with the same trigger
//     head word (see below) and an agreeing date, if they all belong to
//     one event; otherwise it merges only with such mentions like itself.
//
// Merging is transitive, so an event can hold reports of several
// disagreeing dates; all but the chosen one are then conflicts.
//
// Undated mentions (no time, or a time not on the calendar such as
// XXXX-WXX-6) are never dropped. An undated mention joins a dated event
// only through its own article: when the dated mentions of its type in
// that article that it overlaps all belong to one event, it joins that
// event. The rest merge among themselves by the rules above without dates
// and are listed under "undated", with a null date; bare ones join an
// undated event of their article and head word when there is exactly one.
//
// A trigger's head word is its last word in lower case without a plural
// s: "peace talks" and "talks" both give "talk".
//
// # Near-duplicates
//
// Wire stories run in many outlets, under other headlines, with the
// outlet's furniture or a cut ending; such copies are one report, not
// several. Build compares the articles' fingerprints (the MinHash
// signatures of their bodies that extraction sets; see package
// fingerprint): articles whose estimated Jaccard similarity is at least
// fingerprint.Threshold (0.3) are copies of one story, and so are copies
// of copies. In each group of copies the earliest article is the
// original: the first by publication date, an article without one coming
// after those with one, then by ID. The others get DuplicateOf set to the
// original's ID in the timeline's article list; a DuplicateOf given in the
// input is ignored. Articles without a fingerprint (texts under 25 words,
// or extract output made before fingerprints) are copies of nothing.
//
// Copies take part in merging like any other article: their mentions are
// merged by the rules above and all listed, and a copy that dates an event
// differently from its original is still a conflict, which a journalist
// checking chronology wants to see (an edited copy may correct the date).
// They differ only in that copies of one story count as one source.
//
// Build gives no warning for a copy: wire copies are the normal state of a
// news corpus, a warning for each would bury the others, and DuplicateOf
// records every one. It warns of a fingerprint that cannot be parsed, and
// compares that article with none.
//
// # Event fields
//
// An event's date is the best-supported date among its mentions: the one
// that most independent reports give (copies of one story count once),
// counting a report of a date that
// contains it ("this week" supports "Saturday"); ties go to the finer
// date, then to the date first reported by the article with the smallest
// ID. Mentions whose dates do not agree with it are listed as conflicts.
//
// The lead mention is the one giving the chosen date in the most recently
// published article (the first such, on ties); for an undated event, the
// first mention of the most recently published article. The status is the
// lead's, except that a failed report from an article published no earlier
// than the lead's makes the event failed: a ceasefire declared and then
// reported broken is a failed ceasefire. The headline and the CAMEO and
// PLOVER codes come from the type, the status, the lead's trigger and the
// event's participants and locations, which are those of all its mentions
// in order of first mention. Sources counts independent reports: the
// distinct articles, copies of one story counting once.
//
// # Order and IDs
//
// Events are ordered by date start, then date end, then type name, then
// ID; a date with an open start (PAST_REF) has an empty start and sorts
// first. Undated events are ordered by type name, then ID. An ID is the
// date value (or "undated"), the type, the first location and the last
// words of up to three participants, in lower case with only [a-z0-9-]:
// "2014-01-13-meeting-paris-kerry-lavrov". When two events would share an
// ID, the later in that order gets -2, then -3 and so on.
//
// # Codes
//
// Events carry a CAMEO 1.1b3 code and a PLOVER event type and mode, from
// one table in codes.go: for instance a meeting at a place outside every
// participant's country (as far as names tell) is 044 and CONSULT
// third-party, an air strike 195 and ASSAULT aerial, a called-for
// ceasefire 0256 and REQUEST.
package timeline
