// Package gazetteer finds countries, places, organisations, armed groups and
// personal titles in English news text.
//
// The lists ship with the package as tab-separated files under data/,
// embedded in the binary, and are parsed once per process by Default. They
// correct the named-entity tagger, which misses "Isis", tags "Raqqa" as a
// person and splits "UN Security Council", when the extractor looks for the
// participants and the location of an event.
//
// # Data
//
// Every file has the same seven columns, named by a header line; lines
// starting with "#" and blank lines are ignored:
//
//	kind  name  country  capital  aliases  ambiguous  demonyms
//
// The columns hold:
//
//   - kind: Country or Region (countries.tsv), City or Region (places.tsv),
//     Organisation or ArmedGroup (organisations.tsv), Title or Honorific
//     (titles.tsv).
//   - name: the canonical name, which is also matched.
//   - country: the canonical name of the country a city or region belongs
//     to, or a government body or armed group belongs to or mainly fights
//     in; empty for countries, titles, international bodies and regions
//     that span several countries ("Kurdistan", "Sahel").
//   - capital: "yes" for a national capital, whose name news uses for the
//     government ("Moscow said").
//   - aliases: other names, separated by "|".
//   - ambiguous: aliases that are also ordinary words or common initials
//     ("IS", "WHO", "CAR", "Congo"); they match only through WithAmbiguous.
//   - demonyms: adjectives and nouns for the people ("Russian",
//     "Russians"); a match through one has Entry.Demonym set.
//
// # Matching
//
// Find looks for whole words. Letters, digits and apostrophes between
// letters make up words; every other character separates them, so
// "Russian-backed" holds "Russian" but "Parisian" holds nothing. Hyphens
// and spaces are interchangeable inside a name ("Secretary General" matches
// "Secretary-General"), and other punctuation must be as listed ("U.S." is
// not "US"). Any white space may separate the words of a name, but a blank
// line ends it.
//
// Case matters, because news capitalises names: "Turkey" matches and
// "turkey" does not, and the acronym "US" matches neither "Us" nor "us". A
// word written with a lower-case first letter in the data also matches when
// capitalised ("al-Qaeda", "Al-Qaeda"; "foreign minister", "Foreign
// Minister"), and a word in capitals matches any word that spells the same
// ("SYRIA"), which is why acronyms that are also English words, such as
// "IS" and "WHO", are flagged ambiguous: a headline in capitals is full of
// them.
//
// Curly and straight apostrophes are the same, and a possessive "'s" after a
// name is accepted but left out of the match. A leading "the" is never part
// of a name ("the Netherlands" matches "Netherlands"), except in "The
// Hague", which needs it to stay apart from William Hague.
//
// Where matches overlap, the longest wins: "Saudi Arabia" over "Saudi",
// "Gaza City" over "Gaza", "UN Security Council" over "UN".
package gazetteer
