package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"
	"unicode/utf8"
)

// Kind is the kind of thing an Entry names.
type Kind int

const (
	_            Kind = iota // the zero Kind names nothing
	Country                  // a sovereign or widely recognised state: "Syria", "Kosovo"
	Region                   // a region, province or territory: "Gaza Strip", "Donbas", "Anbar"
	City                     // a city, town, camp or other settlement: "Aleppo", "Camp David"
	Organisation             // an international body, NGO, government body or state army: "UNHCR", "Kremlin"
	ArmedGroup               // a party to a conflict other than a state's army: "Islamic State", "Hezbollah"
	Title                    // an office or rank: "Foreign Minister", "Gen.", "envoy"
	Honorific                // a form of address: "Mr", "Dr.", "Sir"
)

var kindNames = [...]string{
	Country:      "Country",
	Region:       "Region",
	City:         "City",
	Organisation: "Organisation",
	ArmedGroup:   "ArmedGroup",
	Title:        "Title",
	Honorific:    "Honorific",
}

// String returns the name of k as written in the data files, such as
// "Country" or "ArmedGroup".
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Entry is one thing the gazetteer knows, as returned for a match.
type Entry struct {
	Name      string // canonical name: "United States", "Aleppo", "Islamic State", "Foreign Minister"
	Kind      Kind   // what Name names
	Country   string // the country a place or body belongs to, or an armed group fights in; "" otherwise
	Capital   bool   // a national capital, usable as a metonym for its government ("Moscow said")
	Demonym   bool   // matched through a demonym or adjective ("Russian"), not through a name
	Ambiguous bool   // matched through an alias flagged ambiguous ("IS", "WHO"); see WithAmbiguous
}

// Match is an entry found in a text.
type Match struct {
	Start, End int   // byte offsets of the match in the text searched
	Entry      Entry // what was found
}

// Gazetteer finds the entries of its lists in text. It is immutable and safe
// for concurrent use.
type Gazetteer struct {
	ix        *index // shared by the Gazetteers WithAmbiguous returns
	ambiguous bool   // also match aliases flagged ambiguous
}

//go:embed data/*.tsv
var data embed.FS

// Default returns the gazetteer built from the lists shipped with the
// package. It parses them the first time it is called and returns the same
// Gazetteer afterwards. The lists are checked by the package's tests, so
// Default panics only if they were broken by a change that did not run them.
func Default() *Gazetteer {
	return embedded()
}

var embedded = sync.OnceValue(func() *Gazetteer {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		panic(err)
	}
	g, err := Load(sub)
	if err != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", err))
	}
	return g
})

// files are the data files, in the order Load reads them.
var files = [...]string{"countries.tsv", "places.tsv", "organisations.tsv", "titles.tsv"}

// Load builds a Gazetteer from the files countries.tsv, places.tsv,
// organisations.tsv and titles.tsv in the root of fsys, in the format the
// package documentation describes. It checks the data as it goes and reports
// every problem it finds, such as an unknown kind, a city whose country is
// not listed, or an alias that names two entries. Default uses Load on the
// files shipped with the package; Load itself is for tests and for trying
// out changes to the lists.
func Load(fsys fs.FS) (*Gazetteer, error) {
	var rows []row
	var errs errorList
	for _, name := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("cannot read gazetteer data: %w", err)
		}
		rows = append(rows, parseFile(name, string(b), &errs)...)
	}
	ix := build(rows, &errs)
	if err := errs.err(); err != nil {
		return nil, err
	}
	return &Gazetteer{ix: ix}, nil
}

// WithAmbiguous returns a Gazetteer that shares g's lists but also matches
// the aliases flagged ambiguous in the data, such as "IS" for Islamic State
// and "WHO" for the World Health Organization. Use it where a text is known
// not to be set in capitals, or when checking a name the tagger already
// marked as an organisation.
func (g *Gazetteer) WithAmbiguous() *Gazetteer {
	return &Gazetteer{ix: g.ix, ambiguous: true}
}

// Entries returns every entry in the lists, in the order of the data files.
func (g *Gazetteer) Entries() []Entry {
	return append([]Entry(nil), g.ix.entries...)
}

// Find returns all entries named in text, left to right and without
// overlaps; where names overlap, the longest wins. See the package
// documentation for the rules. Find allocates nothing but the result.
func (g *Gazetteer) Find(text string) []Match {
	var out []Match
	ix := g.ix
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if ascii[c] != clWord {
				i++
				continue
			}
		} else if cl, n := classAt(text, i); cl != clWord {
			i += n
			continue
		}
		e, h := wordEndHash(text, i, fnvOffset)
		if !ix.starts.has(h) {
			// "Syria's" is not a start word but "Syria" is.
			p := possessive(text[i:e])
			if p == 0 || !ix.starts.has(hash(text[i:e-p])) {
				i = e
				continue
			}
		}
		if m, resume, ok := ix.longest(text, token{start: i, end: e, kind: tokWord}, g.ambiguous); ok {
			out = append(out, m)
			i = resume
			continue
		}
		i = e
	}
	return out
}

// Lookup returns the entry named by name, which must be a whole name, alias
// or demonym as Find would match it: "Russian", "U.N.", "SYRIA" and "foreign
// minister" are found, while "the Kremlin", "Syria's" and "Syria " are not.
func (g *Gazetteer) Lookup(name string) (Entry, bool) {
	t := nextToken(name, 0)
	if t.kind != tokWord || t.start != 0 {
		return Entry{}, false
	}
	m, _, ok := g.ix.longest(name, t, g.ambiguous)
	if !ok || m.End != len(name) {
		return Entry{}, false
	}
	return m.Entry, true
}
