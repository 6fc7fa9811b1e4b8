package corpus

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus/internal/htmlpage"
)

// page parses an HTML page, the input's data or an html field of a JSON
// record: the article text taken out with readability, the publication
// date and other metadata from its meta tags and JSON-LD.
func (in *Input) page(a *extract.Article, meta *metadata, data []byte) (int, error) {
	p, err := htmlpage.Parse(data, "")
	if err != nil {
		return 0, err
	}
	a.Body = p.Text
	*meta = metadata{title: p.Title, source: p.Source, url: p.URL, from: "html-meta"}
	for _, bad := range p.Invalid {
		in.warns = append(in.warns, fmt.Sprintf("page metadata: %s: %q is not a real date; ignored", bad.From, bad.Raw))
	}
	for i, t := range p.Dates {
		d := stampDay(t, in.opts.TZ)
		if i == 0 {
			meta.published, meta.day = t.Raw, d
			continue
		}
		if d != meta.day {
			meta.others = append(meta.others, dated{d, "page metadata (" + t.From + ")"})
		}
	}
	return 0, nil
}
