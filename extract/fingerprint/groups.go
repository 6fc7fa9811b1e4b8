package fingerprint

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
)

// Groups returns the groups of near-duplicate signatures among sigs: the
// connected components of the pairs whose Similarity is at least
// threshold, leaving out signatures alone in theirs. Each group lists
// indexes into sigs in increasing order, and the groups are in order of
// their first index. Empty signatures are in no group, and a threshold of
// 0 or less is taken as 1/K, one equal minimum.
//
// Groups does not compare every pair. It splits each signature into bands
// of equal minima and compares only signatures that agree on a whole band
// (locality-sensitive hashing), choosing the band width so that a pair
// whose texts have a Jaccard similarity of threshold agrees on some band
// with probability at least 0.99. Pairs that share no minimum are never
// compared, and with one minimum per band (thresholds below about 0.27)
// every pair at or above the threshold is found. The result depends only
// on sigs and threshold, not on the order of the work.
//
// Groups keys the signatures one band at a time, so that its memory is a
// few words per signature, not per signature and band. Among the
// signatures that agree on a band, a signature is compared with the
// members of each component found so far only until one is similar
// enough, and not at all with a component it already belongs to: n
// copies of one story cost about n comparisons per band, not n²/2.
func Groups(sigs []Signature, threshold float64) [][]int {
	need := int(math.Ceil(threshold*K - 1e-9)) // equal minima needed
	need = min(max(need, 1), K)
	rows := bandRows(float64(need) / K)
	bands := K / rows

	g := grouper{sigs: sigs, need: need, parent: make([]int, len(sigs))}
	for i := range g.parent {
		g.parent[i] = i
	}

	// The bands are taken one at a time. Each signature gets an entry
	// keyed by a hash of the band number and its minima; a counting sort
	// places the entries in slots by the top bits of their keys, which
	// are well mixed, and a sort by key within each slot makes the
	// entries of one key, a bucket, adjacent. A collision of keys only
	// adds a candidate pair.
	n := 0
	for _, s := range sigs {
		if !s.Empty() {
			n++
		}
	}
	keys := make([]uint64, 0, n) // keys of the non-empty signatures in order
	entries := make([]entry, n)
	slotBits := max(bits.Len(uint(n))-3, 0) // 4 to 8 entries a slot
	shift := 64 - slotBits
	start := make([]int, 1<<slotBits+1) // where slot s starts, then ends
	for band := range bands {
		keys = keys[:0]
		clear(start)
		for _, s := range sigs {
			if !s.Empty() {
				key := s.bandKey(band, rows)
				keys = append(keys, key)
				start[key>>shift+1]++
			}
		}
		for k := 1; k < len(start); k++ {
			start[k] += start[k-1]
		}
		j := 0
		for i, s := range sigs {
			if !s.Empty() {
				key := keys[j]
				j++
				entries[start[key>>shift]] = entry{key, i}
				start[key>>shift]++
			}
		}
		// The components do not depend on the order in which buckets
		// and pairs are visited: a pair is joined, directly or through
		// other members, when its similarity is high enough.
		begin := 0
		for _, end := range start[:len(start)-1] {
			slot := entries[begin:end]
			begin = end
			if len(slot) < 2 {
				continue
			}
			slices.SortFunc(slot, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
			for lo := 0; lo < len(slot); {
				hi := lo + 1
				for hi < len(slot) && slot[hi].key == slot[lo].key {
					hi++
				}
				if hi-lo > 1 {
					g.bucket(slot[lo:hi])
				}
				lo = hi
			}
		}
	}

	var groups [][]int
	index := make(map[int]int) // root -> group
	for i := range sigs {
		r := g.find(i)
		if r == i {
			continue
		}
		k, ok := index[r]
		if !ok {
			k = len(groups)
			index[r] = k
			groups = append(groups, []int{r})
		}
		groups[k] = append(groups[k], i)
	}
	// Members join in increasing order after their root, the smallest
	// index; groups were made in order of their second member.
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}

// bandKey returns the key of s in a band of rows minima: a hash of the
// band number and the band's minima.
func (s Signature) bandKey(band, rows int) uint64 {
	h := (fnvOffset ^ uint64(band)) * fnvPrime
	for _, m := range s.mins[band*rows : (band+1)*rows] {
		h = (h ^ uint64(m)) * fnvPrime
	}
	return mix(h)
}

// An entry is a signature's key in one band.
type entry struct {
	key uint64 // hash of the band number and the band's minima
	i   int    // index of the signature
}

// A grouper joins signatures into components, as a union-find forest
// whose roots are the smallest indexes of their components.
type grouper struct {
	sigs   []Signature // the signatures grouped
	need   int         // equal minima needed to join two signatures
	parent []int       // parent of each signature in the forest
	comps  []comp      // components of the current bucket so far
	next   []int       // next member of a comp, by position in the bucket, or -1
}

// A comp is a component of the members of a bucket seen so far: a list of
// positions in the bucket, linked through grouper.next.
type comp struct {
	root int // the component's root, or a former root of it
	head int // position of the first member
	tail int // position of the last member
}

// find returns the root of i's component.
func (g *grouper) find(i int) int {
	for g.parent[i] != i {
		g.parent[i] = g.parent[g.parent[i]]
		i = g.parent[i]
	}
	return i
}

// bucket joins the signatures of entries, which agree on a band, into
// the components of the pairs among them with at least need equal
// minima. It adds the members one by one and keeps those seen grouped by
// component. A new member joins the component it already belongs to,
// through earlier buckets, and each other component of which it is
// similar to some member; the components it joins become one.
func (g *grouper) bucket(entries []entry) {
	g.comps = g.comps[:0]
	g.next = slices.Grow(g.next[:0], len(entries))[:len(entries)]
	for k, e := range entries {
		x := e.i
		rx := g.find(x)
		dst := -1 // index in comps of the component x is in
		w := 0    // comps kept so far
		for _, c := range g.comps {
			r := g.find(c.root)
			if r != rx {
				if !g.similar(x, c, entries) {
					g.comps[w] = c
					w++
					continue
				}
				g.parent[max(r, rx)] = min(r, rx)
				rx = min(r, rx)
			}
			if dst < 0 {
				dst = w
				g.comps[w] = c
				w++
			} else {
				g.next[g.comps[dst].tail] = c.head
				g.comps[dst].tail = c.tail
			}
		}
		g.comps = g.comps[:w]
		g.next[k] = -1
		if dst < 0 {
			g.comps = append(g.comps, comp{root: rx, head: k, tail: k})
		} else {
			g.next[g.comps[dst].tail] = k
			g.comps[dst].tail = k
			g.comps[dst].root = rx
		}
	}
}

// similar reports whether signature x has at least need equal minima
// with some member of c, a component of the bucket entries.
func (g *grouper) similar(x int, c comp, entries []entry) bool {
	for p := c.head; p >= 0; p = g.next[p] {
		if g.sigs[x].equal(g.sigs[entries[p].i]) >= g.need {
			return true
		}
	}
	return false
}

// bandRows returns the number of minima per band for finding pairs of
// similarity t: the widest band, dividing K, with which two texts of
// Jaccard similarity t agree on some band with probability at least
// 0.99.
func bandRows(t float64) int {
	for rows := K; rows > 1; rows /= 2 {
		if 1-math.Pow(1-math.Pow(t, float64(rows)), float64(K/rows)) >= 0.99 {
			return rows
		}
	}
	return 1
}
