package timeline_test

import (
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

func ExampleBuild() {
	// Two articles report one meeting, one as "Saturday" and one as
	// "Oct. 15"; a third dates it a day earlier.
	meeting := func(text, value string) extract.Event {
		span, _ := extract.ParseValue(value, time.Time{})
		return extract.Event{
			Type:         extract.Meeting,
			Trigger:      "met",
			Sentence:     "Kerry and Lavrov met in Lausanne " + text + ".",
			Participants: []string{"John Kerry", "Sergei Lavrov"},
			Locations:    []string{"Lausanne"},
			Time:         &extract.EventTime{Text: text, Value: value, Rule: "example", Date: span},
		}
	}
	articles := []extract.Article{{ID: "ap"}, {ID: "reuters"}, {ID: "tass"}}
	events := []timeline.Event{
		timeline.Single("reuters", meeting("on Oct. 15", "2016-10-15")),
		timeline.Single("ap", meeting("Saturday", "2016-10-15")),
		timeline.Single("tass", meeting("Friday", "2016-10-14")),
	}
	t := timeline.Build(articles, events, timeline.Options{})
	for _, e := range t.Events {
		fmt.Println(e.ID)
		fmt.Println(e.Headline)
		fmt.Println(e.Date.Value, e.Sources, "sources", e.CAMEO, e.PLOVER.Event, e.PLOVER.Mode)
		for _, c := range e.Conflicts {
			fmt.Printf("%s says %q: %s\n", c.Article, c.Text, c.Value)
		}
	}
	// Output:
	// 2016-10-15-meeting-lausanne-kerry-lavrov
	// John Kerry and Sergei Lavrov meet in Lausanne
	// 2016-10-15 3 sources 044 CONSULT third-party
	// tass says "Friday": 2016-10-14
}
