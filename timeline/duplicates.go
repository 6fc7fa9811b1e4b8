package timeline

import (
	"fmt"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/fingerprint"
)

// markDuplicates finds the near-duplicate articles among articles (wire
// copies of one story, by their fingerprints) and sets DuplicateOf on all
// but the original of each group, clearing any link given in the input.
// It records the links in b.original, for counting independent reports,
// and warns of fingerprints that cannot be parsed.
func (b *builder) markDuplicates(articles []extract.Article) {
	sigs := make([]fingerprint.Signature, len(articles))
	parsed := make(map[string]fingerprint.Signature) // exact copies share a fingerprint
	for i := range articles {
		a := &articles[i]
		a.DuplicateOf = ""
		s, ok := parsed[a.Fingerprint]
		if !ok {
			var err error
			s, err = fingerprint.Parse(a.Fingerprint)
			if err != nil {
				b.articleWarns = append(b.articleWarns, fmt.Sprintf("article %q: %v; not compared with other articles", a.ID, err))
				continue
			}
			parsed[a.Fingerprint] = s
		}
		sigs[i] = s
	}
	for _, g := range fingerprint.Groups(sigs, fingerprint.Threshold) {
		orig := g[0]
		for _, i := range g[1:] {
			if earlier(&articles[i], &articles[orig]) {
				orig = i
			}
		}
		for _, i := range g {
			if i != orig {
				articles[i].DuplicateOf = articles[orig].ID
				b.original[articles[i].ID] = articles[orig].ID
			}
		}
	}
}

// earlier reports whether a was published before c: by publication date,
// an article without one after those with one, then by ID.
func earlier(a, c *extract.Article) bool {
	switch {
	case a.Published == c.Published:
		return a.ID < c.ID
	case a.Published == "" || c.Published == "":
		return c.Published == ""
	}
	return a.Published < c.Published
}

// independent returns the number of independent reports among the items
// of a group: their distinct articles, near-duplicates of one original
// counting once.
func (b *builder) independent(group []int) int {
	seen := make(map[string]bool)
	for _, i := range group {
		seen[b.report(b.items[i].article)] = true
	}
	return len(seen)
}

// report returns the ID of the independent report article id belongs
// to: its original if it is a near-duplicate, else itself.
func (b *builder) report(id string) string {
	if o, ok := b.original[id]; ok {
		return o
	}
	return id
}
