package fingerprint

import (
	"cmp"
	"math"
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
func Groups(sigs []Signature, threshold float64) [][]int {
	need := int(math.Ceil(threshold*K - 1e-9)) // equal minima needed
	need = min(max(need, 1), K)
	rows := bandRows(float64(need) / K)

	parent := make([]int, len(sigs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}

	// Each signature gets one entry per band, keyed by a hash of the band
	// number and its minima; sorted, the entries of one key are adjacent.
	// A collision of keys only adds a candidate pair.
	type entry struct {
		key uint64
		i   int
	}
	n := 0
	for _, s := range sigs {
		if !s.Empty() {
			n++
		}
	}
	entries := make([]entry, 0, n*(K/rows))
	for i, s := range sigs {
		if s.Empty() {
			continue
		}
		for band := 0; band < K/rows; band++ {
			h := (fnvOffset ^ uint64(band)) * fnvPrime
			for _, m := range s.mins[band*rows : (band+1)*rows] {
				h = (h ^ uint64(m)) * fnvPrime
			}
			entries = append(entries, entry{mix(h), i})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Or(cmp.Compare(a.key, b.key), a.i-b.i) })
	// The components do not depend on the order in which pairs are
	// visited: a pair is joined when its similarity is high enough, and
	// skipped only when it is already joined.
	for lo := 0; lo < len(entries); {
		hi := lo + 1
		for hi < len(entries) && entries[hi].key == entries[lo].key {
			hi++
		}
		for x := lo + 1; x < hi; x++ {
			for y := lo; y < x; y++ {
				i, j := entries[x].i, entries[y].i
				ri, rj := find(i), find(j)
				if ri != rj && sigs[i].equal(sigs[j]) >= need {
					parent[max(ri, rj)] = min(ri, rj)
				}
			}
		}
		lo = hi
	}

	var groups [][]int
	index := make(map[int]int) // root -> group
	for i := range sigs {
		r := find(i)
		if r == i {
			continue
		}
		g, ok := index[r]
		if !ok {
			g = len(groups)
			index[r] = g
			groups = append(groups, []int{r})
		}
		groups[g] = append(groups[g], i)
	}
	// Members join in increasing order after their root, the smallest
	// index; groups were made in order of their second member.
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
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
