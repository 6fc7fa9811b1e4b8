package extract_test

import (
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/extract"
)

func ExampleExtractor_Timexes() {
	text := "The top U.S. diplomat and his Russian counterpart are meeting in Switzerland Saturday " +
		"in an attempt to broker a deal. Lavrov said Friday he had no special expectations."
	pub := time.Date(2016, time.October, 15, 0, 0, 0, 0, time.UTC) // a Saturday
	for _, t := range extract.New().Timexes(text, pub) {
		fmt.Printf("%s\t%s\t%s\t%s to %s\n", t.Text, t.Type, t.Value, t.Date.Start, t.Date.End)
	}
	// Output:
	// Saturday	DATE	2016-10-15	2016-10-15 to 2016-10-15
	// Friday	DATE	2016-10-14	2016-10-14 to 2016-10-14
}
