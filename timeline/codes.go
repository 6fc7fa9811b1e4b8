package timeline

import (
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// kind refines an event type by what its trigger names: a visit among
// meetings, an air strike among offensives. The CAMEO and PLOVER codes and
// the headline noun depend on it.
type kind int

const (
	plain      kind = iota // nothing more specific
	visit                  // a visit: "visit", "visited"
	host                   // a hosted visit: "hosted"
	third                  // a meeting at a third location (decided from places, not words)
	talks                  // talks and negotiations: "talks", "negotiated", "consultations"
	aerial                 // air strikes, air raids, bombing, barrel bombs, drone and missile strikes
	chemical               // chemical and gas attacks
	artillery              // shelling, artillery, rocket and mortar fire
	capture                // captures of territory: "captured", "seized", "retook", "took control"
	evacuation             // evacuations
)

var kindNames = [...]string{
	plain: "plain", visit: "visit", host: "host", third: "third", talks: "talks", aerial: "aerial",
	chemical: "chemical", artillery: "artillery", capture: "capture", evacuation: "evacuation",
}

// String returns the kind's name, such as "aerial".
func (k kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("kind(%d)", int(k))
	}
	return kindNames[k]
}

// kindWords are the trigger words that give each kind of each event type.
// A word ending in "*" matches any word it begins; several words match in
// sequence. The first kind with a word in the trigger wins, so "chemical
// weapons attack" is chemical, not plain.
var kindWords = []struct {
	typ   extract.EventType
	kind  kind
	words []string
}{
	{extract.Offensive, chemical, []string{"chemical", "gas", "sarin", "chlorine"}},
	{extract.Offensive, aerial, []string{"air", "airstrike*", "aerial", "bomb", "bombs", "bombing*", "bombed", "barrel", "drone*", "missile*", "warplane*", "blitz"}},
	{extract.Offensive, artillery, []string{"shell*", "artillery", "rocket*", "mortar*"}},
	{extract.Offensive, capture, []string{"captur*", "recaptur*", "seiz*", "retook", "retake*", "overran", "overrun", "took control", "taken control", "take* control"}},
	{extract.Aid, evacuation, []string{"evacuat*"}},
	{extract.Meeting, host, []string{"host*"}},
	{extract.Meeting, visit, []string{"visit*", "trip*"}},
	{extract.Meeting, talks, []string{"talk*", "negotiat*", "consultation*", "discussion*"}},
}

// triggerKind returns the kind of event of type t a trigger names, or plain.
func triggerKind(t extract.EventType, trigger string) kind {
	words := strings.Fields(strings.ToLower(trigger))
	for _, kw := range kindWords {
		if kw.typ != t {
			continue
		}
		for _, w := range kw.words {
			if containsWords(words, strings.Fields(w)) {
				return kw.kind
			}
		}
	}
	return plain
}

// containsWords reports whether words holds pattern as a run of words; a
// pattern word ending in "*" matches any word it begins.
func containsWords(words, pattern []string) bool {
	for i := 0; i+len(pattern) <= len(words); i++ {
		ok := true
		for j, p := range pattern {
			w := words[i+j]
			if prefix, found := strings.CutSuffix(p, "*"); found {
				ok = strings.HasPrefix(w, prefix)
			} else {
				ok = w == p
			}
			if !ok {
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// code is the CAMEO code and PLOVER event and mode of one kind of event.
type code struct {
	typ    extract.EventType
	status extract.Status
	kind   kind
	cameo  string // CAMEO code
	name   string // the CAMEO codebook's name for the code
	plover PLOVER
}

// codes maps event type, status and kind to CAMEO and PLOVER. CAMEO codes
// and names are those of the CAMEO 1.1b3 codebook (Schrodt, 2012); PLOVER
// event types are those of the PLOVER 0.x draft (Open Event Data
// Alliance). Where PLOVER defines no mode that fits, the mode is empty;
// "conventional" (not a PLOVER mode) marks ground fighting so that the
// export tells it from "aerial". Statements have no PLOVER event type, so
// theirs is empty.
//
// codeFor looks up type, status and kind, then type, status and plain, then
// the same with status occurred: a failed offensive is still the use of
// force it names.
var codes = []code{
	{extract.Meeting, extract.Occurred, plain, "040", "Consult", PLOVER{"CONSULT", ""}},
	{extract.Meeting, extract.Occurred, visit, "042", "Make a visit", PLOVER{"CONSULT", "visit"}},
	{extract.Meeting, extract.Occurred, host, "043", "Host a visit", PLOVER{"CONSULT", "visit"}},
	{extract.Meeting, extract.Occurred, third, "044", "Meet at third location", PLOVER{"CONSULT", "third-party"}},
	{extract.Meeting, extract.Occurred, talks, "046", "Engage in negotiation", PLOVER{"CONSULT", ""}},
	{extract.Meeting, extract.Planned, plain, "036", "Express intent to meet or negotiate", PLOVER{"AGREE", ""}},
	{extract.Meeting, extract.Proposed, plain, "026", "Appeal to others to meet or negotiate", PLOVER{"REQUEST", ""}},
	{extract.Meeting, extract.Failed, plain, "125", "Reject proposal to meet, discuss, or negotiate", PLOVER{"REJECT", ""}},

	{extract.Ceasefire, extract.Occurred, plain, "0871", "Declare truce, ceasefire", PLOVER{"RETREAT", "ceasefire"}},
	{extract.Ceasefire, extract.Planned, plain, "0871", "Declare truce, ceasefire", PLOVER{"RETREAT", "ceasefire"}},
	{extract.Ceasefire, extract.Proposed, plain, "0256", "Appeal for de-escalation of military engagement", PLOVER{"REQUEST", ""}},
	{extract.Ceasefire, extract.Failed, plain, "196", "Violate ceasefire", PLOVER{"ASSAULT", ""}},

	{extract.Offensive, extract.Occurred, plain, "190", "Use conventional military force", PLOVER{"ASSAULT", "conventional"}},
	{extract.Offensive, extract.Occurred, capture, "192", "Occupy territory", PLOVER{"ASSAULT", "conventional"}},
	{extract.Offensive, extract.Occurred, artillery, "194", "Fight with artillery and tanks", PLOVER{"ASSAULT", "conventional"}},
	{extract.Offensive, extract.Occurred, aerial, "195", "Employ aerial weapons", PLOVER{"ASSAULT", "aerial"}},
	{extract.Offensive, extract.Occurred, chemical, "2041", "Use chemical, biological, or radiological weapons", PLOVER{"ASSAULT", "wmd"}},
	{extract.Offensive, extract.Planned, plain, "138", "Threaten to use military force", PLOVER{"THREATEN", ""}},
	{extract.Offensive, extract.Proposed, plain, "138", "Threaten to use military force", PLOVER{"THREATEN", ""}},

	{extract.Aid, extract.Occurred, plain, "073", "Provide humanitarian aid", PLOVER{"AID", "humanitarian"}},
	{extract.Aid, extract.Planned, plain, "0333", "Express intent to provide humanitarian aid", PLOVER{"AGREE", ""}},
	{extract.Aid, extract.Proposed, plain, "0233", "Appeal for humanitarian aid", PLOVER{"REQUEST", ""}},
	{extract.Aid, extract.Failed, plain, "1623", "Reduce or stop humanitarian assistance", PLOVER{"SANCTION", ""}},

	{extract.Statement, extract.Occurred, plain, "010", "Make statement", PLOVER{}},
}

// codeFor returns the codes of an event of type t and status s whose
// trigger names kind k (see codes for the order of look-ups).
func codeFor(t extract.EventType, s extract.Status, k kind) code {
	for _, try := range [...]struct {
		s extract.Status
		k kind
	}{{s, k}, {s, plain}, {extract.Occurred, k}, {extract.Occurred, plain}} {
		for _, c := range codes {
			if c.typ == t && c.status == try.s && c.kind == try.k {
				return c
			}
		}
	}
	return code{typ: t, status: s, kind: k}
}

// meetingKind returns the kind that decides a meeting's codes: a visit or
// hosted visit as the trigger says, else a meeting at a third location
// (see thirdLocation), else talks as the trigger says, else plain.
func meetingKind(trigger string, participants, locations []string) kind {
	k := triggerKind(extract.Meeting, trigger)
	switch {
	case k == visit || k == host:
		return k
	case thirdLocation(participants, locations):
		return third
	case k == talks:
		return talks
	}
	return plain
}

// thirdLocation reports whether a meeting took place outside the
// countries of all its participants. chronicle knows participants'
// countries only by name, so the rule is simple: the first location must
// be a country or a city in places, and no participant may be that
// country or a city of it. A meeting of "John Kerry" and "Sergei Lavrov"
// in Paris is at a third location; one of "Russia" and "Turkey" in Moscow
// is not; one in a place chronicle does not know is not either.
func thirdLocation(participants, locations []string) bool {
	if len(locations) == 0 || len(participants) == 0 {
		return false
	}
	where := countryOf(locations[0])
	if where == "" {
		return false
	}
	for _, p := range participants {
		if countryOf(p) == where {
			return false
		}
	}
	return true
}

// countryOf returns the country a place name is or is in, by places, or
// "" when it is not known.
func countryOf(name string) string {
	if c, ok := places[name]; ok {
		if c == "" {
			return name
		}
		return c
	}
	return ""
}

// places maps the countries and cities that diplomacy and war in the news
// most often name to their country; a country maps to "" (itself) and
// other names of a country to its usual name.
var places = map[string]string{
	// countries
	"Afghanistan": "", "Austria": "", "Belarus": "", "Belgium": "", "China": "", "Egypt": "",
	"France": "", "Germany": "", "Iran": "", "Iraq": "", "Israel": "", "Italy": "", "Jordan": "",
	"Kazakhstan": "", "Lebanon": "", "Libya": "", "Oman": "", "Qatar": "", "Russia": "",
	"Saudi Arabia": "", "Switzerland": "", "Syria": "", "Turkey": "", "Ukraine": "",
	"United Kingdom": "", "United States": "", "Yemen": "", "Palestine": "", "Norway": "",
	"Sweden": "", "Finland": "", "Poland": "", "Japan": "", "India": "", "Pakistan": "",
	"United Arab Emirates": "", "Kuwait": "", "Bahrain": "", "Algeria": "", "Morocco": "",
	"Tunisia": "", "Sudan": "", "Ethiopia": "", "Spain": "", "Netherlands": "",
	// other names of countries
	"US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
	"United States of America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
	"Britain": "United Kingdom", "Great Britain": "United Kingdom", "Russian Federation": "Russia",
	"UAE": "United Arab Emirates", "Türkiye": "Turkey", "Holland": "Netherlands",
	// cities
	"Geneva": "Switzerland", "Lausanne": "Switzerland", "Montreux": "Switzerland", "Bern": "Switzerland",
	"Zurich": "Switzerland", "Davos": "Switzerland", "Paris": "France", "Vienna": "Austria",
	"London": "United Kingdom", "Berlin": "Germany", "Munich": "Germany", "Rome": "Italy",
	"Brussels": "Belgium", "Moscow": "Russia", "Sochi": "Russia", "Washington": "United States",
	"New York": "United States", "Astana": "Kazakhstan", "Nur-Sultan": "Kazakhstan",
	"Damascus": "Syria", "Aleppo": "Syria", "Homs": "Syria", "Idlib": "Syria", "Raqqa": "Syria",
	"Deir ez-Zor": "Syria", "Daraya": "Syria", "Madaya": "Syria", "Palmyra": "Syria", "Hama": "Syria",
	"East Ghouta": "Syria", "Eastern Ghouta": "Syria", "Latakia": "Syria", "Tehran": "Iran",
	"Baghdad": "Iraq", "Mosul": "Iraq", "Erbil": "Iraq", "Ankara": "Turkey", "Istanbul": "Turkey",
	"Antalya": "Turkey", "Beirut": "Lebanon", "Amman": "Jordan", "Cairo": "Egypt",
	"Sharm el-Sheikh": "Egypt", "Doha": "Qatar", "Riyadh": "Saudi Arabia", "Jeddah": "Saudi Arabia",
	"Abu Dhabi": "United Arab Emirates", "Dubai": "United Arab Emirates", "Muscat": "Oman",
	"Kuwait City": "Kuwait", "Jerusalem": "Israel", "Tel Aviv": "Israel", "Gaza": "Palestine",
	"Ramallah": "Palestine", "Kiev": "Ukraine", "Kyiv": "Ukraine", "Minsk": "Belarus",
	"Beijing": "China", "Kabul": "Afghanistan", "Islamabad": "Pakistan", "Tripoli": "Libya",
	"Sanaa": "Yemen", "Aden": "Yemen", "Oslo": "Norway", "Stockholm": "Sweden", "Helsinki": "Finland",
	"Warsaw": "Poland", "Tokyo": "Japan", "New Delhi": "India", "Madrid": "Spain",
	"The Hague": "Netherlands", "Khartoum": "Sudan", "Addis Ababa": "Ethiopia", "Algiers": "Algeria",
	"Rabat": "Morocco", "Tunis": "Tunisia", "Manama": "Bahrain",
}

// codesOf returns the CAMEO code and PLOVER event and mode of an event
// whose lead report has the given trigger.
func codesOf(t extract.EventType, s extract.Status, trigger string, participants, locations []string) (string, PLOVER) {
	k := triggerKind(t, trigger)
	if t == extract.Meeting {
		k = meetingKind(trigger, participants, locations)
	}
	c := codeFor(t, s, k)
	return c.cameo, c.plover
}
