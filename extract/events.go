package extract

import (
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/internal/nlp"
)

// Event mentions are found per sentence, after its time expressions:
//
//  1. triggers: words and phrases from the trigger lexicon, checked against
//     part-of-speech tags ("offensive" must be a noun, "met" a verb) and
//     against the readings that are no event ("meet the demands", "heart
//     attack", "tired of these meetings", "bombed an aid convoy");
//  2. status: cues in the trigger's clause before it ("will", "called for",
//     "broke off") or after it ("were suspended"); a negated event ("failed
//     to launch air strikes") is dropped;
//  3. date: the time expression that governs the trigger, in its clause and
//     not owned by a verb of saying ("said Friday" dates the saying); a
//     headline or lead with none takes the publication date;
//  4. participants and location, from the gazetteers and the people the
//     article names (see entities.go).

// triggerMatch is a trigger found in a sentence, in token indices.
type triggerMatch struct {
	start, end int       // tokens [start, end) of the trigger
	tr         trigger   // the reading accepted
	alts       []trigger // the readings of the words, noun and verb
}

// eventContext is what the event finder knows about one sentence.
type eventContext struct {
	c       *sentence
	timexes []Timex // the sentence's time expressions
	tmxTok  [][2]int
	clause  []int          // clause number of each token
	words   []string       // lower-case tokens
	inTimex []bool         // token belongs to a time expression
	lead    bool           // the sentence is a headline or the article's lead
	pub     time.Time      // publication date, zero when unknown
	people  *people        // persons the article names
	trigs   []triggerMatch // every trigger found in the sentence
	ents    []nlp.Entity   // prose's named entities, computed on demand
	entsOK  bool           // ents has been computed
	types   [numTypes]bool
}

// numTypes is the number of event types.
const numTypes = int(Statement) + 1

// sentenceEvents appends the event mentions of sentence c, whose time
// expressions are timexes, to out.
func (x *Extractor) sentenceEvents(out []Event, c *sentence, timexes []Timex, lead bool, ppl *people) []Event {
	matches := findTriggers(c.toks, &x.types)
	if len(matches) == 0 {
		return out
	}
	ec := &eventContext{c: c, timexes: timexes, lead: lead, pub: c.pub, people: ppl}
	ec.prepare()
	first := len(out)
	// Accept triggers and decide their status first: the accepted triggers
	// compete for the sentence's time expressions.
	type accepted struct {
		m      triggerMatch
		status Status
	}
	var acc []accepted
	prev := -1 // end of the previous accepted trigger, in tokens
	for _, m := range matches {
		ok := false
		for _, tr := range m.alts {
			m.tr = tr
			if ok = ec.accept(m); ok {
				break
			}
		}
		if !ok {
			continue
		}
		status, ok := ec.status(m, prev)
		prev = m.end
		if ok {
			acc = append(acc, accepted{m, status})
		}
	}
	ec.trigs = ec.trigs[:0]
	for _, a := range acc {
		ec.trigs = append(ec.trigs, a.m)
	}
	for _, a := range acc {
		m, status := a.m, a.status
		e := Event{
			Type:         m.tr.typ,
			Status:       status,
			Trigger:      c.text[c.toks[m.start].start:c.toks[m.end-1].end],
			TriggerStart: c.toks[m.start].start,
			TriggerEnd:   c.toks[m.end-1].end,
			Sentence:     c.text[c.start:c.end],
			Start:        c.start,
			End:          c.end,
			Participants: []string{},
			Locations:    []string{},
		}
		e.Time = ec.date(m)
		if e.Status == Occurred && e.Time != nil && !c.pub.IsZero() && e.Time.Date.Start > c.pub.Format(time.DateOnly) {
			e.Status = Planned
		}
		entities(ec, m, &e)
		// "dozens of airstrikes hit Aleppo overnight, and the airstrikes
		// ended by mid-morning": a definite repeat of an earlier trigger
		// of the sentence points back to its event, whatever time it
		// carries itself
		if m.start > 0 && (c.toks[m.start-1].low == "the" || c.toks[m.start-1].low == "those" || c.toks[m.start-1].low == "these") {
			if ante := antecedent(out[first:], e); ante != nil {
				ante.Participants, ante.Locations = union(ante.Participants, e.Participants), union(ante.Locations, e.Locations)
				continue
			}
		}
		// One sentence naming one event twice ("launched a counter-attack
		// as it recaptured Raqqa") is one mention.
		if dup := sameMention(out[first:], e); dup != nil {
			mergeMention(dup, e)
			continue
		}
		out = append(out, e)
	}
	return out
}

// findTriggers returns the triggers in toks of the wanted types, left to
// right, longest first, without overlaps.
func findTriggers(toks []token, types *[numTypes]bool) []triggerMatch {
	var out []triggerMatch
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tokWord {
			continue
		}
		var found triggerMatch
		for _, tr := range triggers[toks[i].low] {
			if !types[tr.typ] {
				continue
			}
			end, ok := matchWords(toks, i, tr.words)
			switch {
			case !ok || (found.alts != nil && end < found.end):
				continue
			case found.alts == nil || end > found.end:
				found = triggerMatch{start: i, end: end, alts: []trigger{tr}}
			default:
				found.alts = append(found.alts, tr)
			}
		}
		if found.alts != nil {
			out = append(out, found)
			i = found.end - 1
		}
	}
	return out
}

// matchWords reports whether words match toks from i on, a hyphen between
// two words allowed ("cease-fire"), and returns the end of the match.
func matchWords(toks []token, i int, words []string) (int, bool) {
	j := i
	for k, w := range words {
		if k > 0 && j < len(toks) && toks[j].text == "-" && !toks[j].space && j+1 < len(toks) && !toks[j+1].space {
			j++
		}
		if j >= len(toks) || toks[j].low != w {
			return 0, false
		}
		j++
	}
	// A word continuing with a hyphen is another word: "attack-proof".
	if j < len(toks) && toks[j].text == "-" && !toks[j].space && j+1 < len(toks) && toks[j+1].kind == tokWord && !toks[j+1].space {
		return 0, false
	}
	return j, true
}

// prepare computes the sentence's clauses and time expression positions.
func (ec *eventContext) prepare() {
	toks := ec.c.toks
	ec.words = make([]string, len(toks))
	ec.inTimex = make([]bool, len(toks))
	ec.clause = make([]int, len(toks))
	for i, t := range toks {
		ec.words[i] = t.low
	}
	for _, t := range ec.timexes {
		lo, hi := -1, -1
		for i, tk := range toks {
			if tk.start >= t.Start && tk.end <= t.End {
				if lo < 0 {
					lo = i
				}
				hi = i + 1
				ec.inTimex[i] = true
			}
		}
		ec.tmxTok = append(ec.tmxTok, [2]int{lo, hi})
	}
	quotes := quoteState(ec.c.text[ec.c.start:ec.c.end])
	n := 0
	prevQuoted := false
	for i, t := range toks {
		q := quotes(t.start - ec.c.start)
		switch {
		case i > 0 && q != prevQuoted:
			n++
		case t.text == ";" || t.text == "(" || t.text == "—" || t.text == "–":
			n++
		case clauseWords[t.low] && i > 0 && (toks[i-1].text == "," || t.low == "but" || t.low == "while" || t.low == "whereas"):
			n++
		case i > 0 && toks[i-1].text == ")":
			n++
		}
		prevQuoted = q
		ec.clause[i] = n
	}
}

// tag returns the part-of-speech tag of token i, or "" if unknown. The
// whole sentence is tagged, once, when a trigger first needs a tag: the
// tagger is the costliest step, and a sentence whose triggers are settled
// without it is not tagged at all.
func (ec *eventContext) tag(i int) string {
	tags := ec.c.posTags(0, len(ec.c.toks))
	t := ec.c.toks[i]
	for _, p := range tags {
		if p.start <= t.start && t.start < p.end || p.start == t.start {
			return p.tag
		}
	}
	return ""
}

// accept reports whether trigger m names an event in its context. The
// checks that need no part-of-speech tags come first.
func (ec *eventContext) accept(m triggerMatch) bool {
	w := ec.words
	before := func(k int) string {
		if m.start-k >= 0 {
			return w[m.start-k]
		}
		return ""
	}
	head := w[m.start]
	last := w[m.end-1]
	if m.tr.verb && strings.HasSuffix(last, "ing") && m.end < len(w) && gerundHeads[w[m.end]] {
		return false
	}
	// A noun modifying another noun names no event: "bombing victims",
	// "aid workers"; "ceasefire agreement" and "peace talks" still do.
	if m.end < len(w) && modifiedNouns[w[m.end]] {
		return false
	}
	// A plural after "these", "such": a kind of event, not one.
	if strings.HasSuffix(last, "s") && genericDeterminers[before(1)] {
		return false
	}
	switch m.tr.head {
	case "meeting":
		// "meet the demands", "met with criticism", "meeting of the minds"
		for j := m.end; j < len(w) && j < m.end+4; j++ {
			if notMeetingObjects[w[j]] {
				return false
			}
			switch w[j] {
			case "with", "the", "its", "their", "his", "her", "of", "our", "all", "a", "an":
				continue
			}
			break
		}
	case "offensive":
		// "a significant offensive", "launch offensive", not "called the
		// remarks offensive"
		if p := before(1); !offensiveBefore[p] && !strings.HasPrefix(p, "launch") {
			if m.start == 0 {
				return false // no word before to tell: "Offensive on Aleppo resumes"
			}
			if t := ec.tag(m.start - 1); !(t == "JJ" || t == "VBN" || t == "NNP" || t == "POS") {
				return false
			}
		}
	case "assault":
		if notAttackBefore[before(1)] || before(1) == "sexual" {
			return false
		}
	case "chemical attack":
		if last == "weapons" && !ec.near(m, 4, "used", "use", "using", "uses") {
			return false
		}
	case "aid delivery":
		if (head == "convoy" || head == "convoys") && !ec.near(m, 12, "aid", "relief", "humanitarian", "food", "medical", "supplies") {
			return false
		}
	}
	switch m.tr.pos {
	case nounPOS:
		if !ec.nounAt(m.end - 1) {
			return false
		}
	case verbPOS:
		tag := ec.tag(m.start)
		if tag != "" && !strings.HasPrefix(tag, "VB") {
			return false
		}
	}
	if (!m.tr.verb || ec.tag(m.end-1) == "NN") && m.end < len(w) && ec.c.toks[m.end].kind == tokWord && !ec.c.toks[m.end].upper && !eventHeads[w[m.end]] {
		if t := ec.tag(m.end); t == "NN" || t == "NNS" {
			return false
		}
	}
	return true
}

// nounAt reports whether token i is a noun. The tagger misreads nouns in
// headlines ("Rebels launch offensive/VBP on Idlib"), so anything but an
// adjective, adverb or function word counts; an adjective counts when it
// neither modifies a following noun ("offensive weapons") nor describes a
// preceding one ("called the remarks offensive").
func (ec *eventContext) nounAt(i int) bool {
	tag := ec.tag(i)
	switch {
	case tag == "" || strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "VB"):
		return true
	case tag != "JJ":
		return false
	}
	if i+1 < len(ec.words) && ec.c.toks[i+1].kind == tokWord {
		if next := ec.tag(i + 1); strings.HasPrefix(next, "NN") || next == "JJ" {
			return false
		}
	}
	if i > 0 {
		if prev := ec.tag(i - 1); prev == "NN" || prev == "NNS" {
			return false
		}
	}
	return true
}

// near reports whether one of words is within n tokens of m, in its clause.
func (ec *eventContext) near(m triggerMatch, n int, words ...string) bool {
	cl := ec.clause[m.start]
	for j := max(0, m.start-n); j < min(len(ec.words), m.end+n); j++ {
		if ec.clause[j] != cl || (j >= m.start && j < m.end) {
			continue
		}
		for _, w := range words {
			if ec.words[j] == w {
				return true
			}
		}
	}
	return false
}

// status decides what m's context says became of its event; ok is false
// when the event did not happen at all. prev is the end of the previous
// trigger in the sentence: cues before it belong to it.
func (ec *eventContext) status(m triggerMatch, prev int) (Status, bool) {
	before := ec.window(m.start, -8, prev)
	after := ec.window(m.end, 6, -1)
	if hasCue(lastN(before, 3), negationCues) {
		return 0, false
	}
	if m.tr.typ == Aid && hasCue(ec.window(m.start, -6, -1), attackCues) {
		return 0, false
	}
	switch {
	case hasCue(before, failedCues) || hasCue(after, failedCues):
		return Failed, true
	case m.tr.typ == Ceasefire && (hasCue(before, truceEndedCues) || hasCue(after, truceEndedCues)):
		return Failed, true
	case hasCue(before, proposedCues):
		return Proposed, true
	case hasCue(before, plannedCues):
		return Planned, true
	}
	return Occurred, true
}

// window returns up to n lower-case words from token i in the direction of
// n's sign, within i's clause, skipping time expressions and stopping at
// stop (a token index) and at conjunctions that start a new event.
func (ec *eventContext) window(i, n, stop int) []string {
	var out []string
	if n < 0 {
		if i == 0 {
			return nil
		}
		cl := ec.clause[i-1]
		if i < len(ec.clause) {
			cl = ec.clause[i]
		}
		for j := i - 1; j >= 0 && j >= stop && len(out) < -n; j-- {
			if ec.clause[j] != cl {
				break
			}
			if ec.inTimex[j] || ec.c.toks[j].kind == tokPunct && ec.c.toks[j].text != "'" {
				continue
			}
			if stopWords[ec.words[j]] {
				break
			}
			out = append(out, ec.words[j])
		}
		// reverse into text order
		for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
			out[l], out[r] = out[r], out[l]
		}
		return out
	}
	if i >= len(ec.words) {
		return nil
	}
	cl := ec.clause[i]
	for j := i; j < len(ec.words) && len(out) < n; j++ {
		if ec.clause[j] != cl {
			break
		}
		if ec.inTimex[j] || ec.c.toks[j].kind == tokPunct {
			continue
		}
		if stopWords[ec.words[j]] {
			break
		}
		out = append(out, ec.words[j])
	}
	return out
}

// stopWords start a clause of their own inside a sentence: cues beyond
// them do not reach the trigger.
var stopWords = map[string]bool{
	"as": true, "after": true, "before": true, "when": true, "since": true, "until": true,
	"while": true, "because": true, "following": true, "amid": true, "despite": true, "whereas": true,
}

// lastN returns the last n words of ws.
func lastN(ws []string, n int) []string {
	if len(ws) > n {
		return ws[len(ws)-n:]
	}
	return ws
}

// cueSet is a list of cues, each one word or several, filed by first word.
type cueSet map[string][][]string

// newCues files cues by their first word.
func newCues(cues ...string) cueSet {
	set := cueSet{}
	for _, c := range cues {
		parts := strings.Fields(c)
		set[parts[0]] = append(set[parts[0]], parts[1:])
	}
	return set
}

// hasCue reports whether one of cues occurs as a run of words in ws.
func hasCue(ws []string, cues cueSet) bool {
	for i, w := range ws {
	next:
		for _, rest := range cues[w] {
			if i+1+len(rest) > len(ws) {
				continue
			}
			for k, p := range rest {
				if ws[i+1+k] != p {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// date returns the time of m's event: the time expression governing the
// trigger, else the publication date for a headline or lead, else nil.
func (ec *eventContext) date(m triggerMatch) *EventTime {
	best, bestScore := -1, 1<<30
	cl := ec.clause[m.start]
	for k, t := range ec.timexes {
		if !onCalendar(t) {
			continue
		}
		lo, hi := ec.tmxTok[k][0], ec.tmxTok[k][1]
		if lo < 0 || ec.clause[lo] != cl {
			continue
		}
		if m.tr.typ != Statement && ec.ownedBySaying(lo, hi) {
			continue
		}
		if ec.triggerBetween(m, lo, hi) {
			continue // "held discussions before the conference to be held on 22 January"
		}
		if hi <= m.start && ec.stopBetween(hi, m.start) {
			continue // "headed Tuesday to Africa after the bombings"
		}
		var d int
		switch {
		case lo >= m.end:
			d = lo - m.end
		case hi <= m.start:
			d = 2*(m.start-hi) + 1 // after the trigger is likelier
		default:
			continue
		}
		if d > 24 {
			continue
		}
		if d < bestScore {
			best, bestScore = k, d
		}
	}
	if best >= 0 {
		t := ec.timexes[best]
		return &EventTime{Text: t.Text, Value: t.Value, Rule: t.Rule, Date: *t.Date}
	}
	// A headline or lead without a date of its own tells of the day it
	// was published; when the sentence dates something else, its other
	// events are background ("finished talks interrupted by the bombing").
	if ec.lead && !ec.pub.IsZero() && !ec.hasDate() {
		d := ec.pub.Format(time.DateOnly)
		return &EventTime{Value: d, Rule: "publication-date", Date: Span{Start: d, End: d, Granularity: Day}}
	}
	return nil
}

// stopBetween reports whether a word starting a clause of its own ("as",
// "after", "following") is among tokens [lo, hi).
func (ec *eventContext) stopBetween(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if stopWords[ec.words[j]] {
			return true
		}
	}
	return false
}

// hasDate reports whether the sentence holds a time expression with a
// date on the calendar.
func (ec *eventContext) hasDate() bool {
	return slices.ContainsFunc(ec.timexes, onCalendar)
}

// onCalendar reports whether t can date an event: a date or time with a
// known extent, not a duration, a set or PAST_REF.
func onCalendar(t Timex) bool {
	return t.Date != nil && (t.Type == Date || t.Type == Time) && t.Date.Granularity != Unknown && t.Date.Granularity != Ref
}

// triggerBetween reports whether another trigger stands between m and the
// tokens [lo, hi): the nearer trigger governs the expression.
func (ec *eventContext) triggerBetween(m triggerMatch, lo, hi int) bool {
	for _, o := range ec.trigs {
		if o.start == m.start {
			continue
		}
		if (o.start >= m.end && o.end <= lo) || (o.start >= hi && o.end <= m.start) {
			return true
		}
	}
	return false
}

// ownedBySaying reports whether the time expression at tokens [lo, hi)
// dates a verb of saying rather than an event: "said Friday", "Friday
// said", "reported Friday morning that".
func (ec *eventContext) ownedBySaying(lo, hi int) bool {
	if lo > 0 && isReporting(ec.words[lo-1]) {
		return true
	}
	if lo > 1 && ec.words[lo-1] == "on" && isReporting(ec.words[lo-2]) {
		return true
	}
	if hi < len(ec.words) {
		switch ec.words[hi] {
		case "said", "says", "told", "announced":
			return true
		}
	}
	return false
}

// sameMention returns the mention in ms that e repeats: of e's type, and
// with the same date or no date of its own. One sentence seldom reports two
// events of one kind: "launched a counter-attack as it recaptured Raqqa".
func sameMention(ms []Event, e Event) *Event {
	for i := range ms {
		m := &ms[i]
		if m.Type != e.Type {
			continue
		}
		if explicit(m.Time) && explicit(e.Time) && m.Time.Value != e.Time.Value {
			continue
		}
		return m
	}
	return nil
}

// antecedent returns the earlier mention of ms that names e's event with
// the same trigger word, or nil.
func antecedent(ms []Event, e Event) *Event {
	for i := range ms {
		if ms[i].Type == e.Type && strings.EqualFold(ms[i].Trigger, e.Trigger) {
			return &ms[i]
		}
	}
	return nil
}

// explicit reports whether t comes from a time expression of the sentence.
func explicit(t *EventTime) bool { return t != nil && t.Rule != "publication-date" }

// mergeMention folds e into the earlier mention m of the same sentence:
// the mention with a time expression of its own leads.
func mergeMention(m *Event, e Event) {
	parts, locs := union(m.Participants, e.Participants), union(m.Locations, e.Locations)
	if !explicit(m.Time) && explicit(e.Time) {
		*m = e
	}
	m.Participants, m.Locations = parts, locs
}

// union appends to a the strings of b it lacks.
func union(a, b []string) []string {
	for _, t := range b {
		if !slices.Contains(a, t) {
			a = append(a, t)
		}
	}
	return a
}
