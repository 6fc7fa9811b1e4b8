// Package extract finds what a news article says happened and when.
//
// The heart of the package is the date resolver: it finds temporal
// expressions ("Saturday", "in recent days", "late 2011", "72-hour") in
// English news text and gives each a TIMEX3 value resolved against the
// article's publication date the way a careful reader of news does. Tense
// decides whether a bare weekday is last Friday or next Friday; months
// without a year keep month granularity; expressions that cannot be anchored
// stay underspecified (XXXX-WXX-6) instead of being resolved against the
// machine's clock.
//
// Sentence splitting and part-of-speech tagging come from
// github.com/jdkato/prose/v2 and clock times from github.com/olebedev/when,
// both behind small interfaces in internal packages; their types never
// appear in this package's API.
package extract
