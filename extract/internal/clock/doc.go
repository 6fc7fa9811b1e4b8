// Package clock finds clock times ("5 p.m.", "10:30", "noon") in English
// text.
//
// It wraps the English hour and hour-minute rules of
// github.com/olebedev/when, which handle clock times reasonably (unlike
// when's date rules, which ignore tense and take "sat" for Saturday), and
// corrects what those rules get wrong:
//
//   - "10-15" (a score) and "2016-12-05" (a date) are not 10:15 and 12:05:
//     only ":" separates hours from minutes.
//   - "5 a day" is not 5 a.m.: a bare "a" or "p" is not a meridiem, while
//     "5 a.m" without the final dot is.
//   - "12 a.m." is midnight (when says noon).
//   - "noon", "midday" and "midnight" are handled here; when has no rule
//     for midnight and its "noon" rule lumps noon with "this morning".
//
// when's Parser is not used: it merges matches closer than a few bytes
// into one result ("5pm and 10:30" becomes a single 10:30), returns only
// the first cluster, and returns nothing at all when the first candidate
// is rejected ("13pm then 5pm"). Instead Find scans the text for cheap
// triggers (a one- or two-digit number followed within a few bytes by ":"
// or am/pm, or the words noon, midday and midnight) and runs when's rules on a
// small window at each, so text without clock times costs a byte scan.
package clock
