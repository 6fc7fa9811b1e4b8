package htmlpage_test

import (
	"fmt"
	"log"

	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
)

func ExampleParse() {
	const data = `<!DOCTYPE html>
<html><head>
<title>Rail line delayed by two years - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2016-10-15T23:30:00-05:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Rail line delayed by two years</h1>
<p>The new railway line between the two cities will open two years later than planned, the government said on Saturday.</p>
<p>A review found that its costs had risen by a third.</p>
</article>
<footer>Copyright Daily Planet</footer>
</body></html>`
	p, err := htmlpage.Parse([]byte(data), "https://planet.example/news/rail")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (%s), published %s from %s\n", p.Title, p.Source, p.Published.Time.Format("2006-01-02"), p.Published.From)
	fmt.Print(p.Text)
	// Output:
	// Rail line delayed by two years (Daily Planet), published 2016-10-15 from meta article:published_time
	// Rail line delayed by two years
	//
	// The new railway line between the two cities will open two years later than planned, the government said on Saturday.
	//
	// A review found that its costs had risen by a third.
}
