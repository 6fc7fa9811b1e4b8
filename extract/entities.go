package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/internal/gazetteer"
)

// Participants and locations come from two sources: the gazetteers
// (countries and their demonyms, cities, organisations, armed groups,
// titles), which are reliable where prose's entity tagger is not (it takes
// Aleppo and Saudi Arabia for people), and the people an article names.
// A person is a run of capitalised words after a title ("Foreign Minister
// Sergei Lavrov", "Mr Kerry") or before a verb of saying ("Samantha Power
// said"); the article's full names then resolve its bare surnames ("Mr
// Kerry" is John Kerry). Runs are cut at date words, so "Switzerland
// Saturday" is a place and a day.

// people is what one article says about persons.
type people struct {
	full map[string]string // surname to full name; "" when two people share it
	gaz  []gazetteer.Match // gazetteer matches in the whole article, in order
	text string            // the article text the offsets index
}

// namePart reports whether w, a word in a name, may be lower case: "Staffan
// de Mistura", "Bashar al-Assad".
func namePart(w string) bool {
	switch w {
	case "al", "bin", "de", "van", "von", "el", "da", "di", "du", "la", "le", "ibn", "abu", "der", "den", "del", "bint":
		return true
	}
	return false
}

// notNameWords are capitalised words that start no name.
var notNameWords = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "or": true, "in": true, "on": true, "at": true, "for": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "after": true, "before": true, "while": true, "as": true, "when": true,
	"meanwhile": true, "speaking": true, "with": true, "if": true, "however": true, "today": true,
	"yesterday": true, "tomorrow": true, "state": true, "department": true, "house": true,
}

// nameWord is one word of the text, for the name scanner: text[start:end].
type nameWord struct {
	start, end int
}

// in returns the word in text.
func (w nameWord) in(text string) string { return text[w.start:w.end] }

// wordsIn splits text[from:to] into words, keeping hyphens and apostrophes
// inside a word ("Jean-Marc", "al-Assad", "O'Brien").
func wordsIn(text string, from, to int) []nameWord {
	out := make([]nameWord, 0, (to-from)/6+1)
	i := from
	for i < to {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i
		for j < to {
			r, size := utf8.DecodeRuneInString(text[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j += size
				continue
			}
			if (r == '-' || r == '\'' || r == '’') && j+size < to {
				if r2, _ := utf8.DecodeRuneInString(text[j+size:]); unicode.IsLetter(r2) {
					// "’s" closes a name: "Syria’s"
					if (r == '\'' || r == '’') && (text[j+size] == 's' && (j+size+1 >= to || !isLetterAt(text, j+size+1))) {
						break
					}
					j += size
					continue
				}
			}
			break
		}
		out = append(out, nameWord{start: i, end: j})
		i = j
	}
	return out
}

// isLetterAt reports whether text has a letter at byte i.
func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// dateWord reports whether w names a month or weekday, where names stop.
func dateWord(w string) bool {
	l := lower(w)
	_, m := monthNames[l]
	_, d := weekdayNames[l]
	return m || d || l == "today" || l == "yesterday" || l == "tomorrow"
}

// nameRun returns the words of the name starting at ws[i], up to four.
func nameRun(ws []nameWord, i int, text string) []nameWord {
	var run []nameWord
	for j := i; j < len(ws) && len(run) < 5; j++ {
		w := ws[j].in(text)
		if j > i && strings.TrimSpace(text[ws[j-1].end:ws[j].start]) != "" {
			break // punctuation between words ends the name
		}
		if dateWord(w) {
			break
		}
		if !capitalised(w) {
			if namePart(lower(w)) && j+1 < len(ws) && len(run) > 0 {
				run = append(run, ws[j])
				continue
			}
			if strings.Contains(w, "-") && namePart(lower(w[:strings.IndexByte(w, '-')])) {
				run = append(run, ws[j]) // "al-Assad"
				continue
			}
			break
		}
		if len(run) == 0 && notNameWords[lower(w)] {
			break
		}
		run = append(run, ws[j])
	}
	// A name does not end with a particle.
	for len(run) > 0 && namePart(lower(run[len(run)-1].in(text))) {
		run = run[:len(run)-1]
	}
	return run
}

// findPeople collects the full names text gives people: after titles and
// before verbs of saying.
func findPeople(text string, g *gazetteer.Gazetteer) *people {
	p := &people{full: map[string]string{}, text: text}
	if g == nil {
		return p
	}
	p.gaz = g.Find(text)
	add := func(name string) {
		f := strings.Fields(name)
		if len(f) < 2 {
			return
		}
		last := f[len(f)-1]
		if old, ok := p.full[last]; ok && old != name {
			if strings.HasSuffix(old, " "+name) || strings.HasSuffix(name, " "+old) {
				if len(name) > len(old) {
					p.full[last] = name
				}
				return
			}
			p.full[last] = ""
			return
		}
		p.full[last] = name
	}
	for _, m := range p.gaz {
		if m.Entry.Kind != gazetteer.Title && m.Entry.Kind != gazetteer.Honorific {
			continue
		}
		ws := wordsIn(text, m.End, min(len(text), m.End+80))
		if len(ws) == 0 || strings.TrimSpace(strings.Trim(text[m.End:ws[0].start], ",")) != "" {
			continue
		}
		run := nameRun(ws, 0, text)
		if p.isEntity(run) {
			continue
		}
		add(joinRun(run, text))
	}
	// "Samantha Power said", "said Kerry"
	ws := wordsIn(text, 0, len(text))
	for i := 0; i < len(ws); i++ {
		if !capitalised(ws[i].in(text)) || (i > 0 && capitalised(ws[i-1].in(text))) {
			continue
		}
		run := nameRun(ws, i, text)
		if len(run) < 2 || len(run) > 3 || i+len(run) >= len(ws) || p.isEntity(run) {
			continue
		}
		switch lower(ws[i+len(run)].in(text)) {
		case "said", "says", "told", "added", "explained", "acknowledged", "warned":
			add(joinRun(run, text))
		}
	}
	return p
}

// joinRun writes a run of name words with single spaces.
func joinRun(run []nameWord, text string) string {
	parts := make([]string, len(run))
	for i, w := range run {
		parts[i] = strings.ReplaceAll(w.in(text), "’", "'")
	}
	return strings.Join(parts, " ")
}

// isEntity reports whether a run of words is a gazetteer entry or overlaps one.
func (p *people) isEntity(run []nameWord) bool {
	if len(run) == 0 {
		return true
	}
	return p.gazAt(run[0].start, run[len(run)-1].end) >= 0
}

// gazAt returns the index of a gazetteer match overlapping [from, to), or -1.
func (p *people) gazAt(from, to int) int {
	i := sort.Search(len(p.gaz), func(i int) bool { return p.gaz[i].End > from })
	if i < len(p.gaz) && p.gaz[i].Start < to {
		return i
	}
	return -1
}

// entity is a participant or place found near a trigger.
type entity struct {
	start, end int    // byte offsets in the article text
	name       string // canonical name
	place      bool   // a city, region or country that can be a location
	city       bool   // a city or region rather than a country
	country    string // the country a place belongs to
}

// entities fills e's participants and locations from the words around
// trigger m in its clause.
func entities(ec *eventContext, m triggerMatch, e *Event) {
	p := ec.people
	if p == nil {
		return
	}
	c := ec.c
	toks := c.toks
	cl := ec.clause[m.start]
	lo, hi := m.start, m.end
	for lo > 0 && ec.clause[lo-1] == cl && m.start-lo < 14 {
		lo--
	}
	for hi < len(toks) && ec.clause[hi] == cl && hi-m.end < 14 {
		hi++
	}
	from, to := toks[lo].start, toks[hi-1].end
	var ents []entity
	// gazetteer entries
	i := sort.Search(len(p.gaz), func(i int) bool { return p.gaz[i].End > from })
	for ; i < len(p.gaz) && p.gaz[i].Start < to; i++ {
		g := p.gaz[i]
		switch g.Entry.Kind {
		case gazetteer.Title, gazetteer.Honorific:
			continue
		}
		// "Russian Foreign Minister Sergei Lavrov": the demonym belongs to the title.
		if i+1 < len(p.gaz) && (p.gaz[i+1].Entry.Kind == gazetteer.Title) && strings.TrimSpace(c.text[g.End:p.gaz[i+1].Start]) == "" {
			continue
		}
		en := entity{start: g.Start, end: g.End, name: g.Entry.Name}
		switch g.Entry.Kind {
		case gazetteer.Country:
			if g.Entry.Demonym {
				en.name = g.Entry.Country
				if en.name == "" {
					en.name = g.Entry.Name
				}
			} else {
				en.place = true
				en.country = g.Entry.Name
			}
		case gazetteer.City, gazetteer.Region:
			en.place, en.city, en.country = true, true, g.Entry.Country
		}
		ents = append(ents, en)
	}
	// people
	ws := wordsIn(c.text, from, to)
	for k := 0; k < len(ws); k++ {
		if !capitalised(ws[k].in(c.text)) || p.gazAt(ws[k].start, ws[k].end) >= 0 {
			continue
		}
		run := nameRun(ws, k, c.text)
		for n := range run {
			if p.gazAt(run[n].start, run[n].end) >= 0 {
				run = run[:n]
				break
			}
		}
		if len(run) == 0 {
			continue
		}
		name := joinRun(run, c.text)
		last := strings.Fields(name)
		full, ok := p.full[last[len(last)-1]]
		switch {
		case ok && full != "":
			name = full
		case ok:
			// two people share the surname: keep what the text says
		case len(last) >= 2 && p.titled(run[0].start):
		case len(last) >= 2 && ec.prosePerson(run[0].start, run[len(run)-1].end):
		default:
			k += len(run) - 1
			continue
		}
		ents = append(ents, entity{start: run[0].start, end: run[len(run)-1].end, name: name})
		k += len(run) - 1
	}
	sort.SliceStable(ents, func(a, b int) bool { return ents[a].start < ents[b].start })
	kept := ents[:0]
	for _, en := range ents {
		switch {
		case m.tr.typ != Statement && speaker(c.text, en):
			// Who says something reports the event; it does not take part.
		case ec.triggerBetweenBytes(m, en.start, en.end):
			// A nearer trigger has the entity: "push for a ceasefire as
			// Kerry and Lavrov meet".
		case en.place && en.end <= toks[m.start].start && ec.triggerBefore(m, en.start):
			// An earlier trigger has it: "convening in Lausanne where they
			// will strive to end the attacks".
		default:
			kept = append(kept, en)
		}
	}
	ents = kept

	// Places after a location preposition, or right before the trigger
	// ("the Geneva talks"), or the object of a capture, are locations.
	trigStart, trigEnd := toks[m.start].start, toks[m.end-1].end
	var locs []entity
	for k, en := range ents {
		if !en.place {
			continue
		}
		// "in Geneva, Switzerland": the country after a place is a place.
		after := k > 0 && len(locs) > 0 && locs[len(locs)-1].start == ents[k-1].start &&
			strings.TrimSpace(c.text[ents[k-1].end:en.start]) == ","
		if after || isLocation(ec, m, en, trigStart, trigEnd) {
			locs = append(locs, en)
		}
	}
	// nearest first; a city makes its country redundant
	dist := func(en entity) int {
		if en.start >= trigEnd {
			return en.start - trigEnd
		}
		return 2 * (trigStart - en.end)
	}
	sort.SliceStable(locs, func(a, b int) bool { return dist(locs[a]) < dist(locs[b]) })
	isLoc := map[int]bool{}
	for _, l := range locs {
		isLoc[l.start] = true
		redundant := false
		for _, o := range locs {
			if o.city && !l.city && o.country == l.name {
				redundant = true
			}
		}
		if !redundant {
			e.Locations = union(e.Locations, []string{l.name})
		}
	}
	for _, en := range ents {
		if isLoc[en.start] {
			continue
		}
		// The object of an attack is its target, not a party to it.
		if en.start >= trigEnd && !linked(c.text[trigEnd:en.start], m.tr.verb && m.tr.typ != Offensive) {
			continue // "bombing, the US ambassador to the UN, Samantha Power"
		}
		name := en.name
		if en.city {
			if !en.place || en.country == "" {
				continue
			}
			// A capital standing for its government: "Moscow and Washington
			// agreed", but not "flew to Nairobi".
			if !p.capital(en) || afterPreposition(c.text[c.start:en.start]) {
				continue
			}
			name = en.country
		}
		e.Participants = union(e.Participants, []string{name})
	}
}

// linkWords join an event word to a participant after it: "talks with
// Russia", "strikes by Russia", "a meeting between Kerry and Lavrov".
var linkWords = map[string]bool{
	"with": true, "between": true, "by": true, "of": true, "among": true, "involving": true,
	"from": true, "and": true,
}

// linked reports whether the text between an event word and a name after
// it links the name to the event as a participant: the nearest link or
// stop word before the name is a link word, or for a verb there are only a
// few words ("met Lavrov", "attacked the Syrian army").
func linked(between string, verb bool) bool {
	ws := strings.Fields(between)
	if len(ws) == 0 {
		return verb
	}
	for i := len(ws) - 1; i >= 0; i-- {
		raw := strings.Trim(ws[i], ",.;:")
		w := lower(raw)
		switch {
		case w == "and" || w == "the" || w == "its" || w == "their" || raw == "" || capitalised(raw):
			continue // a list of names: "between Kerry and Lavrov"
		case linkWords[w]:
			return true
		}
		break
	}
	return verb && len(ws) <= 3
}

// speaker reports whether the entity is the subject of a verb of saying:
// "Kerry said", "said Kerry".
func speaker(text string, en entity) bool {
	for _, w := range strings.Fields(text[en.end:min(len(text), en.end+24)]) {
		w = lower(strings.Trim(w, ",."))
		if w == "" {
			continue
		}
		if isReporting(w) {
			return true
		}
		break
	}
	before := strings.Fields(text[max(0, en.start-12):en.start])
	if len(before) > 0 {
		switch lower(strings.Trim(before[len(before)-1], ",")) {
		case "said", "says", "told", "added":
			return true
		}
	}
	return false
}

// triggerBetweenBytes reports whether another accepted trigger of the
// sentence stands between m and the text [from, to).
func (ec *eventContext) triggerBetweenBytes(m triggerMatch, from, to int) bool {
	toks := ec.c.toks
	ms, me := toks[m.start].start, toks[m.end-1].end
	for _, o := range ec.trigs {
		if o.start == m.start {
			continue
		}
		os, oe := toks[o.start].start, toks[o.end-1].end
		if (os >= me && oe <= from) || (os >= to && oe <= ms) {
			return true
		}
	}
	return false
}

// triggerBefore reports whether another accepted trigger in m's clause
// ends before byte offset at.
func (ec *eventContext) triggerBefore(m triggerMatch, at int) bool {
	for _, o := range ec.trigs {
		if o.start != m.start && o.start < m.start && ec.clause[o.start] == ec.clause[m.start] && ec.c.toks[o.end-1].end <= at {
			return true
		}
	}
	return false
}

// prosePerson reports whether prose's entity tagger takes the text between
// byte offsets from and to for a person.
func (ec *eventContext) prosePerson(from, to int) bool {
	c := ec.c
	if !ec.entsOK {
		ec.entsOK = true
		if c.nlp != nil {
			ec.ents = c.nlp.Entities(c.text[c.start:c.end])
		}
	}
	for _, e := range ec.ents {
		s, t := c.start+e.Start, c.start+e.End
		if e.Label == "PERSON" && s < to && from < t {
			return true
		}
	}
	return false
}

// afterPreposition reports whether text ends with a preposition.
func afterPreposition(text string) bool {
	ws := strings.Fields(text)
	return len(ws) > 0 && locationPreps[lower(ws[len(ws)-1])]
}

// titled reports whether a title ends right before byte offset at.
func (p *people) titled(at int) bool {
	i := sort.Search(len(p.gaz), func(i int) bool { return p.gaz[i].End > at-3 })
	for ; i < len(p.gaz) && p.gaz[i].End <= at; i++ {
		k := p.gaz[i].Entry.Kind
		if (k == gazetteer.Title || k == gazetteer.Honorific) && strings.TrimSpace(p.text[p.gaz[i].End:at]) == "" {
			return true
		}
	}
	return false
}

// capital reports whether the city entity is a national capital.
func (p *people) capital(en entity) bool {
	if i := p.gazAt(en.start, en.end); i >= 0 {
		return p.gaz[i].Entry.Capital
	}
	return false
}

// isLocation reports whether place en is where m's event happened.
func isLocation(ec *eventContext, m triggerMatch, en entity, trigStart, trigEnd int) bool {
	c := ec.c
	// the word before the place, skipping "the" and rebel-held-style modifiers
	before := strings.TrimRight(c.text[c.start:en.start], " \t\n")
	ws := strings.Fields(before)
	prep := ""
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := strings.Trim(lower(ws[k]), ",")
		if w == "the" || w == "eastern" || w == "western" || w == "northern" || w == "southern" || w == "central" || strings.HasSuffix(w, "-held") || strings.HasSuffix(w, "-controlled") || w == "besieged" || w == "city" {
			continue
		}
		prep = w
		break
	}
	if en.start >= trigEnd && len(strings.Fields(c.text[trigEnd:en.start])) > 8 {
		return false // too far after the event word: "a meeting is to arrange for Assad to leave power in Syria"
	}
	switch prep {
	case "in", "at", "near", "outside", "around", "across", "inside", "throughout", "into":
		return true
	case "to":
		return m.tr.typ == Meeting || m.tr.typ == Aid
	case "from":
		return m.tr.typ == Aid
	case "on", "of", "against", "over":
		return m.tr.typ == Offensive || m.tr.typ == Aid
	case "hit", "hits", "struck", "pounded", "pound", "pounds", "targeted", "targeting", "battered",
		"hammered", "rocked", "bombarded", "shook":
		// "dozens of airstrikes hit eastern Aleppo": the place the attack
		// named by its subject struck
		return m.tr.typ == Offensive && en.start >= trigEnd && len(strings.Fields(c.text[trigEnd:en.start])) <= 4
	}
	// "the Geneva talks", "Aleppo offensive"
	if en.end <= trigStart && strings.TrimSpace(c.text[en.end:trigStart]) == "" {
		return true
	}
	// "recaptured Raqqa", "bombed Aleppo"
	if m.tr.verb && en.start >= trigEnd && strings.TrimSpace(c.text[trigEnd:en.start]) == "" {
		return m.tr.typ == Offensive
	}
	return false
}
