package gazetteer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTokens is the most tokens a name may have.
const maxTokens = 16

// index is the matcher: a trie over words. Each distinct word of the names,
// ignoring case, has an id; every spelling of it that a text may use (as
// written, in capitals, with a capital first letter, with curly apostrophes)
// maps to that id. The trie finds candidate names case-insensitively, and
// the candidates' own words then decide which spellings they accept.
type index struct {
	entries []Entry          // in data order
	aliases []alias          // every name, alias and demonym
	words   map[string]int32 // spelling of a word -> word id
	root    []int32          // word id -> node after that word at the start of a name, or 0
	edges   map[uint64]int32 // node<<32 | word id -> next node
	ends    [][]int32        // node -> aliases ending there, in data order
	starts  bloom            // hashes of the spellings of words that start names
}

// bloom is a Bloom filter of word hashes, which lets Find skip most words
// of a text without looking them up.
type bloom [1 << bloomBits / 64]uint64

const bloomBits = 17

// bits returns the two bits of b that stand for a word with hash h.
func (b *bloom) bits(h uint32) (uint32, uint32) {
	x := h * 0x9e3779b1
	return x >> (32 - bloomBits), (x >> 3) & (1<<bloomBits - 1)
}

// add adds the word with hash h.
func (b *bloom) add(h uint32) {
	i, j := b.bits(h)
	b[i/64] |= 1 << (i % 64)
	b[j/64] |= 1 << (j % 64)
}

// has reports whether the word with hash h may have been added.
func (b *bloom) has(h uint32) bool {
	i, j := b.bits(h)
	return b[i/64]&(1<<(i%64)) != 0 && b[j/64]&(1<<(j%64)) != 0
}

// alias is one spelling of an entry's name.
type alias struct {
	text      string   // as in the data, for messages
	words     []string // its tokens without hyphens, apostrophes made straight
	entry     int32    // index in index.entries
	demonym   bool     // a word for the people, not a name
	ambiguous bool     // matched only by WithAmbiguous
	pos       string   // file:line of its row
}

// longest returns the longest match starting with the word token t, and
// where to go on scanning after it.
func (ix *index) longest(text string, t token, ambiguous bool) (m Match, resume int, ok bool) {
	var spans [maxTokens]token
	node := int32(0)
	best := int32(-1)
	for n := 0; n < maxTokens; {
		w := text[t.start:t.end]
		if t.kind == tokWord {
			// "Syria's": the name may end before the possessive.
			if p := possessive(w); p > 0 {
				if next := ix.next(node, w[:len(w)-p]); next > 0 && len(ix.ends[next]) > 0 {
					spans[n] = token{start: t.start, end: t.end - p}
					if a := ix.accept(text, next, spans[:n+1], ambiguous); a >= 0 {
						best, m.End, resume = a, t.end-p, t.end
					}
				}
			}
		}
		next := ix.next(node, w)
		if next == 0 {
			break
		}
		node = next
		spans[n] = t
		n++
		if len(ix.ends[node]) > 0 {
			if a := ix.accept(text, node, spans[:n], ambiguous); a >= 0 {
				best, m.End, resume = a, t.end, t.end
			}
		}
		t = nextToken(text, t.end)
		for t.kind == tokHyphen && !t.para {
			t = nextToken(text, t.end)
		}
		if t.kind == tokEnd || t.para {
			break
		}
	}
	if best < 0 {
		return Match{}, 0, false
	}
	a := &ix.aliases[best]
	m.Start = spans[0].start
	m.Entry = ix.entries[a.entry]
	m.Entry.Demonym = a.demonym
	m.Entry.Ambiguous = a.ambiguous
	return m, resume, true
}

// next returns the node after word w from node, or 0.
func (ix *index) next(node int32, w string) int32 {
	id, ok := ix.words[w]
	if !ok {
		return 0
	}
	if node == 0 {
		return ix.root[id]
	}
	return ix.edges[uint64(node)<<32|uint64(id)]
}

// accept returns the alias ending at node that the tokens spell, or -1.
// Aliases spelt exactly come before aliases whose words match in another
// case, so "ISIS" finds the alias "ISIS" before "Isis" in capitals.
func (ix *index) accept(text string, node int32, spans []token, ambiguous bool) int32 {
	for _, exact := range [2]bool{true, false} {
	aliases:
		for _, ai := range ix.ends[node] {
			a := &ix.aliases[ai]
			if a.ambiguous && !ambiguous {
				continue
			}
			for i, t := range spans {
				if !spells(text[t.start:t.end], a.words[i], exact) {
					continue aliases
				}
			}
			return ai
		}
	}
	return -1
}

// spells reports whether the text word t spells the data word w, allowing
// curly apostrophes and, unless exact, the changes of case the package
// documentation describes.
func spells(t, w string, exact bool) bool {
	if t == w || sameApos(t, w, nil) {
		return true
	}
	if exact {
		return false
	}
	if !hasLower(t) {
		return sameApos(t, w, unicode.ToUpper)
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) {
		return false
	}
	tr, tn := utf8.DecodeRuneInString(t)
	return tr == unicode.ToUpper(r) && sameApos(t[tn:], w[n:], nil)
}

// sameApos reports whether t equals w with every apostrophe made straight
// and, if f is not nil, f applied to every rune of w.
func sameApos(t, w string, f func(rune) rune) bool {
	for t != "" && w != "" {
		tr, tn := utf8.DecodeRuneInString(t)
		wr, wn := utf8.DecodeRuneInString(w)
		if f != nil {
			wr = f(wr)
		}
		if tr != wr && !(isApos(tr) && isApos(wr)) {
			return false
		}
		t, w = t[tn:], w[wn:]
	}
	return t == "" && w == ""
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// hasLower reports whether s has a lower-case letter.
func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// spellings returns the ways a text may write the data word w.
func spellings(w string) []string {
	forms := []string{w, strings.ToUpper(w)}
	if r, n := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
		forms = append(forms, string(unicode.ToUpper(r))+w[n:])
	}
	var out []string
	for _, f := range forms {
		out = append(out, f)
		if strings.Contains(f, "'") {
			out = append(out, strings.ReplaceAll(f, "'", "\u2019"), strings.ReplaceAll(f, "'", "\u02bc"))
		}
	}
	return out
}

// split returns the tokens of a name as the matcher sees them, leaving out
// hyphens, or a message saying why the name cannot be matched.
func split(name string) ([]string, string) {
	var words []string
	for i := 0; ; {
		t := nextToken(name, i)
		switch {
		case t.kind == tokEnd:
			switch {
			case len(words) == 0:
				return nil, "has no words"
			case len(words) > maxTokens:
				return nil, "has too many words"
			}
			return words, ""
		case t.para || strings.ContainsAny(name[i:t.start], "\n\r\t"):
			return nil, "spans lines"
		case len(words) == 0 && t.kind != tokWord:
			return nil, "does not start with a word"
		}
		if t.kind != tokHyphen {
			words = append(words, name[t.start:t.end])
		}
		i = t.end
	}
}

// build checks the rows and builds the index, adding problems to errs.
func build(rows []row, errs *errorList) *index {
	ix := &index{
		words: make(map[string]int32),
		root:  []int32{0},
		edges: make(map[uint64]int32),
		ends:  [][]int32{nil},
	}
	names := make(map[string]int)     // canonical name -> entry
	entryOf := make([]int, len(rows)) // row -> entry, or -1 for a duplicate
	for i, r := range rows {
		if _, dup := names[r.entry.Name]; dup {
			errs.add(r.pos, "%q is already an entry", r.entry.Name)
			entryOf[i] = -1
			continue
		}
		names[r.entry.Name] = len(ix.entries)
		entryOf[i] = len(ix.entries)
		ix.entries = append(ix.entries, r.entry)
	}
	for _, r := range rows {
		if c := r.entry.Country; c != "" {
			if j, ok := names[c]; !ok || ix.entries[j].Kind != Country {
				errs.add(r.pos, "country %q of %q is not a Country in countries.tsv", c, r.entry.Name)
			}
		}
	}

	ids := make(map[string]int32) // word, lower case, straight apostrophes -> id
	for i, r := range rows {
		e := entryOf[i]
		if e < 0 {
			continue
		}
		ambiguous := make(map[string]bool)
		for _, s := range r.ambiguous {
			ambiguous[s] = true
		}
		add := func(s string, demonym bool) {
			words, msg := split(s)
			if msg != "" {
				errs.add(r.pos, "%q %s", s, msg)
				return
			}
			node := int32(0)
			for _, w := range words {
				key := strings.ToLower(w)
				id, ok := ids[key]
				if !ok {
					id = int32(len(ix.root))
					ids[key] = id
					ix.root = append(ix.root, 0)
				}
				for _, f := range spellings(w) {
					if _, ok := ix.words[f]; !ok {
						ix.words[f] = id
					}
					if node == 0 {
						ix.starts.add(hash(f))
					}
				}
				next := ix.next(node, w)
				if next == 0 {
					next = int32(len(ix.ends))
					ix.ends = append(ix.ends, nil)
					if node == 0 {
						ix.root[id] = next
					} else {
						ix.edges[uint64(node)<<32|uint64(id)] = next
					}
				}
				node = next
			}
			for _, bi := range ix.ends[node] {
				b := &ix.aliases[bi]
				if !slices.Equal(b.words, words) {
					continue
				}
				if int(b.entry) != e {
					errs.add(r.pos, "%q is already %q (%s)", s, ix.entries[b.entry].Name, b.pos)
				} else {
					errs.add(r.pos, "%q repeats %q", s, b.text)
				}
				return
			}
			ix.ends[node] = append(ix.ends[node], int32(len(ix.aliases)))
			ix.aliases = append(ix.aliases, alias{
				text: s, words: words, entry: int32(e),
				demonym: demonym, ambiguous: ambiguous[s], pos: r.pos,
			})
		}
		if !ambiguous[r.entry.Name] {
			add(r.entry.Name, false)
		}
		for _, l := range [][]string{r.aliases, r.ambiguous} {
			for _, s := range l {
				add(s, false)
			}
		}
		for _, s := range r.demonyms {
			add(s, true)
		}
	}

	// Every alias must find itself: this catches names the tokenizer
	// splits differently from the text they come from.
	for _, a := range ix.aliases {
		t := nextToken(a.text, 0)
		m, _, ok := ix.longest(a.text, t, true)
		switch {
		case !ok || m.End != len(a.text):
			errs.add(a.pos, "%q does not match itself", a.text)
		case m.Entry.Name != ix.entries[a.entry].Name || m.Entry.Demonym != a.demonym:
			errs.add(a.pos, "%q matches %q", a.text, m.Entry.Name)
		}
	}
	return ix
}
