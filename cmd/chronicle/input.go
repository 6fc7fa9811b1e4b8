package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
	_ "time/tzdata" // --tz works on machines without a zone database

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
)

// inputHelp describes the inputs of the commands that read articles.
const inputHelp = `
A PATH is a file, a directory, or - for standard input, which is also read
when no PATH is given. Articles are plain text or Markdown (.txt, .md) with
optional YAML front matter (title, published, source, url), HTML pages
(.html, .htm; the article text is taken out of the page), or JSON Lines
(.jsonl, .ndjson; one article per line with id, title, published, text or
html, url, source), any of them gzipped (.gz). Directories are walked
recursively; other files in them are skipped, and said so. A manifest.csv
or manifest.json in a directory applies to the files in and below it.

An article's publication date comes from the first of: --published, the
--manifest file, a manifest beside it, its own metadata (front matter, JSON
field, HTML meta tags), and last its own text (a dateline such as
"PARIS, Dec. 10 (Reuters) -" or a "Published ..." line), which is a
warning. Timestamps keep the calendar day of the zone they were written
in, unless --tz is given.
`

// inputFlags are the flags of the commands that read articles: where
// publication dates come from and which event types to find.
type inputFlags struct {
	published string              // --published: one date for every article
	manifest  string              // --manifest: a CSV or JSON file of dates per file
	tzName    string              // --tz: the zone publication timestamps are read in
	tz        *time.Location      // the zone, parsed from tzName by parseFlags; nil keeps each timestamp's own
	types     string              // --types: comma-separated event types
	quiet     bool                // --quiet: no progress display and no warnings on stderr
	kinds     []extract.EventType // the event types, parsed from types by parseFlags
}

// newFlagSet returns a flag set for command name with the input flags
// registered into in; its Usage prints head and the flags to e.Stderr.
func newFlagSet(name, head string, e *env, in *inputFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run reports flag errors; Usage prints the help
	fs.StringVar(&in.published, "published", "", "publication date of every article, `YYYY-MM-DD`")
	fs.StringVar(&in.manifest, "manifest", "", "CSV or JSON `FILE` of publication dates: file,published[,title,source,url]")
	fs.StringVar(&in.tzName, "tz", "", "read publication timestamps in `ZONE` (an IANA name such as Europe/Paris, UTC, or an offset such as +02:00); by default each keeps the day of the zone it was written in")
	fs.BoolVar(&in.quiet, "quiet", false, "show no progress and no warnings on standard error, only problems and the summary")
	fs.StringVar(&in.types, "types", defaultTypes, "comma-separated event `TYPES` to find: meeting, ceasefire, offensive, aid, statement, or all")
	fs.Usage = func() {
		fmt.Fprint(e.Stderr, head)
		fs.SetOutput(e.Stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	return fs
}

// parseFlags parses args into fs and checks the input flags, before any
// work is done. Errors other than a request for help wrap errUsage.
func parseFlags(fs *flag.FlagSet, in *inputFlags, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if in.published != "" && in.manifest != "" {
		return fmt.Errorf("%w: --published and --manifest cannot be used together", errUsage)
	}
	if in.published != "" {
		if _, err := corpus.ParseDate(in.published); err != nil {
			return fmt.Errorf("%w: --published: %v", errUsage, err)
		}
	}
	if in.tzName != "" {
		tz, err := parseZone(in.tzName)
		if err != nil {
			return fmt.Errorf("%w: --tz: %v", errUsage, err)
		}
		in.tz = tz
	}
	var err error
	in.kinds, err = parseTypes(in.types)
	return err
}

// parseZone parses a time zone: an IANA name, or a fixed offset from UTC
// written +hh:mm, -hh:mm, +hhmm or +hh, with or without a UTC prefix.
func parseZone(s string) (*time.Location, error) {
	off := strings.TrimPrefix(strings.TrimPrefix(s, "UTC"), "GMT")
	if off != "" && (off[0] == '+' || off[0] == '-') {
		for _, layout := range []string{"-07:00", "-0700", "-07"} {
			if t, err := time.Parse(layout, off); err == nil {
				_, secs := t.Zone()
				return time.FixedZone("UTC"+off, secs), nil
			}
		}
		return nil, fmt.Errorf("bad offset %q, want +hh:mm", s)
	}
	tz, err := time.LoadLocation(s)
	if err != nil {
		return nil, fmt.Errorf("unknown zone %q, want an IANA name such as Europe/Paris or an offset such as +02:00", s)
	}
	return tz, nil
}

// paths returns the inputs named by fs's arguments; none means standard input.
func paths(fs *flag.FlagSet) []string {
	if fs.NArg() == 0 {
		return []string{corpus.StdinPath}
	}
	return fs.Args()
}

// options returns the corpus options of the input flags.
func (in *inputFlags) options(e *env) corpus.Options {
	return corpus.Options{Published: in.published, Manifest: in.manifest, TZ: in.tz, Stdin: e.Stdin}
}

// extractor returns an Extractor finding the event types parseFlags set.
func (in *inputFlags) extractor() *extract.Extractor {
	return extract.New(extract.WithEventTypes(in.kinds...))
}
