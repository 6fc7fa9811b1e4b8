package extract

import "strings"

// tense is the time a clause refers to, relative to publication.
type tense int

const (
	tenseUnknown tense = iota // no verb decides it
	tensePast                 // past tense, perfect or a reporting verb: "said Friday"
	tenseFuture               // future, modal, scheduled or present progressive: "are meeting Saturday"
	tensePresent              // present simple: future for a weekday ("talks open Monday"), no guide for a month
)

func (t tense) String() string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	case tensePresent:
		return "present"
	}
	return "unknown"
}

// posTok is a part-of-speech tagged token with byte offsets into the article text.
type posTok struct {
	low        string // lower-cased token
	tag        string // Penn Treebank tag
	start, end int    // byte offsets into the article text
	quoted     bool   // inside quotation marks
}

// isVerb reports whether the tag is a verb or modal.
func isVerb(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// futureModals put the clause that holds them in the future. "could",
// "might" and "can" do not: "could not be located Wednesday".
var futureModals = map[string]bool{
	"will": true, "wo": true, "'ll": true, "ll": true, "shall": true, "would": true,
	"may": true, "should": true, "must": true, "'d": true,
}

// intentionVerbs govern an infinitive that refers to the future: "plans to
// meet Friday".
var intentionVerbs = map[string]bool{
	"plan": true, "plans": true, "planned": true, "planning": true, "intend": true, "intends": true,
	"intended": true, "expect": true, "expects": true, "expected": true, "hope": true, "hopes": true,
	"hoped": true, "aim": true, "aims": true, "going": true, "want": true, "wants": true, "agreed": true,
	"agree": true, "agrees": true, "decided": true, "scheduled": true, "set": true, "due": true,
	"prepared": true, "preparing": true, "vowed": true, "vows": true, "promised": true, "promises": true,
	"pledged": true, "threatened": true, "threatens": true, "likely": true, "ready": true, "poised": true,
	"slated": true, "seeks": true, "seeking": true, "wish": true, "wishes": true, "about": true,
	// nouns of intention: "an agreement to acquire the bank in January"
	"agreement": true, "deal": true, "proposal": true, "offer": true, "pledge": true,
	"promise": true, "intention": true, "commitment": true, "timetable": true, "deadline": true,
}

// intentionBefore returns the tense an infinitive before the verb at i
// takes from the verb or adjective of intention that governs it: future,
// or past when that verb is itself under a past auxiliary ("had been due
// to expire Friday"); unknown when no verb of intention governs it.
func intentionBefore(tags []posTok, i int) tense {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if tags[j].tag != "TO" && tags[j].low != "to" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-2; k-- {
			if intentionVerbs[tags[k].low] {
				if strings.HasSuffix(tags[k].low, "ing") {
					return tenseFuture // "were planning to drive Monday"
				}
				for a := k - 1; a >= 0 && a >= k-3; a-- {
					switch w := tags[a].low; {
					case w == "had" || (w == "was" || w == "were") && scheduleWords[tags[k].low]:
						return tensePast
					case beForms[w] || havePresent[w] || tags[a].tag == "RB":
						continue
					}
					break
				}
				return tenseFuture
			}
			if tags[k].tag != "RB" {
				break
			}
		}
		return tenseUnknown
	}
	return tenseUnknown
}

// scheduleWords, as the verb of a clause, put its time in the future:
// "talks scheduled for Friday", "a vote set for Tuesday".
var scheduleWords = map[string]bool{
	"scheduled": true, "slated": true, "set": true, "due": true, "expected": true,
	"planned": true, "poised": true, "supposed": true, "rescheduled": true, "postponed": true,
	"upcoming": true,
}

var beForms = map[string]bool{
	"is": true, "are": true, "am": true, "'s": true, "'re": true, "'m": true,
	"was": true, "were": true, "be": true, "been": true, "being": true,
}

var havePresent = map[string]bool{"has": true, "have": true, "'ve": true, "had": true, "having": true}

// tenseOf decides the tense that governs the token at index k of tags,
// which is the first tagged token of a temporal expression, and the index
// of the verb that decided it (-1 when none did). It looks for the nearest
// verb group to the left within the same quotation state and clause, then
// to the right.
func tenseOf(tags []posTok, k, end int) (tense, int) {
	if k < 0 || k > len(tags) {
		return tenseUnknown, -1
	}
	quoted := k < len(tags) && tags[k].quoted
	// scan visits tags from i in steps of dir until a clause boundary;
	// dist gives a verb's distance from the expression.
	scan := func(i, dir int, dist func(int) int) (tense, int) {
		for ; i >= 0 && i < len(tags); i += dir {
			t := tags[i]
			if t.quoted != quoted {
				continue
			}
			if t.low == ";" {
				break
			}
			if tn, ok := scheduleTense(tags, i); ok {
				return tn, i
			}
			if isVerb(t.tag) && !likelyNoun(tags, i) {
				if tn := groupTense(tags, i, dist(i) > 4); tn != tenseUnknown {
					return tn, i
				}
			}
		}
		return tenseUnknown, -1
	}
	if tn, i := scan(k-1, -1, func(i int) int { return k - i }); tn != tenseUnknown {
		return tn, i
	}
	return scan(end, 1, func(i int) int { return i - end })
}

// scheduleTense reports the tense of a scheduling construction at i: "talks
// scheduled for Friday" and "a vote set for Tuesday" are in the future,
// "the offer had been due to expire Friday" in the past.
func scheduleTense(tags []posTok, i int) (tense, bool) {
	t := tags[i]
	if !scheduleWords[t.low] || !(isVerb(t.tag) || t.tag == "JJ") {
		return tenseUnknown, false
	}
	next := ""
	if i+1 < len(tags) {
		next = tags[i+1].low
	}
	prevBe := false
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch p := tags[j].low; {
		case (p == "was" || p == "were") && next == "for" && t.low != "expected":
			// "the accession was planned for March" may still stand or
			// have been dropped: the tense does not say which
			return tenseUnknown, true
		case p == "was" || p == "were" || p == "had":
			return tensePast, true
		case beForms[p] || havePresent[p]:
			prevBe = true
			continue
		case tags[j].tag == "RB" || p == "not" || p == "n't":
			continue
		}
		break
	}
	switch t.low {
	case "planned", "scheduled", "slated", "rescheduled":
		// "the government planned to pay" reports a past plan; "talks
		// scheduled for Friday", "is planned for" and "exiles planned a
		// rally on Saturday" are schedules
		if t.tag == "VBD" && !prevBe && next != "for" && next != "a" && next != "an" {
			return tenseUnknown, false
		}
	case "set":
		// "set aside", "a record set on Aug. 6" are not schedules; "set
		// to", "set for" and "is set on" are
		if next != "to" && next != "for" && !prevBe {
			return tenseUnknown, false
		}
	case "due", "expected", "supposed", "poised":
		// "due diligence", "as expected" are not schedules
		if next != "to" && next != "for" && next != "on" && next != "in" && next != "back" && !prevBe {
			return tenseUnknown, false
		}
	}
	return tenseFuture, true
}

// likelyNoun reports whether a present-tense verb tag at i is more likely
// a mistagged plural noun: "his Miami relatives/VBZ", "the talks/VBZ".
func likelyNoun(tags []posTok, i int) bool {
	if t := tags[i].tag; t != "VBZ" && t != "VBP" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch tags[j].tag {
		case "PRP$", "POS", "JJ", "CD", "JJS", "JJR":
			return true
		case "DT":
			// "the talks/VBZ" is a noun; "the Security Council meets" a verb
			return j == i-1 && tags[j].low != "that"
		case "NNP", "NNPS":
			continue
		}
		return false
	}
	return false
}

// negationWords negate a clause from outside its verb group.
var negationWords = map[string]bool{
	"neither": true, "nor": true, "no": true, "nobody": true, "none": true, "never": true,
	"not": true, "n't": true, "nothing": true, "noone": true,
}

// negatedBefore reports whether a negation stands in the eight words
// before tags[j], within its clause.
func negatedBefore(tags []posTok, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := tags[k].low
		if w == "," || w == ";" || w == "that" {
			return false
		}
		if negationWords[w] {
			return true
		}
	}
	return false
}

// groupTense classifies the verb group whose last or only verb is at i;
// far says the group is more than a few words from the expression, too far
// for a present tense to schedule it.
func groupTense(tags []posTok, i int, far bool) tense {
	v := tags[i]
	// Walk back over the auxiliaries of the group: modals, forms of be and
	// have, "to", adverbs and negation.
	var modal, to, bePres, bePast, perfect bool
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := tags[j]
		switch {
		case futureModals[t.low]:
			modal = true
		case t.tag == "MD":
			// "could vote Wednesday" is ahead; "could not be located
			// Wednesday" is not
			if (v.tag == "VB" || v.tag == "VBP") && !beForms[v.low] && !havePresent[v.low] && (j+1 == i || tags[j+1].tag == "RB" && tags[j+1].low != "not" && tags[j+1].low != "n't") {
				modal = true
			}
			// "could be destroyed by Christmas", "may be delayed until
			// March": a modal passive looks ahead, unless the clause is
			// negated ("Neither he nor his wife could be located Wednesday")
			if v.tag == "VBN" && j+2 == i && tags[j+1].low == "be" && !negatedBefore(tags, j) {
				modal = true
			}
			continue
		case t.tag == "TO":
			to = true
		case t.low == "is" || t.low == "are" || t.low == "am" || t.low == "'s" || t.low == "'re" || t.low == "'m":
			bePres = true
		case t.low == "was" || t.low == "were":
			bePast = true
		case havePresent[t.low]:
			perfect = true
		case t.low == "be" || t.low == "been" || t.low == "being" || t.tag == "RB" || t.low == "not" || t.low == "n't":
			continue
		default:
			j = -1 // leave the loop: the group ends here
			continue
		}
	}
	if !modal && !to && !bePres && !bePast && !perfect && samePastPresent[v.low] {
		// "and set Friday as the deadline": the form says nothing, the
		// clause it is coordinated with does
		if tn := coordinatedTense(tags, i); tn == tensePast || tn == tenseFuture {
			return tn
		}
	}
	switch {
	case modal:
		return tenseFuture
	case v.tag == "MD":
		if futureModals[v.low] {
			return tenseFuture
		}
		return tenseUnknown
	case to:
		// "plans to visit Saturday" is in the future, "had been due to
		// expire Friday" in the past; "tried to meet Friday" is not decided
		// by the infinitive.
		return intentionBefore(tags, i)
	case (v.low == "going" || v.low == "gon") && bePres:
		return tenseFuture
	case v.tag == "VBG" && bePres:
		return tenseFuture
	case v.tag == "VBG" && bePast:
		return tensePast
	case v.tag == "VBG":
		return tenseUnknown // a participle clause: "Speaking in Paris yesterday"
	case v.tag == "VBD":
		if v.low == "would" || v.low == "could" || v.low == "should" || v.low == "might" {
			return tenseFuture
		}
		return tensePast
	case v.tag == "VBN" && (perfect || bePast):
		return tensePast
	case v.tag == "VBN" && bePres:
		return tenseUnknown
	case v.tag == "VBN":
		// a bare participle reports a completed event: "the decision,
		// announced Wednesday", "the injunction issued Thursday"
		return tensePast
	case v.tag == "VBZ" || v.tag == "VBP":
		if isReporting(v.low) {
			return tensePast
		}
		if far && !(beForms[v.low] && i+1 < len(tags) && tags[i+1].tag == "IN") {
			// "is responsible for a drop in ... trading on Wednesday"; but
			// an itinerary is ahead: "is in Lausanne on Saturday and in
			// London on Sunday"
			return tenseUnknown
		}
		if beForms[v.low] {
			return tenseFuture // "the meeting is on Friday"
		}
		if havePresent[v.low] {
			return tensePast
		}
		// the present simple of news schedules: "they meet Monday"
		return tensePresent
	case v.tag == "VB":
		return tenseUnknown
	}
	return tenseUnknown
}

// coordinatedTense returns the tense of the clause that the verb at i is
// coordinated with by "and" or "but", taken from the first verb group of
// the sentence, which is the main clause's in news: "The INS had ruled that
// Elian must be returned to his father, and set Friday as the deadline"
// shares the past of "had ruled", not the modal of the clause in between.
// It is unknown when no "and" stands right before the verb or no earlier
// verb decides.
func coordinatedTense(tags []posTok, i int) tense {
	j := i - 1
	for j >= 0 && tags[j].tag == "RB" {
		j--
	}
	if j < 0 || tags[j].low != "and" && tags[j].low != "but" {
		return tenseUnknown
	}
	first := 0
	for k := j - 1; k >= 0; k-- {
		if tags[k].low == ";" || tags[k].low == "." || tags[k].quoted != tags[i].quoted {
			first = k + 1
			break
		}
	}
	for k := first; k < j; k++ {
		if isVerb(tags[k].tag) && !likelyNoun(tags, k) && (k+1 >= j || !isVerb(tags[k+1].tag)) {
			if tn := groupTense(tags, k, false); tn != tenseUnknown {
				return tn
			}
		}
	}
	return tenseUnknown
}
