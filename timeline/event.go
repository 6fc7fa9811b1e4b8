package timeline

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/extract"
)

// event returns the event a group of items reports.
func (b *builder) event(group []int) Event {
	e := Event{
		Participants: []string{},
		Locations:    []string{},
		Mentions:     make([]Mention, 0, len(group)),
		Conflicts:    []Conflict{},
	}
	chosen := b.chooseDate(group)
	lead := -1
	var articles []string
	for _, i := range group {
		it := &b.items[i]
		if chosen == nil || it.date != nil && *it.date == *chosen {
			if lead < 0 || it.pub > b.items[lead].pub {
				lead = i
			}
		}
		for _, p := range it.parts {
			if !slices.Contains(e.Participants, p) {
				e.Participants = append(e.Participants, p)
			}
		}
		for _, l := range it.locs {
			if !slices.Contains(e.Locations, l) {
				e.Locations = append(e.Locations, l)
			}
		}
		e.Mentions = append(e.Mentions, Mention{
			Article:  it.article,
			Sentence: it.sentence,
			Start:    it.start,
			End:      it.end,
			Trigger:  it.trigger,
			Status:   it.status,
			Time:     it.time,
		})
		if len(articles) == 0 || articles[len(articles)-1] != it.article {
			articles = append(articles, it.article) // items are in article order
		}
	}
	l := &b.items[lead]
	e.Type = l.typ
	e.Status = l.status
	for _, i := range group {
		if it := &b.items[i]; it.status == extract.Failed && it.pub >= l.pub {
			e.Status = extract.Failed
		}
	}
	if chosen != nil {
		d := *chosen
		e.Date = &d
		for _, i := range group {
			it := &b.items[i]
			if it.date == nil || b.agree(&it.span, &l.span) {
				continue
			}
			c := Conflict{Article: it.article, Sentence: it.sentence, Text: it.time.Text, Value: it.time.Value}
			if !slices.Contains(e.Conflicts, c) {
				e.Conflicts = append(e.Conflicts, c)
			}
		}
	}
	e.Sources = len(articles)
	e.Headline = headline(e.Type, e.Status, l.trigger, e.Participants, e.Locations)
	e.CAMEO, e.PLOVER = codesOf(e.Type, e.Status, l.trigger, e.Participants, e.Locations)
	e.ID = baseID(e.Date, e.Type, e.Participants, e.Locations)
	return e
}

// chooseDate returns the best-supported date of a group's dated items, or
// nil if none is dated. A date's support is the number of independent
// reports (articles, near-duplicates counting once) with an item whose
// date agrees with it by being equal or
// containing it (a report of "this week" supports "Saturday"). Ties go to
// the finer date (fewer days, then the finer granularity), then to the
// date whose first article has the smaller ID, then to the smaller value.
func (b *builder) chooseDate(group []int) *Date {
	type candidate struct {
		date     *Date
		span     *span
		articles []string // in order, unique
	}
	var cands []candidate
	for _, i := range group {
		it := &b.items[i]
		if it.date == nil {
			continue
		}
		k := slices.IndexFunc(cands, func(c candidate) bool { return *c.date == *it.date })
		if k < 0 {
			k = len(cands)
			cands = append(cands, candidate{date: it.date, span: &it.span})
		}
		if a := cands[k].articles; len(a) == 0 || a[len(a)-1] != it.article {
			cands[k].articles = append(a, it.article)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	support := make([]int, len(cands))
	for x, c := range cands {
		seen := make(map[string]bool)
		for _, d := range cands {
			if d.span.lo == c.span.lo && d.span.hi == c.span.hi || d.span.bounded && b.contain > 0 &&
				c.span.lo >= d.span.lo && c.span.hi <= d.span.hi {
				for _, a := range d.articles {
					seen[b.report(a)] = true
				}
			}
		}
		support[x] = len(seen)
	}
	best := 0
	for x := 1; x < len(cands); x++ {
		c, d := cands[x], cands[best]
		if cmp.Or(
			cmp.Compare(support[best], support[x]),
			cmp.Compare(c.span.days, d.span.days),
			cmp.Compare(fineness(c.date.Granularity), fineness(d.date.Granularity)),
			strings.Compare(c.articles[0], d.articles[0]),
			strings.Compare(c.date.Value, d.date.Value),
			compareDates(c.date, d.date),
		) < 0 {
			best = x
		}
	}
	return cands[best].date
}

// fineness ranks granularities from the finest: a part of a day is finer
// than its day.
func fineness(g extract.Granularity) int {
	switch g {
	case extract.PartOfDay:
		return 0
	case extract.Day:
		return 1
	case extract.Weekend:
		return 2
	case extract.Week:
		return 3
	case extract.Unknown:
		return 100
	}
	return int(g) + 10
}

// sortAndName sorts dated events by date start, date end, type name and
// ID, and undated events by type name and ID, and makes IDs unique across
// both: events with the same ID get -2, -3 ... in that order, ties broken
// by their first mentions. An open start (PAST_REF) is empty and sorts
// first, as does an open end among events starting on the same day.
func sortAndName(dated, undated []Event) {
	byMention := func(a, b Event) int {
		x, y := a.Mentions[0], b.Mentions[0]
		return cmp.Or(
			strings.Compare(x.Article, y.Article),
			cmp.Compare(x.Start, y.Start),
			cmp.Compare(x.End, y.End),
			strings.Compare(x.Trigger, y.Trigger),
		)
	}
	byDate := func(a, b Event) int {
		return cmp.Or(
			strings.Compare(a.Date.Start, b.Date.Start),
			strings.Compare(a.Date.End, b.Date.End),
			strings.Compare(a.Type.String(), b.Type.String()),
			strings.Compare(a.ID, b.ID),
		)
	}
	byType := func(a, b Event) int {
		return cmp.Or(
			strings.Compare(a.Type.String(), b.Type.String()),
			strings.Compare(a.ID, b.ID),
		)
	}
	both(func() { slices.SortFunc(dated, func(a, b Event) int { return cmp.Or(byDate(a, b), byMention(a, b)) }) },
		func() {
			slices.SortFunc(undated, func(a, b Event) int { return cmp.Or(byType(a, b), byMention(a, b)) })
		})
	uniqueIDs(dated, undated)
	both(func() { slices.SortStableFunc(dated, byDate) },
		func() { slices.SortStableFunc(undated, byType) })
}

// both runs f and g at once and returns when both have.
func both(f, g func()) {
	var wg sync.WaitGroup
	wg.Go(f)
	g()
	wg.Wait()
}
