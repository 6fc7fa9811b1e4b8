package htmlpage

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateMetas are the names of <meta> elements that give a publication
// date, after article:published_time, most trusted first. Names for
// modification dates (article:modified_time, dc.date.modified,
// last-modified) are left out on purpose.
var dateMetas = []string{
	"og:published_time",
	"og:article:published_time",
	"article:published",
	"article.published",
	"pubdate",
	"publishdate",
	"publish-date",
	"publish_date",
	"published_time",
	"published-date",
	"datepublished",
	"date",
	"dc.date",
	"dc.date.issued",
	"dc.date.created",
	"dcterms.date",
	"dcterms.issued",
	"dcterms.created",
	"parsely-pub-date",
	"sailthru.date",
	"citation_publication_date",
	"citation_date",
}

// maxDateLen is the longest text read as a date.
const maxDateLen = 100

// maxTimes is how many <time> and itemprop=datePublished elements dates
// looks at.
const maxTimes = 100

// dates returns the publication dates the page gives, most trusted first,
// and those that are not real dates:
//
//   - <meta property="article:published_time">;
//   - JSON-LD datePublished of articles;
//   - <meta> elements named in dateMetas, in that order;
//   - <meta itemprop="datePublished"> and other elements with that
//     itemprop;
//   - the first <time> element with itemprop="datePublished" or a pubdate
//     attribute;
//   - the first other <time> element in the main article, unless it is
//     marked as a modification date or belongs to a teaser for another
//     story.
//
// Dates written as the text of an element rather than in an attribute are
// taken only if they can be read. A date given twice by the same markup
// is listed once.
func dates(s *page, ld jsonLD) (valid, invalid []Timestamp) {
	seen := make(map[[2]string]bool)
	add := func(raw, from string) {
		raw = collapse(raw)
		if raw == "" || len(raw) > maxDateLen || seen[[2]string{raw, from}] {
			return
		}
		seen[[2]string{raw, from}] = true
		if t, ok := parseTimestamp(raw, from); ok {
			valid = append(valid, t)
		} else {
			invalid = append(invalid, Timestamp{Raw: raw, From: from})
		}
	}
	// addText adds the datetime attribute of n, found in attrFrom, or
	// else the text of n, found in textFrom, if it is a date.
	addText := func(n *html.Node, attrFrom, textFrom string) {
		if v, ok := attrOK(n, "datetime"); ok {
			add(v, attrFrom)
		} else if raw := collapse(textOf(n)); len(raw) <= maxDateLen {
			if _, ok := parseTimestamp(raw, textFrom); ok {
				add(raw, textFrom)
			}
		}
	}
	metas := func(key string) {
		for _, m := range s.metas {
			if m.key == key && !m.itemprop {
				add(m.content, "meta "+key)
			}
		}
	}
	metas("article:published_time")
	for _, d := range ld.published {
		add(d, "json-ld datePublished")
	}
	for _, key := range dateMetas {
		metas(key)
	}
	for _, m := range s.metas {
		if m.itemprop && m.key == "datepublished" {
			add(m.content, "meta itemprop=datePublished")
		}
	}
	for _, n := range s.dated[:min(len(s.dated), maxTimes)] {
		if v, ok := attrOK(n, "content"); ok {
			add(v, "itemprop=datePublished")
		} else {
			addText(n, "itemprop=datePublished", "itemprop=datePublished")
		}
	}
	main := s.mainArticle()
	var explicit, plain *html.Node
	for _, t := range s.times[:min(len(s.times), maxTimes)] {
		switch {
		case strings.EqualFold(attr(t, "itemprop"), "datePublished") || hasAttr(t, "pubdate"):
			if explicit == nil {
				explicit = t
			}
		case plain == nil && (main == nil || isInside(t, main)) && !isTeaser(t) && !isModified(t):
			plain = t
		}
	}
	if explicit != nil {
		addText(explicit, "time datePublished", "time datePublished")
	}
	if plain != nil {
		addText(plain, "time datetime", "time")
	}
	return valid, invalid
}

// isTeaser reports whether the <time> element n is part of a teaser for
// another story: inside a link, a list item or a block of related
// stories.
func isTeaser(n *html.Node) bool {
	for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		switch p.DataAtom {
		case atom.A, atom.Li:
			return true
		case atom.Article, atom.Main, atom.Body:
			return false
		}
		if junkLimit(p, fallbackJunk) > 0 {
			return true
		}
	}
	return false
}

// isModified reports whether the <time> element n is marked as the time
// a story was modified or updated: by itemprop="dateModified", by a class
// or id saying so on it or on a wrapper around it alone, or by a label
// such as "Updated:" just before it.
func isModified(n *html.Node) bool {
	if strings.EqualFold(attr(n, "itemprop"), "dateModified") {
		return true
	}
	for e, i := n, 0; e != nil && e.Type == html.ElementNode && i < 3; e, i = e.Parent, i+1 {
		if i > 0 && !isOnlyChild(n, e) {
			break
		}
		if marked(attr(e, "class") + " " + attr(e, "id")) {
			return true
		}
		n = e
	}
	for e := n; e != nil; e = e.Parent {
		p := e.PrevSibling
		for p != nil && p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" {
			p = p.PrevSibling
		}
		switch {
		case p == nil:
			continue
		case p.Type == html.TextNode:
			return marked(tail(p.Data))
		case p.Type == html.ElementNode && isLabel(p):
			return marked(tail(textOf(p)))
		}
		return false
	}
	return false
}

// tail returns the last few words of s, the label of what follows.
func tail(s string) string {
	s = strings.TrimSpace(s)
	return s[max(0, len(s)-20):]
}

// isLabel reports whether n is an inline element that may hold a label,
// such as <span>Updated:</span>.
func isLabel(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Span, atom.B, atom.Strong, atom.Em, atom.I, atom.Label, atom.Small:
		return n.FirstChild != nil && n.FirstChild == n.LastChild && n.FirstChild.Type == html.TextNode
	}
	return false
}

// isOnlyChild reports whether n is the only element or text with
// anything but white space in parent.
func isOnlyChild(n, parent *html.Node) bool {
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// marked reports whether s speaks of a modification or update.
func marked(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "modif") || strings.Contains(s, "updat")
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	_, ok := attrOK(n, key)
	return ok
}

// isInside reports whether n is in the subtree of root.
func isInside(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// isoDate matches ISO 8601 and RFC 3339 dates and times, with or without
// seconds, fractions or zone, in the extended (2016-10-15T10:42:00Z) or
// basic (20161015T104200Z) form, with "/" or "." allowed between date
// parts and a space allowed before the time and before the zone.
var isoDate = regexp.MustCompile(`^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:(?:[Tt]| +)(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9})\d*)?)? *([Zz]|[+-]\d{2}(?::?\d{2})?|[A-Za-z]{1,5})?)?$`)

// epoch matches a Unix time in seconds or milliseconds.
var epoch = regexp.MustCompile(`^\d{10}(\d{3})?$`)

// ParseTimestamp reads raw as a publication date or timestamp in any of
// the forms pages use in their metadata (RFC 3339 and other ISO 8601
// forms, RFC 1123, Unix seconds or milliseconds, "October 15, 2016
// 10:42 AM EST"...). It reports false if raw is not a date in a form it
// knows, is not a real date, or falls outside the years 1900 to 2200.
// Front matter and JSON records write dates the same ways.
func ParseTimestamp(raw string) (Timestamp, bool) { return parseTimestamp(raw, "") }

// parseTimestamp reads raw, found in from, as a date. It reports false if
// raw is not a date in a form it knows or is not a real date.
func parseTimestamp(raw, from string) (Timestamp, bool) {
	ts := Timestamp{Raw: raw, From: from}
	var d dateParts
	var ok bool
	switch {
	case epoch.MatchString(raw):
		n, err := strconv.ParseInt(raw, 10, 64)
		if err != nil {
			return ts, false
		}
		t := time.Unix(n, 0).UTC()
		if len(raw) == 13 {
			t = time.UnixMilli(n).UTC()
		}
		if t.Year() < minYear || t.Year() > maxYear {
			return ts, false
		}
		ts.Time, ts.HasZone = t, true
		return ts, true
	case isoDate.MatchString(raw):
		d, ok = parseISO(raw)
	default:
		d, ok = parseWords(raw)
	}
	if !ok {
		return ts, false
	}
	t, ok := d.time()
	if !ok {
		return ts, false
	}
	ts.Time, ts.HasZone, ts.DateOnly = t, d.hasZone, !d.hasTime
	return ts, true
}

// The years of real publication dates. Placeholders such as
// 0001-01-01T00:00:00Z are not.
const (
	minYear = 1900
	maxYear = 2200
)

// dateParts are the fields of a written date, not yet checked.
type dateParts struct {
	year, month, day     int
	hour, min, sec, nsec int
	hasTime              bool // whether a time of day was written
	offset               int  // zone offset in seconds east of UTC
	hasZone              bool // whether a zone was written
}

// time returns d as a time and reports whether it is a real date and time.
func (d dateParts) time() (time.Time, bool) {
	if d.year < minYear || d.year > maxYear || d.month < 1 || d.month > 12 || d.day < 1 ||
		d.day > daysIn(time.Month(d.month), d.year) ||
		d.hour > 23 || d.min > 59 || d.sec > 60 || d.offset <= -18*3600 || d.offset >= 18*3600 {
		return time.Time{}, false
	}
	if d.sec == 60 { // a leap second
		d.sec = 59
	}
	loc := time.UTC
	if d.offset != 0 {
		loc = time.FixedZone("", d.offset)
	}
	return time.Date(d.year, time.Month(d.month), d.day, d.hour, d.min, d.sec, d.nsec, loc), true
}

// daysIn returns the number of days in month m of year y.
func daysIn(m time.Month, y int) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseISO reads a date that matches isoDate.
func parseISO(raw string) (dateParts, bool) {
	m := isoDate.FindStringSubmatch(raw)
	var d dateParts
	d.year, _ = strconv.Atoi(m[1])
	d.month, _ = strconv.Atoi(m[2])
	d.day, _ = strconv.Atoi(m[3])
	if m[4] == "" {
		return d, true
	}
	d.hasTime = true
	d.hour, _ = strconv.Atoi(m[4])
	d.min, _ = strconv.Atoi(m[5])
	d.sec, _ = strconv.Atoi(m[6])
	if m[7] != "" {
		frac := (m[7] + "00000000")[:9]
		d.nsec, _ = strconv.Atoi(frac)
	}
	switch strings.ToLower(m[8]) {
	case "am", "pm":
		if d.hour < 1 || d.hour > 12 {
			return d, false
		}
		d.hour %= 12
		if strings.EqualFold(m[8], "pm") {
			d.hour += 12
		}
		return d, true
	}
	if m[8] != "" {
		off, ok := zoneOffset(m[8])
		if !ok && !isZoneName(m[8]) {
			return d, false
		}
		d.offset, d.hasZone = off, ok
	}
	return d, true
}

// zones are the offsets in minutes of zone names used in dates on
// English-language news sites. Ambiguous names such as IST are left out.
var zones = map[string]int{
	"z": 0, "ut": 0, "utc": 0, "gmt": 0,
	"bst": 60, "cet": 60, "cest": 2 * 60, "eet": 2 * 60, "eest": 3 * 60, "msk": 3 * 60,
	"est": -5 * 60, "edt": -4 * 60, "cst": -6 * 60, "cdt": -5 * 60, "mst": -7 * 60, "mdt": -6 * 60,
	"pst": -8 * 60, "pdt": -7 * 60, "akst": -9 * 60, "akdt": -8 * 60, "hst": -10 * 60,
	"jst": 9 * 60, "kst": 9 * 60, "hkt": 8 * 60, "sgt": 8 * 60, "awst": 8 * 60,
	"acst": 9*60 + 30, "aest": 10 * 60, "aedt": 11 * 60, "nzst": 12 * 60, "nzdt": 13 * 60,
}

// zoneOffset returns the offset in seconds of a zone written as a name in
// zones, as "+05", "+0530" or "+05:30", or as "GMT+1" or "UTC-05:00", and
// reports whether it knew the zone.
func zoneOffset(z string) (int, bool) {
	lz := strings.ToLower(z)
	if m, ok := zones[lz]; ok {
		return m * 60, true
	}
	for _, p := range []string{"gmt", "utc"} {
		if rest, ok := strings.CutPrefix(lz, p); ok && rest != "" {
			lz = rest
			if len(lz) == 2 || len(lz) == 5 && lz[2] == ':' {
				lz = lz[:1] + "0" + lz[1:] // GMT+1, GMT+5:30
			}
			break
		}
	}
	if len(lz) < 3 || (lz[0] != '+' && lz[0] != '-') {
		return 0, false
	}
	digits := strings.ReplaceAll(lz[1:], ":", "")
	if len(digits) != 2 && len(digits) != 4 || strings.Contains(lz, ":") && (len(lz) != 6 || lz[3] != ':') {
		return 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	h, _ := strconv.Atoi(digits[:2])
	m := 0
	if len(digits) == 4 {
		m, _ = strconv.Atoi(digits[2:])
	}
	if h > 17 || m > 59 {
		return 0, false
	}
	off := h*3600 + m*60
	if lz[0] == '-' {
		off = -off
	}
	return off, true
}

// isZoneName reports whether s looks like a zone abbreviation: two to
// five letters.
func isZoneName(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}

// months maps month names and their abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// fillers are words that may stand in a written date besides its parts:
// weekdays and little words such as "at".
var fillers = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"at": true, "on": true, "of": true, "the": true, "published": true, "posted": true,
}

// clock matches a time of day, with an optional am or pm after it.
var clock = regexp.MustCompile(`^(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\.\d+)?([ap]\.?m\.?)?$`)

// parseWords reads a date written with a month name, in RFC 1123 form
// ("Sat, 15 Oct 2016 10:42:00 GMT") or as people write it ("October 15,
// 2016", "15 Oct 2016 10:42 GMT", "Oct. 15, 2016 at 5:30 p.m. EDT").
func parseWords(raw string) (dateParts, bool) {
	var d dateParts
	fields := strings.FieldsFunc(strings.ToLower(raw), func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '\t'
	})
	if len(fields) > 12 {
		return d, false
	}
	// Split "15-Oct-2016" and "Oct-15-2016" into their parts.
	var words []string
	for _, f := range fields {
		if parts := strings.Split(f, "-"); len(parts) == 3 && f[0] != '-' {
			words = append(words, parts...)
		} else {
			words = append(words, f)
		}
	}
	meridiem := ""     // "a" or "p" after a time
	afterTime := false // whether the last word was the time or its meridiem
	for _, word := range words {
		w := strings.TrimRight(word, ":.")
		wasTime := afterTime
		afterTime = false
		if w == "" {
			continue
		}
		if m, ok := months[w]; ok && d.month == 0 {
			d.month = m
			continue
		}
		if fillers[w] {
			continue
		}
		if c := clock.FindStringSubmatch(word); c != nil && !d.hasTime {
			d.hasTime = true
			d.hour, _ = strconv.Atoi(c[1])
			d.min, _ = strconv.Atoi(c[2])
			d.sec, _ = strconv.Atoi(c[3])
			meridiem = c[4][:min(1, len(c[4]))]
			afterTime = true
			continue
		}
		if wasTime && meridiem == "" {
			switch w {
			case "am", "a.m":
				meridiem, afterTime = "a", true
				continue
			case "pm", "p.m":
				meridiem, afterTime = "p", true
				continue
			}
		}
		if n, ok := number(w); ok {
			switch {
			case len(w) == 4 && d.year == 0:
				d.year = n
			case len(w) <= 2 && d.day == 0:
				d.day = n
			default:
				return d, false
			}
			continue
		}
		if n, ok := ordinal(w); ok && d.day == 0 {
			d.day = n
			continue
		}
		if !d.hasZone {
			if off, ok := zoneOffset(w); ok {
				d.offset, d.hasZone = off, true
				continue
			}
			// An unknown zone name right after the time: keep the
			// time as written, without a zone.
			if wasTime && isZoneName(w) {
				continue
			}
		}
		return d, false
	}
	if d.year == 0 || d.month == 0 || d.day == 0 {
		return d, false
	}
	if meridiem != "" {
		if d.hour < 1 || d.hour > 12 {
			return d, false
		}
		if d.hour == 12 {
			d.hour = 0
		}
		if meridiem == "p" {
			d.hour += 12
		}
	}
	return d, true
}

// number returns s as a number if it is made of one to four digits.
func number(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

// ordinal returns the day in an ordinal such as "15th" or "1st".
func ordinal(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(s, suf); ok && len(n) <= 2 {
			return number(n)
		}
	}
	return 0, false
}
