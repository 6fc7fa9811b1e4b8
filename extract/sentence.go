package extract

import (
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/internal/nlp"
)

// tagger is what the resolver needs from a language toolkit: sentence
// boundaries and part-of-speech tags. The prose-backed implementation is
// in internal/nlp; its types never leave this package.
type tagger interface {
	Sentences(text string) []nlp.Span
	Tag(sentence string) []nlp.Token
	Entities(sentence string) []nlp.Entity
}

var _ tagger = (*nlp.Prose)(nil)

// sentence is the context one expression is resolved in: its sentence's
// tokens, lazily computed part-of-speech tags, the publication date and
// what the article said before.
type sentence struct {
	text       string    // the whole article text
	start, end int       // byte range of the sentence in text
	toks       []token   // the sentence's tokens
	pub        time.Time // publication date; zero when unknown
	nlp        tagger    // tags on demand
	doc        *document // expressions resolved earlier in the article

	tags         []posTok       // part-of-speech tags of tokens [tagLo, tagHi)
	tagged       bool           // tags has been computed
	tagLo, tagHi int            // the tagged window, in token indices
	quotes       func(int) bool // quotation state by byte offset into the sentence
	rule         string         // rule name chosen while resolving, overriding the match's
	inSent       []Timex        // expressions resolved earlier in this sentence
}

// document is what resolution remembers across the sentences of one article.
type document struct {
	ref      time.Time   // start of the last day-, month-, quarter- or year-level date mentioned
	refGran  string      // its granularity: day, month, quarter, year
	quarters []time.Time // starts of the quarters mentioned, in order
}

// noteRule records the specific rule that resolved the current expression.
func (c *sentence) noteRule(name string) { c.rule = name }

// posTags returns part-of-speech tags covering at least the tokens [from,
// to) of the sentence and a window of words around them, tagging lazily:
// the tagger is the costliest step of resolution, so only the part of a
// sentence that can hold the governing verb is tagged, once.
func (c *sentence) posTags(from, to int) []posTok {
	lo, hi := max(0, from-tagWindowBefore), min(len(c.toks), to+tagWindowAfter)
	if c.tagged && lo >= c.tagLo && hi <= c.tagHi {
		return c.tags
	}
	if c.tagged {
		lo, hi = min(lo, c.tagLo), max(hi, c.tagHi)
	}
	c.tagged, c.tagLo, c.tagHi = true, lo, hi
	if c.nlp == nil || lo >= hi {
		return nil
	}
	if c.quotes == nil {
		c.quotes = quoteState(c.text[c.start:c.end])
	}
	base := c.toks[lo].start
	raw := c.nlp.Tag(c.text[base:c.toks[hi-1].end])
	tags := make([]posTok, 0, len(raw))
	for _, t := range raw {
		low := lower(t.Text)
		tag := fixTag(tags, low, t.Tag)
		tags = append(tags, posTok{low: low, tag: tag, start: base + t.Start, end: base + t.End, quoted: c.quotes(base + t.Start - c.start)})
	}
	c.tags = tags
	return tags
}

// The tagged window around an expression, in words: enough for the verb
// group that governs it, which news puts close by.
const (
	tagWindowBefore = 16
	tagWindowAfter  = 10
)

// fixTag corrects the part-of-speech tagger's commonest slips on news
// verbs, given the tokens tagged so far: past forms read as present
// ("protesters prayed/VBP", "rebels retook/VBP"), forms shared by past and
// present read as present ("rebels hit/VBP the convoy"), and base verbs after
// their subject read as nouns or adjectives ("the talks open/JJ Monday").
func fixTag(prev []posTok, low, tag string) string {
	switch {
	case (tag == "VBP" || tag == "VBZ") && len(low) > 4 && strings.HasSuffix(low, "ed"):
		return "VBD"
	case (tag == "VBP" || tag == "NN" || tag == "JJ") && pastIrregular[low]:
		return "VBD"
	case tag == "VBP" && samePastPresent[low]:
		return "VBD" // news narrates: "rebels hit the convoy Friday"
	case (tag == "NN" || tag == "JJ") && baseVerbs[low] && len(prev) > 0:
		if p := prev[len(prev)-1].tag; p == "NNS" || p == "NNP" || p == "NNPS" || p == "PRP" {
			return "VBP"
		}
	}
	return tag
}

// samePastPresent are verbs whose past tense is spelled as their present.
var samePastPresent = map[string]bool{
	"hit": true, "cut": true, "put": true, "set": true, "let": true, "hurt": true, "shut": true,
	"cost": true, "quit": true, "spread": true, "bid": true, "burst": true, "cast": true, "shed": true,
	"split": true, "struck": true, "upset": true,
}

// baseVerbs are verbs of scheduled news events the tagger reads as nouns
// after a plural or proper subject: "Kerry and Lavrov meet/NN Sunday".
var baseVerbs = map[string]bool{
	"meet": true, "open": true, "begin": true, "start": true, "resume": true, "hold": true, "visit": true,
	"arrive": true, "leave": true, "vote": true, "sign": true, "travel": true, "return": true,
	"convene": true, "gather": true, "end": true, "close": true, "talk": true, "fly": true, "head": true,
}

// quoteState returns a function reporting whether byte offset i of s is
// inside quotation marks. Curly quotes nest by direction; straight double
// quotes toggle.
func quoteState(s string) func(int) bool {
	type change struct {
		at int
		in bool
	}
	var changes []change
	in := false
	for i, r := range s {
		switch r {
		case '“':
			in = true
		case '”':
			in = false
		case '"':
			in = !in
		default:
			continue
		}
		changes = append(changes, change{i, in})
	}
	return func(i int) bool {
		state := false
		for _, ch := range changes {
			if ch.at > i {
				break
			}
			state = ch.in
		}
		return state
	}
}

// tenseAt decides the tense governing the expression over tokens [start, end).
func (c *sentence) tenseAt(start, end int) tense {
	tn, _ := c.tenseNear(start, end)
	return tn
}

// tenseNear is tenseAt that also says whether the verb that decided the
// tense stands within four words of the expression, close enough to trust
// it over the nearest occurrence of a month or day.
func (c *sentence) tenseNear(start, end int) (tense, bool) {
	if tn, ok := c.lexicalTense(start); ok {
		return tn, true
	}
	tagTo := end
	if c.opening(start, end) {
		// "In January, a week after the anniversary of ..., a bomb
		// killed": an opening phrase takes the tense of the main clause,
		// which a long subject may put far to the right
		tagTo = end + openingReach
	}
	tags := c.posTags(start, min(tagTo, len(c.toks)))
	if len(tags) == 0 {
		return tenseUnknown, false
	}
	from, to := c.toks[start].start, c.toks[end-1].end
	k, kEnd := len(tags), len(tags)
	for i, t := range tags {
		if t.end > from && k == len(tags) {
			k = i
		}
		if t.start >= to {
			kEnd = i
			break
		}
	}
	tn, v := tenseOf(tags, k, kEnd)
	near := v >= 0 && (v < k && k-v <= 4 || v >= kEnd && v-kEnd < 4)
	return tn, near
}

// openingReach is how many words past an opening phrase the tagger looks
// for the verb of the main clause.
const openingReach = 30

// opening reports whether tokens [start, end) are the time of an opening
// phrase set off by a comma: "In January, ...", "On Tuesday, ...".
func (c *sentence) opening(start, end int) bool {
	if start > 1 || start == 1 && c.toks[0].kind != tokWord {
		return false
	}
	return end < len(c.toks) && c.toks[end].low == ","
}

// lexicalTense decides the tense without the tagger in news's commonest
// constructions: an expression right after a past reporting verb ("Lavrov
// said Friday", "told reporters on Monday" is not one) or after "will" and
// a verb ("will meet Friday").
func (c *sentence) lexicalTense(start int) (tense, bool) {
	j := start - 1
	if j >= 0 && (c.toks[j].low == "on" || c.toks[j].low == ",") {
		j--
	}
	if j < 0 || c.toks[j].kind != tokWord {
		return tenseUnknown, false
	}
	if reportingVerbs[c.toks[j].low] {
		return tensePast, true
	}
	if j >= 1 && (c.toks[j-1].low == "will" || c.toks[j-1].low == "shall") && !c.toks[j].upper {
		return tenseFuture, true
	}
	return tenseUnknown, false
}

// reference returns the last date the article mentioned before this
// expression, for "a year earlier" and "the next day".
func (c *sentence) reference() (time.Time, string, bool) {
	if c.doc == nil || c.doc.ref.IsZero() {
		return time.Time{}, "", false
	}
	return c.doc.ref, c.doc.refGran, true
}

// quarterContext returns the quarter the article is reporting on, when it
// has named one, so "a year ago" in a report of quarterly results means the
// same quarter a year before. That is the last quarter named that had ended
// by publication: "a fourth-quarter charge" forecast in October is not the
// period reported on.
func (c *sentence) quarterContext() (time.Time, bool) {
	if c.doc == nil {
		return time.Time{}, false
	}
	for i := len(c.doc.quarters) - 1; i >= 0; i-- {
		if q := c.doc.quarters[i]; c.pub.IsZero() || !q.AddDate(0, 3, 0).After(c.pub) {
			return q, true
		}
	}
	return time.Time{}, false
}

// storyDay returns the day the story is about at this point: the last day
// the article named, else the publication date.
func (c *sentence) storyDay() time.Time {
	if r, g, ok := c.reference(); ok && g == "day" {
		return r
	}
	return c.pub
}

// remember updates the document reference with a resolved expression.
func (d *document) remember(t Timex) {
	if t.Type != Date && t.Type != Time || t.Date == nil || t.Date.Start == "" {
		return
	}
	if t.Rule == "overnight" {
		return // the night before the story's day, which stays the story's day
	}
	g := ""
	switch t.Date.Granularity {
	case Day, PartOfDay:
		g = "day"
	case Month:
		g = "month"
	case Quarter:
		g = "quarter"
		if strings.Contains(t.Value, "-Q") && t.Rule == "quarter" && !strings.Contains(strings.ToLower(t.Text), "year") {
			if s, err := time.Parse(time.DateOnly, t.Date.Start); err == nil {
				d.quarters = append(d.quarters, s)
			}
		}
	case Year:
		g = "year"
	default:
		return
	}
	if s, err := time.Parse(time.DateOnly, t.Date.Start); err == nil {
		d.ref, d.refGran = s, g
	}
}
