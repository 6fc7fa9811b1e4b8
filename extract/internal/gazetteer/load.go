package gazetteer

import (
	"fmt"
	"strings"
)

// header is the first line of every data file that is not a comment.
const header = "kind\tname\tcountry\tcapital\taliases\tambiguous\tdemonyms"

// row is one line of a data file.
type row struct {
	pos       string   // file:line, for messages
	entry     Entry    // kind, name, country and capital
	aliases   []string // other names
	ambiguous []string // other names that are also ordinary words
	demonyms  []string // words for the people
}

// kindsIn lists the kinds each file may hold.
var kindsIn = map[string][]Kind{
	"countries.tsv":     {Country, Region},
	"places.tsv":        {City, Region},
	"organisations.tsv": {Organisation, ArmedGroup},
	"titles.tsv":        {Title, Honorific},
}

// parseFile parses the data file called name, adding problems to errs.
func parseFile(name, data string, errs *errorList) []row {
	var rows []row
	seenHeader := false
	for i, line := range strings.Split(data, "\n") {
		pos := fmt.Sprintf("%s:%d", name, i+1)
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !seenHeader {
			if line != header {
				errs.add(pos, "header is %q; want %q", line, header)
				return nil
			}
			seenHeader = true
			continue
		}
		if r, ok := parseRow(pos, name, line, errs); ok {
			rows = append(rows, r)
		}
	}
	if !seenHeader {
		errs.add(name, "no header")
	}
	return rows
}

// parseRow parses one line of the data file called name.
func parseRow(pos, name, line string, errs *errorList) (row, bool) {
	f := strings.Split(line, "\t")
	if len(f) != 7 {
		errs.add(pos, "%d fields; want 7", len(f))
		return row{}, false
	}
	for i, s := range f {
		if s != strings.TrimSpace(s) || strings.Contains(s, "  ") {
			errs.add(pos, "field %d (%q) has stray spaces", i+1, s)
			return row{}, false
		}
		if strings.ContainsAny(s, "\u2019\u2018\u02bc") {
			errs.add(pos, "field %d (%q): write apostrophes as '", i+1, s)
			return row{}, false
		}
	}
	r := row{pos: pos}
	e := &r.entry
	for _, k := range kindsIn[name] {
		if f[0] == k.String() {
			e.Kind = k
		}
	}
	if e.Kind == 0 {
		errs.add(pos, "kind %q; want one of %v", f[0], kindsIn[name])
		return row{}, false
	}
	if e.Name = f[1]; e.Name == "" {
		errs.add(pos, "no name")
		return row{}, false
	}
	e.Country = f[2]
	switch f[3] {
	case "":
	case "yes":
		e.Capital = true
	default:
		errs.add(pos, "capital is %q; want yes or nothing", f[3])
	}
	lists := [...]*[]string{&r.aliases, &r.ambiguous, &r.demonyms}
	for i, l := range lists {
		if f[4+i] == "" {
			continue
		}
		*l = strings.Split(f[4+i], "|")
		for _, s := range *l {
			if s == "" {
				errs.add(pos, "empty item in field %d", 5+i)
			}
		}
	}
	switch {
	case e.Country != "" && (e.Kind == Country || e.Kind == Title || e.Kind == Honorific):
		errs.add(pos, "a %v has no country", e.Kind)
	case e.Country == "" && e.Kind == City:
		errs.add(pos, "city %q has no country", e.Name)
	case e.Capital && e.Kind != City:
		errs.add(pos, "%v %q cannot be a capital", e.Kind, e.Name)
	case r.demonyms != nil && e.Kind != Country && e.Kind != Region:
		errs.add(pos, "%v %q cannot have demonyms", e.Kind, e.Name)
	}
	return r, true
}

// errorList collects problems in the data.
type errorList []string

// add records a problem at pos.
func (l *errorList) add(pos, format string, args ...any) {
	*l = append(*l, pos+": "+fmt.Sprintf(format, args...))
}

// err returns the problems as one error, or nil if there are none. It
// reports at most 20.
func (l errorList) err() error {
	switch {
	case len(l) == 0:
		return nil
	case len(l) > 20:
		return fmt.Errorf("%s\n(and %d more problems)", strings.Join(l[:20], "\n"), len(l)-20)
	}
	return fmt.Errorf("%s", strings.Join(l, "\n"))
}
