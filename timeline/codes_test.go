package timeline_test

import (
	"testing"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// single returns the single-mention event of a mention.
func single(typ extract.EventType, status extract.Status, trigger string, parts, locs []string) timeline.Event {
	return timeline.Single("a", extract.Event{Type: typ, Status: status, Trigger: trigger, Participants: parts, Locations: locs})
}

func TestCodes(t *testing.T) {
	var (
		occurred, planned, proposed, failed = extract.Occurred, extract.Planned, extract.Proposed, extract.Failed
		russiaTurkey                        = []string{"Russia", "Turkey"}
		moscow                              = []string{"Moscow"}
	)
	tests := []struct {
		name    string
		typ     extract.EventType
		status  extract.Status
		trigger string
		parts   []string
		locs    []string
		cameo   string
		plover  timeline.PLOVER
	}{
		{"meeting at a third place", meeting, occurred, "met", kl, []string{"Paris"}, "044", timeline.PLOVER{Event: "CONSULT", Mode: "third-party"}},
		{"meeting at home", meeting, occurred, "meeting", russiaTurkey, moscow, "040", timeline.PLOVER{Event: "CONSULT"}},
		{"meeting at an unknown place", meeting, occurred, "met", kl, []string{"Springfield"}, "040", timeline.PLOVER{Event: "CONSULT"}},
		{"meeting nowhere", meeting, occurred, "summit", kl, nil, "040", timeline.PLOVER{Event: "CONSULT"}},
		{"talks at home", meeting, occurred, "talks", russiaTurkey, moscow, "046", timeline.PLOVER{Event: "CONSULT"}},
		{"negotiations nowhere", meeting, occurred, "negotiated", kl, nil, "046", timeline.PLOVER{Event: "CONSULT"}},
		{"talks at a third place", meeting, occurred, "peace talks", kl, []string{"Geneva"}, "044", timeline.PLOVER{Event: "CONSULT", Mode: "third-party"}},
		{"a visit", meeting, occurred, "visited", []string{"John Kerry"}, moscow, "042", timeline.PLOVER{Event: "CONSULT", Mode: "visit"}},
		{"a hosted visit", meeting, occurred, "hosted", []string{"Vladimir Putin"}, moscow, "043", timeline.PLOVER{Event: "CONSULT", Mode: "visit"}},
		{"planned meeting", meeting, planned, "talks", kl, []string{"Geneva"}, "036", timeline.PLOVER{Event: "AGREE"}},
		{"proposed meeting", meeting, proposed, "talks", kl, nil, "026", timeline.PLOVER{Event: "REQUEST"}},
		{"failed meeting", meeting, failed, "talks", kl, nil, "125", timeline.PLOVER{Event: "REJECT"}},
		{"ceasefire", extract.Ceasefire, occurred, "ceasefire", nil, nil, "0871", timeline.PLOVER{Event: "RETREAT", Mode: "ceasefire"}},
		{"planned ceasefire", extract.Ceasefire, planned, "truce", nil, nil, "0871", timeline.PLOVER{Event: "RETREAT", Mode: "ceasefire"}},
		{"proposed ceasefire", extract.Ceasefire, proposed, "ceasefire", nil, nil, "0256", timeline.PLOVER{Event: "REQUEST"}},
		{"violated ceasefire", extract.Ceasefire, failed, "cessation of hostilities", nil, nil, "196", timeline.PLOVER{Event: "ASSAULT"}},
		{"offensive", extract.Offensive, occurred, "offensive", nil, nil, "190", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"assault", extract.Offensive, occurred, "attacked", nil, nil, "190", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"air strikes", extract.Offensive, occurred, "air strikes", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"airstrike", extract.Offensive, occurred, "airstrike", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"air raid", extract.Offensive, occurred, "Air raids", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"barrel bombs", extract.Offensive, occurred, "barrel bombs", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"bombing", extract.Offensive, occurred, "bombing", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"bombardment", extract.Offensive, occurred, "bombardment", nil, nil, "190", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"shelling", extract.Offensive, occurred, "shelled", nil, nil, "194", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"capture", extract.Offensive, occurred, "took control", nil, nil, "192", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"chemical attack", extract.Offensive, occurred, "chemical weapons attack", nil, nil, "2041", timeline.PLOVER{Event: "ASSAULT", Mode: "wmd"}},
		{"stalled air campaign", extract.Offensive, failed, "air campaign", nil, nil, "195", timeline.PLOVER{Event: "ASSAULT", Mode: "aerial"}},
		{"stalled offensive", extract.Offensive, failed, "offensive", nil, nil, "190", timeline.PLOVER{Event: "ASSAULT", Mode: "conventional"}},
		{"planned offensive", extract.Offensive, planned, "offensive", nil, nil, "138", timeline.PLOVER{Event: "THREATEN"}},
		{"aid", extract.Aid, occurred, "aid convoy", nil, nil, "073", timeline.PLOVER{Event: "AID", Mode: "humanitarian"}},
		{"airdrops are aid", extract.Aid, occurred, "airdrops", nil, nil, "073", timeline.PLOVER{Event: "AID", Mode: "humanitarian"}},
		{"evacuation", extract.Aid, occurred, "evacuated", nil, nil, "073", timeline.PLOVER{Event: "AID", Mode: "humanitarian"}},
		{"planned aid", extract.Aid, planned, "aid deliveries", nil, nil, "0333", timeline.PLOVER{Event: "AGREE"}},
		{"proposed aid", extract.Aid, proposed, "humanitarian aid", nil, nil, "0233", timeline.PLOVER{Event: "REQUEST"}},
		{"stopped aid", extract.Aid, failed, "aid convoy", nil, nil, "1623", timeline.PLOVER{Event: "SANCTION"}},
		{"statement", extract.Statement, occurred, "said", nil, nil, "010", timeline.PLOVER{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := single(tt.typ, tt.status, tt.trigger, tt.parts, tt.locs)
			if e.CAMEO != tt.cameo || e.PLOVER != tt.plover {
				t.Errorf("codes of %s %s %q %v %v = %s %+v; want %s %+v",
					tt.status, tt.typ, tt.trigger, tt.parts, tt.locs, e.CAMEO, e.PLOVER, tt.cameo, tt.plover)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	var (
		occurred, planned, proposed, failed = extract.Occurred, extract.Planned, extract.Proposed, extract.Failed
		aleppo                              = []string{"Aleppo"}
	)
	tests := []struct {
		name    string
		typ     extract.EventType
		status  extract.Status
		trigger string
		parts   []string
		locs    []string
		want    string
	}{
		{"meeting", meeting, occurred, "meeting", kl, []string{"Paris"}, "John Kerry and Sergei Lavrov meet in Paris"},
		{"met", meeting, occurred, "met", kl, []string{"Paris"}, "John Kerry and Sergei Lavrov meet in Paris"},
		{"talks", meeting, occurred, "Talks", kl, []string{"Geneva"}, "John Kerry and Sergei Lavrov hold talks in Geneva"},
		{"one participant", meeting, occurred, "summit", []string{"Vladimir Putin"}, []string{"Sochi"}, "Vladimir Putin holds summit in Sochi"},
		{"more than three", meeting, occurred, "met", []string{"A", "B", "C", "D"}, []string{"Vienna"}, "A, B, C and others meet in Vienna"},
		{"nobody", meeting, occurred, "peace conference", nil, []string{"Geneva"}, "Peace conference in Geneva"},
		{"visit", meeting, occurred, "visited", []string{"John Kerry"}, []string{"Moscow"}, "John Kerry visits Moscow"},
		{"visit by nobody", meeting, occurred, "visit", nil, []string{"Damascus"}, "Visit to Damascus"},
		{"planned talks", meeting, planned, "talks", nil, []string{"Geneva"}, "Talks planned in Geneva"},
		{"planned meeting", meeting, planned, "meet", kl, []string{"Geneva"}, "John Kerry and Sergei Lavrov to meet in Geneva"},
		{"planned talks between", meeting, planned, "talks", kl, nil, "John Kerry and Sergei Lavrov to hold talks"},
		{"proposed talks", meeting, proposed, "negotiations", kl, nil, "Negotiations called for between John Kerry and Sergei Lavrov"},
		{"failed talks", meeting, failed, "talks", nil, []string{"Geneva"}, "Talks in Geneva fail"},
		{"ceasefire", extract.Ceasefire, occurred, "ceasefire", []string{"Russia", "Turkey"}, []string{"Syria"}, "Ceasefire between Russia and Turkey in Syria"},
		{"planned ceasefire", extract.Ceasefire, planned, "truce", nil, aleppo, "Truce to take effect in Aleppo"},
		{"proposed ceasefire", extract.Ceasefire, proposed, "ceasefire", []string{"UN"}, aleppo, "Ceasefire called for in Aleppo"},
		{"failed ceasefire", extract.Ceasefire, failed, "cease-fire", nil, aleppo, "Cease-fire in Aleppo breaks down"},
		{"air raid", extract.Offensive, occurred, "air raid", []string{"Russia", "Syria"}, aleppo, "Air raid on Aleppo by Russia and Syria"},
		{"shelled", extract.Offensive, occurred, "shelled", []string{"rebels"}, aleppo, "Shelling of Aleppo by rebels"},
		{"captured", extract.Offensive, occurred, "captured", []string{"Syrian army"}, []string{"Palmyra"}, "Syrian army captures Palmyra"},
		{"captured by nobody", extract.Offensive, occurred, "recaptured", nil, []string{"Palmyra"}, "Capture of Palmyra"},
		{"planned offensive", extract.Offensive, planned, "offensive", []string{"Syrian army"}, aleppo, "Syrian army plans offensive on Aleppo"},
		{"chemical weapons", extract.Offensive, occurred, "chemical weapons", nil, []string{"Ghouta"}, "Chemical weapons attack on Ghouta"},
		{"failed offensive", extract.Offensive, failed, "offensive", nil, aleppo, "Offensive on Aleppo fails"},
		{"aid convoy", extract.Aid, occurred, "aid convoy", nil, aleppo, "Aid convoy in Aleppo"},
		{"evacuated", extract.Aid, occurred, "evacuated", []string{"Red Crescent"}, []string{"Madaya"}, "Evacuation in Madaya by Red Crescent"},
		{"proposed aid", extract.Aid, proposed, "humanitarian aid", nil, []string{"East Ghouta"}, "Humanitarian aid called for in East Ghouta"},
		{"halted aid", extract.Aid, failed, "aid deliveries", nil, aleppo, "Aid deliveries in Aleppo halted"},
		{"plural participant", extract.Offensive, occurred, "captured", []string{"rebels"}, aleppo, "Rebels capture Aleppo"},
		{"singular participant ending in s", extract.Offensive, occurred, "seized", []string{"Isis"}, []string{"Raqqa"}, "Isis captures Raqqa"},
		{"a state", meeting, occurred, "talks", []string{"United States"}, []string{"Geneva"}, "United States holds talks in Geneva"},
		{"statement", extract.Statement, occurred, "warned", []string{"John Kerry"}, nil, "John Kerry warns"},
		{"statement of many", extract.Statement, occurred, "said", kl, nil, "John Kerry and Sergei Lavrov say"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := single(tt.typ, tt.status, tt.trigger, tt.parts, tt.locs).Headline; got != tt.want {
				t.Errorf("headline of %s %s %q %v %v = %q; want %q", tt.status, tt.typ, tt.trigger, tt.parts, tt.locs, got, tt.want)
			}
		})
	}
}

func TestSingleID(t *testing.T) {
	tests := []struct {
		name  string
		value string
		parts []string
		locs  []string
		want  string
	}{
		{"people by last name", "2014-01-13", kl, []string{"Paris"}, "2014-01-13-meeting-paris-kerry-lavrov"},
		{"particles", "2014-01-13", []string{"Bashar al-Assad", "Staffan de Mistura"}, nil, "2014-01-13-meeting-al-assad-mistura"},
		{"states and groups whole", "2014-01-13", []string{"United States", "UN", "Syrian government", "Free Syrian Army"}, nil, "2014-01-13-meeting-united-states-un-syrian-government"},
		{"accents and spaces", "2016-10-13TNI", []string{"Mevlüt Çavuşoğlu"}, []string{"Genève", "Lausanne"}, "2016-10-13tni-meeting-geneve-cavusoglu"},
		{"week", "2016-W41", nil, nil, "2016-w41-meeting"},
		{"reference", "PAST_REF", []string{"Russia"}, nil, "past-ref-meeting-russia"},
		{"undated", "", []string{"Russia"}, nil, "undated-meeting-russia"},
		{"one slug once", "2016", []string{"John Kerry", "Mr Kerry", "Kerry"}, nil, "2016-meeting-kerry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := extract.Event{Type: meeting, Trigger: "met", Participants: tt.parts, Locations: tt.locs}
			if tt.value != "" {
				e.Time = &extract.EventTime{Value: tt.value}
			}
			if got := timeline.Single("a", e).ID; got != tt.want {
				t.Errorf("ID of %s meeting of %v in %v = %q; want %q", tt.value, tt.parts, tt.locs, got, tt.want)
			}
		})
	}
}
