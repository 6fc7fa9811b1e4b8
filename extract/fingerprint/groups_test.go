package fingerprint

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// groupsPairwise is the former implementation of Groups, kept as a
// reference: it makes one entry per signature and band at once, and
// compares every pair of entries with the same key. Groups must return
// exactly what it returns.
func groupsPairwise(sigs []Signature, threshold float64) [][]int {
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
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}

// randomSig returns a signature of K minima drawn from the first alphabet
// values; a small alphabet makes many bands and minima agree.
func randomSig(r *rand.Rand, alphabet int) Signature {
	s := Signature{mins: make([]uint16, K)}
	for i := range s.mins {
		s.mins[i] = uint16(r.IntN(alphabet))
	}
	return s
}

// nearCopy returns a copy of s with each minimum replaced, with
// probability rate, by a random value of the alphabet.
func nearCopy(r *rand.Rand, s Signature, rate float64, alphabet int) Signature {
	c := Signature{mins: slices.Clone(s.mins)}
	for i := range c.mins {
		if r.Float64() < rate {
			c.mins[i] = uint16(r.IntN(alphabet))
		}
	}
	return c
}

// splice returns a signature with the minima of a in [0, k) and those of b
// in [k, K).
func splice(a, b Signature, k int) Signature {
	return Signature{mins: slices.Concat(a.mins[:k], b.mins[k:])}
}

// shuffle returns sigs in an order drawn from r.
func shuffle(r *rand.Rand, sigs []Signature) []Signature {
	r.Shuffle(len(sigs), func(i, j int) { sigs[i], sigs[j] = sigs[j], sigs[i] })
	return sigs
}

// chains returns n chains of length signatures each, in which each link
// shares its first minima with the link before and its last ones with the
// link after: neighbours are copies at Threshold, links two apart are not.
func chains(r *rand.Rand, n, length int) []Signature {
	var sigs []Signature
	for range n {
		prev := randomSig(r, 1<<16)
		for k := range length {
			next := randomSig(r, 1<<16)
			// Alternate the shared half so that link k shares [0, 48)
			// with one neighbour and [80, 128) with the other.
			if k%2 == 0 {
				sigs = append(sigs, splice(prev, next, 48))
			} else {
				sigs = append(sigs, splice(next, prev, 80))
			}
			prev = sigs[len(sigs)-1]
		}
	}
	return sigs
}

// meetInBucket returns six signatures w, a, o, x, y, z, in this order
// of index, whose components meet in one bucket at Threshold (2 minima a
// band, 39 equal minima needed). Each similar pair agrees on exactly one
// band and has 37 more equal minima, one in each of bands 11 to 47: o~z
// on band 0, z~x on band 1, w~y on band 2, and a~x and o~y on band 10,
// which a, o, x and y share. So when band 10 comes, o and x are already
// one component, joined through z, and w and y another; in its bucket x
// joins a, and y joins o. The links a~x and o~y are found there only.
func meetInBucket() []Signature {
	const w, a, o, x, y, z = 0, 1, 2, 3, 4, 5
	sigs := make([]Signature, 6)
	v := uint16(0)
	for i := range sigs {
		sigs[i].mins = make([]uint16, K)
		for k := range K {
			v++
			sigs[i].mins[k] = v
		}
	}
	// band gives the signatures js the minima of i in band b.
	band := func(b, i int, js ...int) {
		for _, j := range js {
			copy(sigs[j].mins[2*b:2*b+2], sigs[i].mins[2*b:])
		}
	}
	// spread gives j the minima of i at the positions 2*b+odd of bands
	// 11 to 47, one in each band.
	spread := func(odd, i, j int) {
		for b := 11; b < 48; b++ {
			sigs[j].mins[2*b+odd] = sigs[i].mins[2*b+odd]
		}
	}
	band(0, o, z)
	spread(0, o, z)
	band(1, z, x)
	spread(1, z, x)
	band(2, w, y)
	spread(0, w, y)
	band(10, a, o, x, y)
	spread(0, a, x)
	spread(1, o, y)
	return sigs
}

// TestMeetInBucket checks that meetInBucket's signatures are built as it
// says: the pairs similar at Threshold and the bands they agree on.
func TestMeetInBucket(t *testing.T) {
	sigs := meetInBucket()
	want := map[[2]int][]int{ // similar pair -> bands it agrees on
		{2, 5}: {0}, {3, 5}: {1}, {0, 4}: {2}, {1, 3}: {10}, {2, 4}: {10},
	}
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			var bands []int
			for b := range K / 2 {
				if slices.Equal(sigs[i].mins[2*b:2*b+2], sigs[j].mins[2*b:2*b+2]) {
					bands = append(bands, b)
				}
			}
			sim := sigs[i].Similarity(sigs[j]) >= Threshold
			if w, ok := want[[2]int{i, j}]; sim != ok || ok && !slices.Equal(bands, w) {
				t.Errorf("signatures %d and %d: similarity %v, agreeing on bands %v; want similar %v on bands %v", i, j, sigs[i].Similarity(sigs[j]), bands, ok, w)
			}
		}
	}
}

// copies returns stories × perStory near-copies of random stories, each
// with a random fraction of up to maxRate of its minima changed, and
// unique random signatures, in a random order.
func copies(r *rand.Rand, stories, perStory int, maxRate float64, unique int) []Signature {
	var sigs []Signature
	for range stories {
		base := randomSig(r, 1<<16)
		for range perStory {
			sigs = append(sigs, nearCopy(r, base, r.Float64()*maxRate, 1<<16))
		}
	}
	for range unique {
		sigs = append(sigs, randomSig(r, 1<<16))
	}
	return shuffle(r, sigs)
}

// TestGroupsPairwise compares Groups with groupsPairwise, the pairwise
// reference, on signatures made to exercise the buckets: copies, near
// copies around the threshold, chains and empty signatures.
func TestGroupsPairwise(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	tests := []struct {
		name string
		sigs []Signature
	}{
		{"none", nil},
		{"one", []Signature{randomSig(r, 1<<16)}},
		{"one empty", []Signature{{}}},
		{"two copies", func() []Signature { s := randomSig(r, 1<<16); return []Signature{s, s} }()},
		{"random", copies(r, 0, 0, 0, 2000)},
		{"random small alphabet", func() []Signature {
			var sigs []Signature
			for range 300 {
				sigs = append(sigs, randomSig(r, 3))
			}
			return sigs
		}()},
		{"exact copies", copies(r, 5, 300, 0, 100)},
		{"near copies", copies(r, 20, 50, 0.9, 500)},
		{"near copies around the threshold", func() []Signature {
			// Copies of a base at rates that put pairs of copies on
			// both sides of need = 39 equal minima at Threshold.
			var sigs []Signature
			for range 30 {
				base := randomSig(r, 1<<16)
				for range 40 {
					sigs = append(sigs, nearCopy(r, base, 0.35+r.Float64()*0.2, 1<<16))
				}
			}
			return shuffle(r, sigs)
		}()},
		{"components meet in a bucket", meetInBucket()},
		{"components meet in a bucket, shuffled", shuffle(r, meetInBucket())},
		{"chains", chains(r, 10, 30)},
		{"shuffled chains", shuffle(r, chains(r, 10, 30))},
		{"empty mixed in", func() []Signature {
			sigs := copies(r, 10, 20, 0.6, 100)
			for range 50 {
				sigs = append(sigs, Signature{})
			}
			return shuffle(r, sigs)
		}()},
		{"all empty", make([]Signature, 10)},
	}
	for _, tt := range tests {
		for _, threshold := range []float64{-1, 0, 0.1, 0.2, Threshold, 0.4, 0.5, 0.7, 0.9, 1} {
			t.Run(fmt.Sprintf("%s/%v", tt.name, threshold), func(t *testing.T) {
				want := groupsPairwise(tt.sigs, threshold)
				got := Groups(tt.sigs, threshold)
				if diff := gocmp.Diff(want, got); diff != "" {
					t.Errorf("Groups(%d signatures, %v) (-want +got):\n%s", len(tt.sigs), threshold, diff)
				}
			})
		}
	}
}

// randomGroupsCase returns a few signatures in families of near copies
// over a small alphabet, with empty ones mixed in, and a threshold, all
// drawn from r: small cases in which bands agree often and components
// meet in one bucket after forming in others.
func randomGroupsCase(r *rand.Rand) ([]Signature, float64) {
	alphabet := []int{2, 3, 4, 16, 1 << 16}[r.IntN(5)]
	var bases []Signature
	for range 1 + r.IntN(4) {
		bases = append(bases, randomSig(r, alphabet))
	}
	sigs := make([]Signature, r.IntN(40))
	for i := range sigs {
		switch k := r.IntN(10); {
		case k == 0:
			// empty
		case k == 1 && i > 0 && !sigs[i-1].Empty():
			// A link of a chain: part of the one before, part a base.
			sigs[i] = splice(sigs[i-1], bases[r.IntN(len(bases))], r.IntN(K))
		default:
			sigs[i] = nearCopy(r, bases[r.IntN(len(bases))], r.Float64(), alphabet)
		}
	}
	thresholds := []float64{-1, 0, 0.01, 0.1, 0.25, Threshold, 0.5, 0.6, 0.75, 0.9, 1}
	return sigs, thresholds[r.IntN(len(thresholds))]
}

// TestGroupsRandom compares Groups with groupsPairwise on a few thousand
// small random cases.
func TestGroupsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	cases := 3000
	if testing.Short() {
		cases = 300
	}
	for c := range cases {
		sigs, threshold := randomGroupsCase(r)
		want := groupsPairwise(sigs, threshold)
		got := Groups(sigs, threshold)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("case %d: Groups(%d signatures, %v) (-want +got):\n%s", c, len(sigs), threshold, diff)
		}
	}
}

// FuzzGroups compares Groups with groupsPairwise on cases drawn from the
// fuzzer's seeds.
func FuzzGroups(f *testing.F) {
	for i := range uint64(8) {
		f.Add(i, i*i+1)
	}
	f.Fuzz(func(t *testing.T, seed1, seed2 uint64) {
		sigs, threshold := randomGroupsCase(rand.New(rand.NewPCG(seed1, seed2)))
		want := groupsPairwise(sigs, threshold)
		got := Groups(sigs, threshold)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Errorf("Groups(%d signatures, %v) (-want +got):\n%s", len(sigs), threshold, diff)
		}
	})
}

// BenchmarkGroupsCopies groups 50,000 signatures: 200 stories in 200 near
// copies each, every copy with up to half its minima changed, and 10,000
// unique ones, in a random order. Their minima lie in memory in the order
// of the signatures, as when they are parsed one by one.
func BenchmarkGroupsCopies(b *testing.B) {
	sigs := copies(rand.New(rand.NewPCG(11, 12)), 200, 200, 0.5, 10000)
	for i := range sigs {
		sigs[i].mins = slices.Clone(sigs[i].mins)
	}
	b.ReportAllocs()
	for b.Loop() {
		Groups(sigs, Threshold)
	}
}
