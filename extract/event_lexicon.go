package extract

import "strings"

// Word lists the event finder consults. They are read-only after package
// initialisation.

// triggerPOS says which part of speech a trigger must have to count.
type triggerPOS int

const (
	anyPOS  triggerPOS = iota // noun or verb: "talks", "cease-fire"
	nounPOS                   // a noun only: "offensive" (not the adjective)
	verbPOS                   // a verb only: "met", "shelled"
)

// trigger is one word or phrase that names an event.
type trigger struct {
	words []string   // lower-case words; a hyphen or space may join them in text
	typ   EventType  // the kind of event named
	pos   triggerPOS // the part of speech required
	head  string     // canonical name of the event, for headlines and merging
	verb  bool       // a verb form, whose subject takes part
}

// triggerSpecs are the event words, one line per canonical head:
// "head|type|pos|form form ...". Forms of several words are written with
// spaces; "cease fire" matches "cease-fire" and "cease fire". A form ending
// in "*" is a verb form.
var triggerSpecs = []string{
	// meetings
	"talks|meeting|noun|talks,peace talks,round of talks",
	"meeting|meeting|any|meeting,meetings,meet*,meets*,met*,meeting*",
	"negotiations|meeting|any|negotiations,negotiation,negotiate*,negotiates*,negotiated*,negotiating*",
	"summit|meeting|noun|summit,summits",
	"conference|meeting|noun|conference,conferences,peace conference",
	"visit|meeting|any|visit,visits,visit*,visits*,visited*,visiting*",
	"convening|meeting|verb|convene*,convenes*,convened*,convening*",
	"consultations|meeting|noun|consultations,discussions",
	// ceasefires
	"ceasefire|ceasefire|any|ceasefire,ceasefires,cease fire,cease fires,truce,truces,armistice,cessation of hostilities,humanitarian pause,humanitarian pauses,regime of calm,regime of silence,halt to the fighting",
	// offensives
	"offensive|offensive|noun|offensive,offensives,counteroffensive,counter offensive,counteroffensives",
	"air strike|offensive|any|air strike,air strikes,airstrike,airstrikes,air raid,air raids,air attack,air attacks,missile strike,missile strikes,drone strike,drone strikes,aerial bombardment,air campaign",
	"bombardment|offensive|any|bombardment,bombardments,bombing,bombings,bombing campaign,bombed*,bombing*,bombard*,bombarded*,bombarding*,barrel bombs,barrel bomb,blitz",
	"shelling|offensive|any|shelling,shelled*,shelling*,artillery fire,rocket attack,rocket attacks,mortar attack,mortar attacks",
	"assault|offensive|any|assault,assaults,assaulted*,counter attack,counter attacks,counterattack,counterattacks,attack,attacks,attacked*,attacking*,raid,raids,incursion,incursions,invasion,invaded*",
	"chemical attack|offensive|any|chemical attack,chemical attacks,gas attack,gas attacks,chemical weapons attack,chemical weapons",
	"capture|offensive|any|capture,captured*,capture*,captures*,recapture,recaptured*,recapture*,recaptures*,seized*,seize*,retook*,retake*,overran*,overrun*,took control*,taken control*,take control*,military operation,military operations,army operation,ground operation,ground offensive",
	// aid
	"aid delivery|aid|any|aid delivery,aid deliveries,delivery of aid,delivery of humanitarian aid,humanitarian aid,food aid,medical aid,relief aid,emergency aid,humanitarian assistance,aid convoy,aid convoys,relief convoy,relief convoys,humanitarian convoy,humanitarian convoys,convoys,convoy,airdrop,airdrops,air drop,air drops,relief supplies,food deliveries,aid shipments",
	"evacuation|aid|any|evacuation,evacuations,evacuate*,evacuated*,evacuating*",
	// statements, only when asked for
	"statement|statement|verb|said*,says*,told*,warned*,accused*,announced*,declared*,stated*,acknowledged*,denied*",
}

// triggers indexes the parsed triggerSpecs by their first word.
var triggers = parseTriggers(triggerSpecs)

// parseTriggers builds the trigger index from specs; a malformed spec is a
// programmer error.
func parseTriggers(specs []string) map[string][]trigger {
	idx := make(map[string][]trigger)
	types := map[string]EventType{}
	for _, t := range EventTypes() {
		types[t.String()] = t
	}
	poses := map[string]triggerPOS{"any": anyPOS, "noun": nounPOS, "verb": verbPOS}
	for _, spec := range specs {
		f := strings.Split(spec, "|")
		if len(f) != 4 {
			panic("extract: bad trigger spec " + spec)
		}
		typ, ok := types[f[1]]
		pos, ok2 := poses[f[2]]
		if !ok || !ok2 {
			panic("extract: bad trigger spec " + spec)
		}
		for _, form := range strings.Split(f[3], ",") {
			tr := trigger{typ: typ, pos: pos, head: f[0]}
			if strings.HasSuffix(form, "*") {
				form, tr.verb = strings.TrimSuffix(form, "*"), true
				tr.pos = verbPOS
			} else if pos == anyPOS && strings.Contains(f[3], form+"*") {
				tr.pos = nounPOS // the verb reading has its own entry
			}
			tr.words = strings.Fields(form)
			idx[tr.words[0]] = append(idx[tr.words[0]], tr)
		}
	}
	return idx
}

// Status cues. Each is matched on lower-case words in the trigger's clause.
var (
	// plannedCues before a trigger put the event in the future.
	plannedCues = newCues(
		"will", "'ll", "shall", "going to", "to be held", "scheduled", "due to", "set to", "plans to",
		"planned", "planning to", "expected to", "upcoming", "to hold", "will hold", "would hold talks",
		"agreed to hold", "agreed to meet", "preparing", "next",
	)
	// proposedCues before a trigger make it called for, not done.
	proposedCues = newCues(
		"called for", "call for", "calls for", "calling for", "urged", "urge", "urges",
		"urging", "proposed", "propose", "proposes", "proposal", "proposal for", "demanded", "demand", "demands",
		"demanding", "push for", "pushed for", "pushes for", "pushing for", "seek", "seeks", "sought",
		"seeking", "appealed for", "appeal for", "appeals for", "plea for", "discussed", "discuss",
		"discussing", "possibility of", "prospect of", "prospects for", "need for", "needed", "hopes for",
		"hope for", "hoped for", "offered", "offer", "tried to", "try to", "trying to", "attempt to",
		"attempted to", "attempts to", "would", "could", "should", "encourage", "encouraged", "broker",
		"brokering", "plan for", "idea of", "negotiate a",
		"negotiating a", "towards", "toward", "bid for", "efforts to", "effort to",
		"talked about", "talking about", "allow", "to allow", "ensure", "to ensure", "provide", "to provide",
	)
	// failedCues before a trigger ("broke off talks") or after it ("talks
	// were suspended") make it failed.
	failedCues = newCues(
		"broke down", "break down", "breaks down", "broken down", "collapsed", "collapse", "collapses",
		"collapse of", "suspended", "suspend", "suspension of", "broke off", "broken off", "break off",
		"called off", "cancelled", "canceled", "postponed", "stalled", "failed", "fell apart",
		"falls apart", "violated", "violating", "violation of", "violations of", "breach of",
		"breached", "ignored", "boycotted", "abandoned", "scrapped", "derailed", "shattered",
	)
	// truceEndedCues make a ceasefire failed, but not an offensive or a
	// meeting, which simply finish: "the truce ended", "the airstrikes ended".
	truceEndedCues = newCues("ended", "ending", "ends", "end to")
	// negationCues before a trigger mean the event did not happen.
	negationCues = newCues(
		"failed to", "fail to", "fails to", "refused to", "refuse to", "declined to", "did not",
		"didn't", "never", "no", "not", "without", "instead of", "rather than", "ruled out", "rejected",
	)
	// attackCues before an aid word make the aid the target of an attack:
	// "bombed a United Nations aid convoy" is an attack, not an aid delivery.
	attackCues = newCues(
		"bombed", "bombing", "bomb", "attacked", "attack on", "attacks on", "attacking", "hit", "hitting",
		"struck", "striking", "targeted", "targeting", "shelled", "shelling", "ambushed", "looted",
		"blocked", "blocking", "obstructed", "strike on", "strikes on",
	)
	// genericDeterminers before a plural trigger make it a kind, not an
	// event: "tired of these meetings".
	genericDeterminers = map[string]bool{"these": true, "such": true, "those": true, "any": true}
)

// notMeetingObjects after "meet" or "met with" show it is not a meeting:
// "meet the demands", "met with criticism".
var notMeetingObjects = map[string]bool{
	"needs": true, "demands": true, "demand": true, "requirements": true, "requirement": true,
	"target": true, "targets": true, "deadline": true, "goals": true, "goal": true, "standards": true,
	"standard": true, "conditions": true, "obligations": true, "expectations": true, "criteria": true,
	"challenge": true, "challenges": true, "costs": true, "cost": true, "criticism": true,
	"resistance": true, "skepticism": true, "scepticism": true, "approval": true, "applause": true,
	"opposition": true, "condemnation": true, "derision": true, "anger": true, "outrage": true,
	"silence": true, "protests": true, "disapproval": true, "success": true, "minds": true,
}

// notAttackBefore are words that make "attack" something other than
// violence: "heart attack", "panic attack".
var notAttackBefore = map[string]bool{
	"heart": true, "panic": true, "asthma": true, "anxiety": true, "cyber": true, "personal": true,
	"verbal": true, "political": true, "scathing": true, "blistering": true, "stinging": true,
}

// gerundHeads after a verb trigger in -ing make it a modifier, not an
// event: "Kerry's negotiating position", "the meeting room".
var gerundHeads = map[string]bool{
	"position": true, "positions": true, "team": true, "teams": true, "table": true, "process": true,
	"skills": true, "stance": true, "strategy": true, "power": true, "tactics": true, "partner": true,
	"partners": true, "round": true, "track": true, "mandate": true, "room": true, "rooms": true,
	"hall": true, "point": true, "place": true, "venue": true, "schedule": true, "committee": true,
	"style": true, "professor": true, "scholar": true, "fellow": true, "hours": true, "rights": true,
	"record": true, "rates": true, "party": true, "parties": true, "stage": true, "forces": true,
}

// eventHeads are nouns an event word may modify and still name the event:
// "ceasefire agreement", "aid deliveries".
var eventHeads = map[string]bool{
	"agreement": true, "agreements": true, "deal": true, "deals": true, "accord": true, "accords": true,
	"pact": true, "talks": true, "negotiations": true, "meeting": true, "meetings": true, "operation": true,
	"operations": true, "campaign": true, "campaigns": true, "deliveries": true, "delivery": true,
	"convoy": true, "convoys": true, "plan": true, "proposal": true, "offer": true, "call": true,
	"calls": true, "process": true, "efforts": true, "effort": true, "bid": true, "mission": true,
	"flights": true, "drops": true, "supplies": true, "shipments": true, "session": true, "sessions": true,
	"round": true,
}

// modifiedNouns after an event word make it a modifier whatever its tag:
// "bombing victims", "aid workers", "attack site".
var modifiedNouns = map[string]bool{
	"victims": true, "victim": true, "survivors": true, "suspect": true, "suspects": true, "site": true,
	"sites": true, "scene": true, "anniversary": true, "memorial": true, "investigation": true,
	"probe": true, "trial": true, "case": true, "aftermath": true, "toll": true, "casualties": true,
	"workers": true, "worker": true, "agency": true, "agencies": true, "official": true, "officials": true,
	"organisations": true, "organizations": true, "groups": true, "zone": true, "zones": true,
	"plot": true, "plots": true, "threat": true, "threats": true, "warning": true, "warnings": true,
}

// offensiveBefore are words that make the next "offensive" a noun.
var offensiveBefore = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "this": true,
	"that": true, "began": true, "begin": true, "begun": true, "mounted": true, "mount": true, "new": true,
	"major": true, "renewed": true, "fresh": true, "ground": true, "military": true, "counter": true,
	"final": true, "government": true, "army": true, "rebel": true, "regime": true, "big": true,
	"massive": true, "broad": true, "joint": true, "air": true, "spring": true, "summer": true,
	"winter": true, "s": true, "’s": true, "all-out": true, "full-scale": true, "planned": true,
}

// locationPreps introduce the place of an event: "in Geneva", "on Aleppo".
var locationPreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "around": true, "across": true,
	"of": true, "on": true, "into": true, "to": true, "inside": true, "over": true, "from": true,
	"against": true, "throughout": true,
}

// clauseWords start a new clause after a comma: ", which", ", while".
var clauseWords = map[string]bool{
	"which": true, "who": true, "while": true, "whereas": true, "although": true, "though": true,
	"but": true, "because": true, "whom": true, "whose": true, "yet": true,
}
