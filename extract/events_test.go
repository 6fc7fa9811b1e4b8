package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
)

// mention is the part of an event mention the table tests check.
type mention struct {
	Type         string
	Status       string
	Trigger      string
	Value        string // "" when undated
	Rule         string
	Participants []string
	Locations    []string
}

// mentions extracts body, published on pub, and summarises its events.
func mentions(t *testing.T, x *extract.Extractor, body, pub string) []mention {
	t.Helper()
	res, err := x.Extract(context.Background(), extract.Article{ID: "t", Body: body, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	var out []mention
	for _, e := range res.Events {
		m := mention{Type: e.Type.String(), Status: e.Status.String(), Trigger: e.Trigger,
			Participants: e.Participants, Locations: e.Locations}
		if e.Time != nil {
			m.Value, m.Rule = e.Time.Value, e.Time.Rule
		}
		out = append(out, m)
	}
	return out
}

// A story line long enough to be the lead, so that the sentences under
// test are not dated by the publication date unless they say so.
const lede = "The foreign ministers of several countries spoke about the war in general terms on the radio."

func TestEventTriggersAndStatus(t *testing.T) {
	x := extract.New()
	const pub = "2016-10-15" // a Saturday
	tests := []struct {
		name string
		body string
		want []mention
	}{
		{
			name: "meeting-occurred",
			body: lede + "\nForeign ministers met in Vienna on Tuesday.",
			want: []mention{{Type: "meeting", Status: "occurred", Trigger: "met", Value: "2016-10-11", Rule: "weekday-past", Locations: []string{"Vienna"}}},
		},
		{
			name: "meeting-planned-modal",
			body: lede + "\nThe two presidents will meet in Helsinki on Monday.",
			want: []mention{{Type: "meeting", Status: "planned", Trigger: "meet", Value: "2016-10-17", Rule: "weekday-future", Locations: []string{"Helsinki"}}},
		},
		{
			name: "ceasefire-proposed",
			body: lede + "\nAid agencies called Friday for a humanitarian pause in Mosul.",
			want: []mention{{Type: "ceasefire", Status: "proposed", Trigger: "humanitarian pause", Value: "2016-10-14", Locations: []string{"Mosul"}}},
		},
		{
			name: "ceasefire-ended",
			body: lede + "\nThe truce ended on Sunday.",
			want: []mention{{Type: "ceasefire", Status: "failed", Trigger: "truce", Value: "2016-10-09"}},
		},
		{
			name: "offensive-ended-is-no-failure",
			body: lede + "\nThe government offensive on Palmyra ended on Sunday.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "offensive", Value: "2016-10-09", Locations: []string{"Palmyra"}}},
		},
		{
			name: "definite-repeat-is-the-same-event",
			body: lede + "\nDozens of airstrikes hit eastern Aleppo overnight, and the airstrikes ended by mid-morning.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "airstrikes", Value: "2016-10-14TNI", Rule: "overnight", Locations: []string{"Aleppo"}}},
		},
		{
			name: "ceasefire-failed-after",
			body: lede + "\nThe truce collapsed on Sunday.",
			want: []mention{{Type: "ceasefire", Status: "failed", Trigger: "truce", Value: "2016-10-09"}},
		},
		{
			name: "talks-suspended-before",
			body: lede + "\nWashington suspended bilateral talks with Moscow last week.",
			want: []mention{{Type: "meeting", Status: "failed", Trigger: "talks", Value: "2016-W40", Participants: []string{"United States", "Russia"}}},
		},
		{
			name: "negated-strikes",
			body: lede + "\nThe allies failed to launch air strikes on Tuesday.",
			want: nil,
		},
		{
			name: "generic-plural",
			body: lede + "\nVoters are tired of these summits.",
			want: nil,
		},
		{
			name: "met-with-criticism",
			body: lede + "\nThe plan met with criticism on Friday.",
			want: nil,
		},
		{
			name: "strikes-hit-a-place-overnight",
			body: lede + "\nActivists said dozens of airstrikes hit eastern Aleppo overnight.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "airstrikes", Value: "2016-10-14TNI", Rule: "overnight", Locations: []string{"Aleppo"}}},
		},
		{
			name: "aid-convoy-attacked",
			body: lede + "\nGunmen attacked an aid convoy near Homs on Wednesday.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "attacked", Value: "2016-10-12", Locations: []string{"Homs"}}},
		},
		{
			name: "adjective-offensive",
			body: lede + "\nHe called the remarks offensive on Thursday.",
			want: nil,
		},
		{
			// It used to panic: the word before the trigger was looked up
			// at index -1.
			name: "offensive-starts-sentence",
			body: lede + "\nOffensive on Aleppo resumes on Friday.",
			want: nil,
		},
		{
			name: "said-friday-dates-the-saying",
			body: lede + "\nThe minister said Friday that the talks had achieved little.",
			want: []mention{{Type: "meeting", Status: "occurred", Trigger: "talks"}},
		},
		{
			name: "cease-fire-hyphen",
			body: lede + "\nA cease-fire took effect in Aleppo on Thursday.",
			want: []mention{{Type: "ceasefire", Status: "occurred", Trigger: "cease-fire", Value: "2016-10-13", Locations: []string{"Aleppo"}}},
		},
		{
			name: "future-date-is-planned",
			body: lede + "\nEuropean leaders are meeting in Brussels on Tuesday.",
			want: []mention{{Type: "meeting", Status: "planned", Trigger: "meeting", Value: "2016-10-18", Locations: []string{"Brussels"}}},
		},
		{
			name: "recapture-weekend",
			body: lede + "\nIsis recaptured Palmyra last weekend.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "recaptured", Value: "2016-W40-WE", Participants: []string{"Islamic State"}, Locations: []string{"Palmyra"}}},
		},
		{
			name: "headline-takes-publication-date",
			body: "Rebels launch offensive on Idlib\n\n" + lede,
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "offensive", Value: "2016-10-15", Rule: "publication-date", Locations: []string{"Idlib"}}},
		},
		{
			name: "one-event-named-twice",
			body: lede + "\nThe army launched a counter-attack on Sunday as it recaptured Palmyra.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "counter-attack", Value: "2016-10-09", Locations: []string{"Palmyra"}}},
		},
		{
			name: "planned-to-be-held",
			body: lede + "\nA peace conference is to be held in Astana on 22 January.",
			want: []mention{{Type: "meeting", Status: "planned", Trigger: "peace conference", Value: "2017-01-22", Locations: []string{"Astana"}}},
		},
		{
			name: "proposed-discussed",
			body: lede + "\nThe ministers discussed a truce in Yemen on Monday.",
			want: []mention{{Type: "ceasefire", Status: "proposed", Trigger: "truce", Value: "2016-10-10", Locations: []string{"Yemen"}}},
		},
		{
			name: "aid-convoy",
			body: lede + "\nA UN aid convoy reached the town on Thursday.",
			want: []mention{{Type: "aid", Status: "occurred", Trigger: "aid convoy", Value: "2016-10-13", Participants: []string{"United Nations"}}},
		},
		{
			name: "shelling-by",
			body: lede + "\nShelling by government forces killed 12 people in Homs on Sunday.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "Shelling", Value: "2016-10-09", Locations: []string{"Homs"}}},
		},
		{
			name: "meeting-of-the-minds-is-no-meeting",
			body: lede + "\nThere was a meeting of the minds on Friday.",
			want: nil,
		},
		{
			name: "statements-only-when-asked",
			body: lede + "\nThe minister warned on Friday that the war would go on.",
			want: nil,
		},
		{
			name: "noun-modifier-is-no-event",
			body: lede + "\nThe minister paid tribute to bombing victims on Tuesday.",
			want: nil,
		},
		{
			name: "date-before-after-clause",
			body: lede + "\nThe envoy flew on Tuesday to Nairobi after the bombings.",
			want: []mention{{Type: "offensive", Status: "occurred", Trigger: "bombings"}},
		},
		{
			name: "lead-background-event-undated",
			body: "The ambassador finished her work on Wednesday with talks that the shelling had interrupted.",
			want: []mention{
				{Type: "meeting", Status: "occurred", Trigger: "talks", Value: "2016-10-12"},
				{Type: "offensive", Status: "occurred", Trigger: "shelling"},
			},
		},
		{
			name: "evacuations",
			body: lede + "\nThe evacuation of the wounded from Madaya began on Friday.",
			want: []mention{{Type: "aid", Status: "occurred", Trigger: "evacuation", Value: "2016-10-14", Locations: []string{"Madaya"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentions(t, x, tt.body, pub)
			opts := cmp.Options{cmpIgnoreEmptyRule(tt.want)}
			if diff := cmp.Diff(tt.want, got, opts...); diff != "" {
				t.Errorf("events of %q (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// cmpIgnoreEmptyRule ignores Rule where the wanted mention leaves it empty,
// and treats nil and empty name lists alike.
func cmpIgnoreEmptyRule(want []mention) cmp.Option {
	return cmp.Transformer("mention", func(m mention) mention {
		m.Rule = ""
		if len(m.Participants) == 0 {
			m.Participants = nil
		}
		if len(m.Locations) == 0 {
			m.Locations = nil
		}
		return m
	})
}

func TestEventStatements(t *testing.T) {
	x := extract.New(extract.WithEventTypes(extract.Statement))
	body := lede + "\nForeign Minister Sergei Lavrov warned on Friday that the war would go on."
	got := mentions(t, x, body, "2016-10-15")
	want := []mention{{Type: "statement", Status: "occurred", Trigger: "warned", Value: "2016-10-14", Participants: []string{"Sergei Lavrov"}}}
	if diff := cmp.Diff(want, got, cmpIgnoreEmptyRule(want)); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

func TestEventParticipants(t *testing.T) {
	x := extract.New()
	body := strings.Join([]string{
		"U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.",
		"Kerry and Lavrov will meet again in Vienna on Sunday.",
		"Warplanes belonging to Russia and the Syrian government conducted air strikes on Aleppo on Thursday.",
	}, "\n")
	got := mentions(t, x, body, "2016-10-15")
	want := []mention{
		{Type: "meeting", Status: "occurred", Trigger: "met", Value: "2016-10-14", Participants: []string{"John Kerry", "Sergei Lavrov"}, Locations: []string{"Geneva"}},
		{Type: "meeting", Status: "planned", Trigger: "meet", Value: "2016-10-16", Participants: []string{"John Kerry", "Sergei Lavrov"}, Locations: []string{"Vienna"}},
		{Type: "offensive", Status: "occurred", Trigger: "air strikes", Value: "2016-10-13", Participants: []string{"Russia", "Syria"}, Locations: []string{"Aleppo"}},
	}
	if diff := cmp.Diff(want, got, cmpIgnoreEmptyRule(want)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}
