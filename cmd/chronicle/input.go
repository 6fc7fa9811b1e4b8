package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
)

// inputFlags are the flags of the commands that read articles: where
// publication dates come from and which event types to find.
type inputFlags struct {
	published string              // --published: one date for every article
	manifest  string              // --manifest: a CSV of dates per file
	types     string              // --types: comma-separated event types
	kinds     []extract.EventType // the event types, parsed from types by parseFlags
}

// newFlagSet returns a flag set for command name with the input flags
// registered into in; its Usage prints head and the flags to e.Stderr.
func newFlagSet(name, head string, e *env, in *inputFlags) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run reports flag errors; Usage prints the help
	fs.StringVar(&in.published, "published", "", "publication date of every article, `YYYY-MM-DD`")
	fs.StringVar(&in.manifest, "manifest", "", "CSV `FILE` of publication dates: file,published[,title,source,url]")
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
	var err error
	in.kinds, err = parseTypes(in.types)
	return err
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
	return corpus.Options{Published: in.published, Manifest: in.manifest, Stdin: e.Stdin}
}

// extractor returns an Extractor finding the event types parseFlags set.
func (in *inputFlags) extractor() *extract.Extractor {
	return extract.New(extract.WithEventTypes(in.kinds...))
}
