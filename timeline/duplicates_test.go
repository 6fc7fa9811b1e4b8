package timeline_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/fingerprint"
	"github.com/chronicle-news/chronicle/timeline"
)

// Article bodies for the duplicate tests: a wire story, a copy of it as
// another outlet runs it, and an independent report of the same meeting.
const (
	wire = "The top U.S. diplomat and his Russian counterpart are meeting in Switzerland Saturday in an " +
		"attempt to broker a deal to resurrect the peace process in Syria. U.S. Secretary of State John Kerry " +
		"and Russian Foreign Minister Sergei Lavrov are convening in Lausanne where they will strive to bring " +
		"an end to the weeks-long attacks on the northern Syrian city of Aleppo. Lavrov said Friday, however, " +
		"he had no special expectations for the latest round of diplomatic talks."
	wireCopy = "Kerry, Lavrov meet in Lausanne in new bid on Syria\n\nLAUSANNE, Switzerland (AP) — " + wire +
		"\n\nAdvertisement\n\nCopyright 2016 The Associated Press. All rights reserved."
	wireEdited = "Top diplomats try again on Syria\n\n" + wire + "\n\nRELATED: What is happening in Aleppo, explained"
	ownReport  = "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov met on Saturday in " +
		"the Swiss city of Lausanne for talks on Syria, joined by ministers from Iran, Saudi Arabia, Turkey and " +
		"Qatar, in a new attempt to halt the fighting in Aleppo. Lavrov told reporters he had no special " +
		"expectations for the gathering."
)

// withBodies gives the articles of results the fingerprints of bodies,
// by article ID.
func withBodies(rs []extract.Result, bodies map[string]string) []extract.Result {
	for i := range rs {
		if body, ok := bodies[rs[i].Article.ID]; ok {
			rs[i].Article.Body = body
			rs[i].Article.Fingerprint = fingerprint.Of(body).String()
		}
	}
	return rs
}

func TestBuildDuplicates(t *testing.T) {
	saturday := func(art string) men {
		return men{art: art, typ: meeting, trigger: "meeting", parts: kl, locs: lau, text: "Saturday", value: "2016-10-15"}
	}
	friday := func(art string) men {
		m := saturday(art)
		m.text, m.value = "Friday", "2016-10-14"
		return m
	}
	tests := []struct {
		name       string
		ms         []men
		pub        map[string]string // publication dates other than published
		bodies     map[string]string // article bodies
		want       []summary
		duplicates map[string]string // article -> DuplicateOf, for those that have one
	}{{
		name:   "copies count once",
		ms:     []men{saturday("a"), saturday("b")},
		bodies: map[string]string{"a": wire, "b": wireCopy},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 1, Mentions: 2}},
		duplicates: map[string]string{"b": "a"},
	}, {
		name:   "independent reports count twice",
		ms:     []men{saturday("a"), saturday("c")},
		bodies: map[string]string{"a": wire, "c": ownReport},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		name:   "two copies and an independent report",
		ms:     []men{saturday("a"), saturday("b"), saturday("c"), saturday("d")},
		bodies: map[string]string{"a": wireEdited, "b": wireCopy, "c": ownReport, "d": wire},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 2, Mentions: 4}},
		duplicates: map[string]string{"b": "a", "d": "a"},
	}, {
		name:   "the earliest published copy is the original",
		ms:     []men{saturday("a"), saturday("b"), saturday("z")},
		pub:    map[string]string{"a": "2016-10-16", "z": "2016-10-15", "b": "2016-10-17"},
		bodies: map[string]string{"a": wireCopy, "b": wireEdited, "z": wire},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 1, Mentions: 3}},
		duplicates: map[string]string{"a": "z", "b": "z"},
	}, {
		name:   "a copy without a publication date is not the original",
		ms:     []men{saturday("a"), saturday("b")},
		pub:    map[string]string{"a": ""},
		bodies: map[string]string{"a": wire, "b": wireCopy},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 1, Mentions: 2}},
		duplicates: map[string]string{"a": "b"},
	}, {
		name:   "short items are never copies",
		ms:     []men{saturday("a"), saturday("b")},
		bodies: map[string]string{"a": "Kerry and Lavrov met in Lausanne on Saturday.", "b": "Kerry and Lavrov met in Lausanne on Saturday."},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		name:   "articles without fingerprints are independent",
		ms:     []men{saturday("a"), saturday("b")},
		bodies: map[string]string{"a": wire},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 2, Mentions: 2}},
	}, {
		// An edited copy that dates the meeting otherwise is still a
		// report worth showing.
		name:   "copies disagreeing on the date keep the conflict",
		ms:     []men{saturday("a"), friday("b")},
		bodies: map[string]string{"a": wire, "b": wireCopy},
		want: []summary{{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred",
			Participants: kl, Sources: 1, Mentions: 2, Conflicts: []string{"b=2016-10-14"}}},
		duplicates: map[string]string{"b": "a"},
	}, {
		name: "every event of a copy counts once",
		ms: []men{saturday("a"), saturday("b"),
			{art: "a", typ: extract.Ceasefire, status: extract.Proposed, trigger: "cease-fire", start: 500, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"},
			{art: "b", typ: extract.Ceasefire, status: extract.Proposed, trigger: "cease-fire", start: 600, locs: []string{"Aleppo"}, text: "Saturday", value: "2016-10-15"}},
		bodies: map[string]string{"a": wire, "b": wireCopy},
		want: []summary{
			{ID: "2016-10-15-ceasefire-aleppo", Date: "2016-10-15", Status: "proposed", Participants: []string{}, Sources: 1, Mentions: 2},
			{ID: "2016-10-15-meeting-lausanne-kerry-lavrov", Date: "2016-10-15", Status: "occurred", Participants: kl, Sources: 1, Mentions: 2},
		},
		duplicates: map[string]string{"b": "a"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			articles, events := inputs(withBodies(results(tt.ms, tt.pub), tt.bodies))
			tl := timeline.Build(articles, events, timeline.Options{})
			if diff := cmp.Diff(tt.want, summarise(tl)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
			got := make(map[string]string)
			for _, a := range tl.Articles {
				if a.DuplicateOf != "" {
					got[a.ID] = a.DuplicateOf
				}
			}
			if diff := cmp.Diff(tt.duplicates, got, cmpEmptyMaps); diff != "" {
				t.Errorf("duplicate_of (-want +got):\n%s", diff)
			}
			if len(tl.Warnings) != 0 {
				t.Errorf("warnings %q; want none", tl.Warnings)
			}
		})
	}
}

// cmpEmptyMaps makes a nil map equal to an empty one.
var cmpEmptyMaps = cmp.FilterValues(func(a, b map[string]string) bool { return len(a) == 0 && len(b) == 0 }, cmp.Ignore())

func TestBuildDuplicatesInput(t *testing.T) {
	rs := withBodies(results([]men{
		{art: "a", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		{art: "b", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
		{art: "c", typ: meeting, trigger: "met", parts: kl, text: "Saturday", value: "2016-10-15"},
	}, nil), map[string]string{"a": wire, "b": ownReport, "c": wireCopy})

	// A link given in the input is not trusted but worked out again.
	rs[1].Article.DuplicateOf = "a"
	rs[2].Article.DuplicateOf = "b"
	articles, events := inputs(rs)
	tl := timeline.Build(articles, events, timeline.Options{})
	var got []string
	for _, a := range tl.Articles {
		got = append(got, a.ID+"->"+a.DuplicateOf)
	}
	if want := []string{"a->", "b->", "c->a"}; !slices.Equal(got, want) {
		t.Errorf("articles %q; want %q", got, want)
	}

	// An article whose fingerprint cannot be read is compared with none,
	// with a warning.
	articles[0].Fingerprint = "m7:future"
	tl = timeline.Build(articles, events, timeline.Options{})
	want := []string{`article "a": cannot parse fingerprint: unknown fingerprint version "m7"; not compared with other articles`}
	if diff := cmp.Diff(want, tl.Warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	if n := tl.Events[0].Sources; n != 3 {
		t.Errorf("sources = %d; want 3", n)
	}
}

// corpusWithCopies returns the results of the synthetic corpus of
// TestBuildDeterministic with bodies: every fifth article a copy of the
// one before, the others independent.
func corpusWithCopies(n int, seed uint64) []extract.Result {
	rs := results(corpus(n, seed))
	r := rand.New(rand.NewPCG(seed, 2))
	bodies := make(map[string]string)
	var prev string
	for i, res := range rs {
		var body string
		if i%5 == 1 {
			body = "Outlet headline\n\n" + prev + "\n\nAdvertisement"
		} else {
			w := make([]string, 60+r.IntN(200))
			for k := range w {
				w[k] = fmt.Sprintf("w%d", r.IntN(5000))
			}
			body = strings.Join(w, " ")
		}
		bodies[res.Article.ID] = body
		prev = body
	}
	return withBodies(rs, bodies)
}

// TestBuildDuplicatesDeterministic checks that a timeline with copies is
// the same whatever the order of its input, and whether it is built from
// the articles or from extract output read back in shards.
func TestBuildDuplicatesDeterministic(t *testing.T) {
	rs := corpusWithCopies(3000, 5)
	articles, events := inputs(rs)
	tl := timeline.Build(articles, events, timeline.Options{})
	copies := 0
	for _, a := range tl.Articles {
		if a.DuplicateOf != "" {
			copies++
		}
	}
	if copies == 0 {
		t.Fatal("the corpus has no copies")
	}
	want := jsonOf(t, tl)
	lines := extractLines(t, rs)
	r := rand.New(rand.NewPCG(7, 8))
	for _, shards := range []int{1, 4} {
		t.Run(fmt.Sprintf("%d shards", shards), func(t *testing.T) {
			r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
			bufs := make([]strings.Builder, shards)
			for _, l := range lines {
				bufs[r.IntN(shards)].WriteString(l)
			}
			var (
				articles []extract.Article
				events   []timeline.Event
			)
			for i := shards - 1; i >= 0; i-- {
				a, e, err := timeline.ReadExtract(strings.NewReader(bufs[i].String()))
				if err != nil {
					t.Fatalf("ReadExtract(shard %d): %v", i, err)
				}
				articles = append(articles, a...)
				events = append(events, e...)
			}
			r.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
			got := jsonOf(t, timeline.Build(articles, events, timeline.Options{}))
			if !bytes.Equal(got, want) {
				t.Errorf("Build from extract output differs from Build from articles:\n%s", cmp.Diff(string(want), string(got)))
			}
		})
	}
}
