package fingerprint

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parameters of a signature. Changing any of them changes the signatures
// of all texts, and needs a new version prefix.
const (
	K        = 128 // number of hash functions, and of minima in a signature
	Words    = 5   // words per shingle
	MinWords = 25  // fewest words a text needs to get a signature
)

// Threshold is the least Similarity at which two texts are taken for
// copies of one story. The package documentation gives the measurements
// behind it.
const Threshold = 0.3

// version prefixes the string form of a signature.
const version = "m1:"

var (
	// ErrVersion reports a fingerprint string of an unknown version.
	ErrVersion = errors.New("unknown fingerprint version")
	// ErrMalformed reports a fingerprint string that is not valid for its version.
	ErrMalformed = errors.New("malformed fingerprint")
)

// Signature is the MinHash signature of a text: the least value of each of
// K hash functions over the text's shingles, of which it keeps the low 16
// bits. The zero Signature is the empty signature of a text too short to
// judge; it is similar to nothing, itself included.
type Signature struct {
	mins []uint16 // K minima, or nil for the empty signature
}

// encoding encodes signatures in strings. Strict decoding rejects
// non-zero padding bits, so that each signature has one string form.
var encoding = base64.RawURLEncoding.Strict()

// Empty reports whether s is the empty signature.
func (s Signature) Empty() bool { return len(s.mins) == 0 }

// String returns the compact form of s: "m1:" followed by the K minima as
// unpadded URL-safe base64 of big-endian uint16s (345 characters in all),
// or "" for the empty signature. Parse reads it back.
func (s Signature) String() string {
	if s.Empty() {
		return ""
	}
	var raw [2 * K]byte
	for i, m := range s.mins {
		binary.BigEndian.PutUint16(raw[2*i:], m)
	}
	return version + encoding.EncodeToString(raw[:])
}

// Parse parses the string form of a signature, as String writes it. The
// empty string is the empty signature. Errors wrap ErrVersion or
// ErrMalformed.
func Parse(str string) (Signature, error) {
	if str == "" {
		return Signature{}, nil
	}
	data, ok := strings.CutPrefix(str, version)
	if !ok {
		v, _, found := strings.Cut(str, ":")
		if !found {
			return Signature{}, fmt.Errorf("cannot parse fingerprint: %w: no version prefix", ErrMalformed)
		}
		return Signature{}, fmt.Errorf("cannot parse fingerprint: %w %.12q", ErrVersion, v)
	}
	if n := encoding.EncodedLen(2 * K); len(data) != n {
		return Signature{}, fmt.Errorf("cannot parse fingerprint: %w: %d characters after %q; want %d", ErrMalformed, len(data), version, n)
	}
	raw, err := encoding.DecodeString(data)
	if err != nil {
		return Signature{}, fmt.Errorf("cannot parse fingerprint: %w: %w", ErrMalformed, err)
	}
	s := Signature{mins: make([]uint16, K)}
	for i := range s.mins {
		s.mins[i] = binary.BigEndian.Uint16(raw[2*i:])
	}
	return s, nil
}

// Similarity returns the estimated Jaccard similarity of the shingle sets
// of the texts of s and t: the fraction of their minima that are equal,
// from 0 to 1. It is 0 when either signature is empty.
//
// Two texts whose shingle sets have Jaccard similarity J have an equal
// minimum with probability J, plus 2⁻¹⁶(1-J) for the bits not kept, so
// the estimate has a standard deviation of about √(J(1-J)/K): 0.044 at
// J = 0.5.
func (s Signature) Similarity(t Signature) float64 {
	return float64(s.equal(t)) / K
}

// equal returns the number of equal minima of s and t, 0 when either is
// empty.
func (s Signature) equal(t Signature) int {
	if len(s.mins) != K || len(t.mins) != K {
		return 0
	}
	n := 0
	for i, m := range s.mins {
		if m == t.mins[i] {
			n++
		}
	}
	return n
}

// Of returns the signature of a text. The text is read as words (runs of
// letters and digits, in lower case; everything else separates words), and
// each run of Words consecutive words is a shingle. A text of fewer than
// MinWords words gets the empty signature. The result depends only on
// the text: it is the same on every run and machine.
func Of(text string) Signature {
	var (
		mins   [K]uint32
		window [Words]uint64 // hashes of the last Words words, a ring
		words  int           // words seen
		h      uint64        // FNV-1a hash of the current word so far
		inWord bool          // whether h holds part of a word
	)
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	end := func() {
		window[words%Words] = h
		words++
		if words >= Words {
			addShingle(&mins, shingle(&window, words))
		}
		h, inWord = fnvOffset, false
	}
	h = fnvOffset
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				if inWord {
					end()
				}
				continue
			}
			h = (h ^ uint64(c)) * fnvPrime
			inWord = true
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWord {
				end()
			}
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
			h = (h ^ uint64(b)) * fnvPrime
		}
		inWord = true
	}
	if inWord {
		end()
	}
	if words < MinWords {
		return Signature{}
	}
	s := Signature{mins: make([]uint16, K)}
	for i, m := range mins {
		s.mins[i] = uint16(m) // the low bits of a minimum are as random as the rest
	}
	return s
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// shingle returns the hash of the last Words words, given their hashes in
// a ring and the number of words seen.
func shingle(window *[Words]uint64, words int) uint64 {
	var x uint64
	for j := range Words {
		x = (x ^ window[(words+j)%Words]) * fnvPrime
	}
	return mix(x)
}

// addShingle lowers each minimum to the value of its hash function at x.
// The hash functions are a*x+b over 64 bits, keeping the high 32, for K
// fixed pairs of a (odd) and b; x is already well mixed. The loop is
// unrolled by hand, four functions at a time, for speed.
func addShingle(mins *[K]uint32, x uint64) {
	for i := 0; i < K; i += 4 {
		p := (*[4]struct{ a, b uint64 })(perms[i : i+4])
		m := (*[4]uint32)(mins[i : i+4])
		v0 := uint32((x*p[0].a + p[0].b) >> 32)
		v1 := uint32((x*p[1].a + p[1].b) >> 32)
		v2 := uint32((x*p[2].a + p[2].b) >> 32)
		v3 := uint32((x*p[3].a + p[3].b) >> 32)
		m[0] = min(m[0], v0)
		m[1] = min(m[1], v1)
		m[2] = min(m[2], v2)
		m[3] = min(m[3], v3)
	}
}

// perms are the coefficients of the K hash functions, drawn from a
// splitmix64 stream with a fixed seed so that signatures never change.
var perms = func() (p [K]struct{ a, b uint64 }) {
	state := uint64(0x6368726f6e69636c) // "chronicl"
	next := func() uint64 {
		state += 0x9e3779b97f4a7c15
		return mix(state)
	}
	for i := range p {
		p[i].a = next() | 1
		p[i].b = next()
	}
	return p
}()

// mix is the splitmix64 finaliser: it spreads every bit of x over the
// whole result.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
