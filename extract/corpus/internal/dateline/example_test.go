package dateline_test

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/dateline"
)

func ExampleInfer() {
	body := `Kerry says working to save Aleppo
Published: 10 December 2016
PARIS, Dec. 10 (Reuters) - U.S. Secretary of State John Kerry said on Saturday he was working to save Aleppo.`
	g, ok := dateline.Infer(body)
	if !ok {
		fmt.Println("no date")
		return
	}
	fmt.Println(g.Date.Format("2006-01-02"), g.Kind, g.Line, g.YearBorrowed)
	fmt.Printf("%q\n", g.Text)
	// Output:
	// 2016-12-10 dateline 3 true
	// "PARIS, Dec. 10 (Reuters) -"
}

func ExampleAll() {
	body := `15 October 2016
Updated: 16 October 2016
John Kerry and Sergei Lavrov met in Lausanne on Saturday in an attempt to revive a ceasefire in Syria.`
	for _, g := range dateline.All(body) {
		fmt.Println(g)
	}
	// Output:
	// 2016-10-15 date-only 1: "15 October 2016"
	// 2016-10-16 updated-line 2: "Updated: 16 October 2016"
}
