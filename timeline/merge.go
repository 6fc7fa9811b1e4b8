package timeline

import (
	"slices"
	"sort"

	"github.com/chronicle-news/chronicle/extract"
)

// Merging groups the items (mentions) into events. Every decision depends
// only on pairs of items, or on groups that such decisions already made,
// never on the order in which items are visited, so the groups are the
// same whatever the input order. Candidate pairs come from buckets of
// items of one type that share a participant or a location, and within a
// bucket only from items whose dates lie close together (see spanIndex),
// so the work grows with the size of the densest bucket-days, not with
// the square of the corpus.

// find returns the root of item i's tree.
func (b *builder) find(i int) int {
	for b.parent[i] != i {
		b.parent[i] = b.parent[b.parent[i]]
		i = b.parent[i]
	}
	return i
}

// union joins the trees of items i and j.
func (b *builder) union(i, j int) {
	ri, rj := b.find(i), b.find(j)
	if ri == rj {
		return
	}
	if b.size[ri] < b.size[rj] {
		ri, rj = rj, ri
	}
	b.parent[rj] = ri
	b.size[ri] += b.size[rj]
}

// bucketKey names a bucket of candidate items: those of one type naming
// one participant ('p') or location ('l'), or, for bare items, those of
// one type in one article with one trigger head word ('h').
type bucketKey struct {
	typ  extract.EventType
	kind byte
	name string
}

// articleKey names the items of one type in one article, with one head
// word when head is set.
type articleKey struct {
	typ     extract.EventType
	article string
	head    string
}

// merge groups the items into events and returns the groups, each a list
// of item indexes in item order, the groups in order of their first item.
func (b *builder) merge() [][]int {
	var dated, datedBare, undated, undatedBare []int
	for i := range b.items {
		it := &b.items[i]
		switch {
		case it.dated() && !it.bare():
			dated = append(dated, i)
		case it.dated():
			datedBare = append(datedBare, i)
		case !it.bare():
			undated = append(undated, i)
		default:
			undatedBare = append(undatedBare, i)
		}
	}
	b.mergeDated(dated)
	b.attachBare(datedBare, dated, true)
	pool := b.attachUndated(undated, dated)
	b.mergeUndated(pool)
	b.attachBare(undatedBare, pool, false)

	var groups [][]int
	index := make(map[int]int) // root -> group
	for i := range b.items {
		r := b.find(i)
		g, ok := index[r]
		if !ok {
			g = len(groups)
			index[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// buckets returns the items of list by type and participant, and by type
// and location.
func (b *builder) buckets(list []int) map[bucketKey][]int {
	m := make(map[bucketKey][]int)
	for _, i := range list {
		for _, k := range b.keys(&b.items[i]) {
			m[k] = append(m[k], i)
		}
	}
	return m
}

// mergeDated merges dated items that name participants or locations, in
// three steps. Two items of one type are candidates when they overlap
// (see overlap).
//
//  1. Candidates with the same span of days (equal values, or a part of a
//     day and its day) are one event.
//  2. A candidate that contains others (a week its days, a month its weeks)
//     and is at most ContainDays long joins their event if they all belong
//     to one; if they belong to several, it joins none, so that "last
//     week" does not glue together two meetings of that week. Containers
//     are taken shortest first, each length against the events the
//     shorter ones left.
//  3. Two events so made are one event whose reports disagree on the date
//     when they hold two items of different articles that report it alike
//     (see alike) on dates that do not agree but are at most ConflictDays
//     apart, and no article has items in both (an article that tells of
//     both tells of two events).
func (b *builder) mergeDated(list []int) {
	buckets := b.buckets(list)
	type spanKey struct{ lo, hi int }
	var lengths []int // lengths of the dates that may contain others
	for k, bucket := range buckets {
		hub := make(map[spanKey]int)
		for _, i := range bucket {
			it := &b.items[i]
			if k.kind == 'l' && len(it.parts) > 0 {
				continue // joins through an item without participants
			}
			if _, ok := hub[spanKey{it.span.lo, it.span.hi}]; !ok {
				hub[spanKey{it.span.lo, it.span.hi}] = i
			}
		}
		for _, i := range bucket {
			it := &b.items[i]
			if h, ok := hub[spanKey{it.span.lo, it.span.hi}]; ok {
				b.union(h, i)
			}
			if it.span.bounded && it.span.days > 1 && b.contain > 0 {
				lengths = append(lengths, it.span.days)
			}
		}
	}
	slices.Sort(lengths)
	lengths = slices.Compact(lengths)

	index := make(map[bucketKey]*spanIndex, len(buckets))
	for k, bucket := range buckets {
		index[k] = b.spanIndex(bucket, func(int) bool { return true })
	}
	roots := make([]int, len(b.items)) // item -> root before the current length
	for _, n := range lengths {
		for _, i := range list {
			roots[i] = b.find(i)
		}
		for _, c := range list {
			x := &b.items[c]
			if !x.span.bounded || x.span.days != n {
				continue
			}
			root := -1
			for _, k := range b.keys(x) {
				index[k].inside(b, x.span, func(j int) {
					y := &b.items[j]
					if y.span.days >= n || k.kind == 'l' && len(x.parts) > 0 && len(y.parts) > 0 {
						return
					}
					if r := roots[j]; root == -1 {
						root = r
					} else if r != root {
						root = -2 // several events
					}
				})
			}
			if root >= 0 {
				b.union(c, root)
			}
		}
	}

	if b.conflict < 0 {
		return
	}
	articles := make(map[int][]string) // root -> its articles, sorted
	for _, i := range list {
		r := b.find(i)
		roots[i] = r
		articles[r] = append(articles[r], b.items[i].article)
	}
	for r, a := range articles {
		articles[r] = slices.Compact(a) // items are in article order
	}
	for k, idx := range index {
		if k.kind != 'p' {
			continue // items reported alike share a participant
		}
		idx.pairs(b, idx, b.conflict, func(i, j int) {
			x, y := &b.items[i], &b.items[j]
			ri, rj := roots[i], roots[j]
			if ri != rj && x.article != y.article && b.near(&x.span, &y.span) && !b.agree(&x.span, &y.span) && alike(x, y) &&
				!sharesSorted(articles[ri], articles[rj]) {
				b.union(i, j)
			}
		})
	}
}

// keys returns the keys of the buckets an item is in.
func (b *builder) keys(it *item) []bucketKey {
	keys := make([]bucketKey, 0, len(it.parts)+len(it.locs))
	for _, p := range it.parts {
		keys = append(keys, bucketKey{it.typ, 'p', p})
	}
	for _, l := range it.locs {
		keys = append(keys, bucketKey{it.typ, 'l', l})
	}
	return keys
}

// attachBare gives each bare item (one naming neither participants nor
// locations) of list to the event of the items of others in its article
// with its type and trigger head word whose dates agree with its own
// (when dated is set), if they all belong to one event. Bare items left
// over are merged with each other on the same terms.
func (b *builder) attachBare(list, others []int, dated bool) {
	index := make(map[articleKey][]int)
	for _, i := range others {
		it := &b.items[i]
		k := articleKey{it.typ, it.article, it.head}
		index[k] = append(index[k], i)
	}
	agree := func(i, j int) bool { return !dated || b.agree(&b.items[i].span, &b.items[j].span) }
	left := make(map[articleKey][]int)
	for _, i := range list {
		it := &b.items[i]
		k := articleKey{it.typ, it.article, it.head}
		root := -1
		for _, c := range index[k] {
			if !agree(i, c) {
				continue
			}
			if r := b.find(c); root == -1 {
				root = r
			} else if r != root {
				root = -2 // several events
				break
			}
		}
		if root >= 0 {
			b.union(root, i)
			continue
		}
		left[k] = append(left[k], i)
	}
	for _, bare := range left {
		for x, i := range bare {
			for _, j := range bare[:x] {
				if agree(i, j) {
					b.union(i, j)
				}
			}
		}
	}
}

// attachUndated gives each undated item of list to the dated event of
// items in its article of its type that overlap it (see overlap), when
// they all belong to one event, and returns the items left undated.
func (b *builder) attachUndated(list, dated []int) []int {
	index := make(map[articleKey][]int)
	for _, i := range dated {
		it := &b.items[i]
		k := articleKey{typ: it.typ, article: it.article}
		index[k] = append(index[k], i)
	}
	var pool []int
	for _, i := range list {
		it := &b.items[i]
		root := -1
		for _, c := range index[articleKey{typ: it.typ, article: it.article}] {
			// An undated report of another status is another event: "the
			// talks were suspended" is not the meeting dated Saturday.
			if !overlap(it, &b.items[c]) || it.status != b.items[c].status {
				continue
			}
			if r := b.find(c); root == -1 {
				root = r
			} else if r != root {
				root = -2
				break
			}
		}
		if root >= 0 {
			b.union(root, i)
		} else {
			pool = append(pool, i)
		}
	}
	return pool
}

// mergeUndated merges undated items of one article that overlap (see
// overlap): a shared participant, or a shared location when one of them
// names no participants. Without dates, reports in different articles are
// never taken for one event: "talks with Russia" in 2014 and in 2016 are
// two.
func (b *builder) mergeUndated(list []int) {
	byArticle := make(map[string][]int)
	for _, i := range list {
		a := b.items[i].article
		byArticle[a] = append(byArticle[a], i)
	}
	for _, l := range byArticle {
		b.mergeUndatedIn(l)
	}
}

// mergeUndatedIn merges the overlapping undated items of list.
func (b *builder) mergeUndatedIn(list []int) {
	for k, bucket := range b.buckets(list) {
		if k.kind == 'p' {
			for _, i := range bucket[1:] {
				b.union(bucket[0], i)
			}
			continue
		}
		first := -1
		for _, i := range bucket {
			if len(b.items[i].parts) == 0 {
				first = i
				break
			}
		}
		if first < 0 {
			continue
		}
		for _, i := range bucket {
			b.union(first, i)
		}
	}
}

// agree reports whether two dates can be the date of one event: the same
// days (equal values, a part of a day and its day, PAST_REF from articles
// of one day), or one inside the other when the outer is at most
// ContainDays long (a day in its week or month, a weekend in its week).
func (b *builder) agree(x, y *span) bool {
	switch {
	case x.lo == y.lo && x.hi == y.hi:
		return true
	case b.contain == 0:
		return false
	case y.bounded && x.lo >= y.lo && x.hi <= y.hi:
		return true
	case x.bounded && y.lo >= x.lo && y.hi <= x.hi:
		return true
	}
	return false
}

// near reports whether two dates that do not agree are close enough to be
// disagreeing reports of one event: both at most ContainDays long, and at
// most ConflictDays apart.
func (b *builder) near(x, y *span) bool {
	if b.conflict < 0 || !x.bounded || !y.bounded {
		return false
	}
	return max(x.lo, y.lo)-min(x.hi, y.hi) <= b.conflict
}

// overlap reports whether two items name the same thing: a participant in
// common, or a location in common when one of them names no participants
// (two reports of fighting in Aleppo by different sides are two events).
func overlap(x, y *item) bool {
	if shares(x.parts, y.parts) {
		return true
	}
	return (len(x.parts) == 0 || len(y.parts) == 0) && shares(x.locs, y.locs)
}

// alike reports whether two items report one event strongly enough that
// disagreeing dates do not make them two: they have the same two or more
// participants, or they share a location and at least half of all the
// participants they name between them ("Kerry" and "Kerry and Lavrov" in
// Lausanne, but not "Kerry and Lavrov" and "Kerry and Zarif").
func alike(x, y *item) bool {
	n := 0
	for _, p := range x.parts {
		if slices.Contains(y.parts, p) {
			n++
		}
	}
	if n >= 2 && n == len(x.parts) && n == len(y.parts) {
		return true
	}
	return n >= 1 && 3*n >= len(x.parts)+len(y.parts) && shares(x.locs, y.locs)
}

// shares reports whether two short lists have a string in common.
func shares(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// sharesSorted reports whether two sorted lists have a string in common.
func sharesSorted(a, b []string) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}

// spanIndex holds the bounded dated items of a bucket in classes by
// length, each sorted by first day, so that the items whose dates lie
// near a given date can be found by binary search.
type spanIndex struct {
	classes [3][]int // items of at most 1, 7 and any more days
	longest [3]int   // the longest date in each class, in days
}

// spanIndex returns the index of the bounded items of list for which keep
// reports true.
func (b *builder) spanIndex(list []int, keep func(int) bool) *spanIndex {
	x := new(spanIndex)
	for _, i := range list {
		s := &b.items[i].span
		if !s.bounded || !keep(i) {
			continue
		}
		c := 2
		switch {
		case s.days <= 1:
			c = 0
		case s.days <= 7:
			c = 1
		}
		x.classes[c] = append(x.classes[c], i)
		x.longest[c] = max(x.longest[c], s.days)
	}
	for c := range x.classes {
		slices.SortFunc(x.classes[c], func(i, j int) int { return b.items[i].span.lo - b.items[j].span.lo })
	}
	return x
}

// inside calls fn(j) for each item j of x whose date lies inside s.
func (x *spanIndex) inside(b *builder, s span, fn func(j int)) {
	for _, cands := range x.classes {
		k := sort.Search(len(cands), func(k int) bool { return b.items[cands[k]].span.lo >= s.lo })
		for ; k < len(cands) && b.items[cands[k]].span.lo <= s.hi; k++ {
			if j := cands[k]; b.items[j].span.hi <= s.hi {
				fn(j)
			}
		}
	}
}

// pairs calls fn(i, j) for each item i of x and each item j of y, other
// than i and not already in i's group, that starts no later than i and
// ends at most reach days before i starts: every pair whose dates overlap
// or lie at most reach days apart, in one order or the other.
func (x *spanIndex) pairs(b *builder, y *spanIndex, reach int, fn func(i, j int)) {
	for _, list := range x.classes {
		for _, i := range list {
			lo := b.items[i].span.lo
			for c, cands := range y.classes {
				from := lo - y.longest[c] - reach
				k := sort.Search(len(cands), func(k int) bool { return b.items[cands[k]].span.lo >= from })
				for ; k < len(cands) && b.items[cands[k]].span.lo <= lo; k++ {
					j := cands[k]
					if j != i && b.find(i) != b.find(j) {
						fn(i, j)
					}
				}
			}
		}
	}
}
