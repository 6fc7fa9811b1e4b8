package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"strings"

	json "github.com/goccy/go-json"
	"golang.org/x/sync/errgroup"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
	"github.com/chronicle-news/chronicle/timeline"
)

// extractUsage is the head of the extract subcommand's help.
const extractUsage = `usage: chronicle extract [--published YYYY-MM-DD | --manifest FILE] [--tz ZONE] [--types TYPES] PATH...

Extract prints, for each article, one JSON line with its temporal expressions
resolved against its publication date and its event mentions, each in the
shape of a timeline event with one mention. Lines follow the order of the
inputs. Problems with an input are reported on standard error as
file:line: message, and the other inputs are still used.
` + inputHelp + `
Flags:
`

// runExtract runs "chronicle extract".
func runExtract(ctx context.Context, e *env, args []string) error {
	var in inputFlags
	fs := newFlagSet("extract", extractUsage, e, &in)
	if err := parseFlags(fs, &in, args); err != nil {
		return err
	}
	return extractAll(ctx, e, paths(fs), &in)
}

// extractAll extracts the articles at paths in parallel and writes one JSON
// line per article to e.Stdout, in input order. Problems with single
// inputs go to e.Stderr; the result wraps errPartial if there were any.
func extractAll(ctx context.Context, e *env, paths []string, in *inputFlags) error {
	out := bufio.NewWriter(e.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	err := eachResult(ctx, e, paths, in, func(res extract.Result) error {
		return enc.Encode(timeline.NewLine(res))
	})
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// tasksPerCore is how many articles per core eachResult has in hand at
// once: being extracted, or waiting for earlier ones to be written.
const tasksPerCore = 4

// eachResult reads, parses and extracts the articles at paths in
// parallel and calls write with each result, one at a time, in input
// order. Articles' warnings are reported on e.Stderr as they are
// written, then problems with single inputs, then a summary line; the result wraps errPartial if some inputs failed,
// and errNoArticles if none could be used.
func eachResult(ctx context.Context, e *env, paths []string, in *inputFlags, write func(extract.Result) error) error {
	x := in.extractor()
	bar := newProgress(e, in.quiet)
	g, gctx := errgroup.WithContext(ctx)
	// A task that has extracted its article keeps its place in the group
	// until the tasks before it have written, so with one place per core
	// a long article would leave the other cores idle. Four per core keep
	// them busy while bounding the results held.
	g.SetLimit(tasksPerCore * runtime.GOMAXPROCS(0))
	seq := &sequencer{g: g}
	// Written only by the sequenced write functions, one at a time.
	var (
		used   int                         // articles written
		failed corpus.ErrorList            // inputs that could not be parsed or extracted
		ids    = make(map[string]struct{}) // article IDs given
	)
	readErr := corpus.Read(gctx, paths, in.options(e), func(input *corpus.Input) error {
		seq.add(func() func() error {
			res, err := extractInput(gctx, x, input)
			return func() error {
				if err := gctx.Err(); err != nil {
					return err
				}
				if err != nil {
					failed = append(failed, err)
					return nil
				}
				used++
				uniqueID(&res, ids)
				if !in.quiet && len(res.Warnings) > 0 {
					bar.clear()
					for _, w := range res.Warnings {
						fmt.Fprintf(e.Stderr, "%s: warning: %s\n", res.Article.Path, w)
					}
				}
				bar.done()
				return write(res)
			}
		})
		return nil
	})
	err := g.Wait()
	bar.finish()
	if err != nil {
		return err
	}
	var errs corpus.ErrorList
	if readErr != nil && !errors.As(readErr, &errs) {
		return readErr
	}
	errs = append(errs, failed...)
	errs.Sort()
	skipped := 0
	for _, err := range errs {
		fmt.Fprintln(e.Stderr, err)
		if err.Skip {
			skipped++
		}
	}
	nfailed := len(errs) - skipped
	fmt.Fprintf(e.Stderr, "chronicle: %d %s used, %d skipped, %d failed\n", used, plural(used, "article", "articles"), skipped, nfailed)
	switch {
	case used == 0:
		return errNoArticles
	case nfailed > 0:
		return errPartial
	}
	return nil
}

// uniqueID gives res's article an ID no earlier article has: two files
// called article.txt in different directories are different articles. A
// taken ID gets a suffix made from the article's path, and a warning.
// ids holds the IDs given so far; it keeps no paths, so that its memory
// stays small beside a corpus of millions of articles.
func uniqueID(res *extract.Result, ids map[string]struct{}) {
	a := &res.Article
	if _, taken := ids[a.ID]; !taken {
		ids[a.ID] = struct{}{}
		return
	}
	h := fnv.New32a()
	h.Write([]byte(a.Path))
	id := fmt.Sprintf("%s-%08x", a.ID, h.Sum32())
	for n := 2; ; n++ {
		if _, taken := ids[id]; !taken {
			break
		}
		id = fmt.Sprintf("%s-%08x-%d", a.ID, h.Sum32(), n)
	}
	res.Warnings = append(res.Warnings, fmt.Sprintf("article ID %q is already used by an earlier article; this article is %q", a.ID, id))
	a.ID = id
	ids[id] = struct{}{}
}

// extractInput parses one input and extracts its article. Its error names
// the input.
func extractInput(ctx context.Context, x *extract.Extractor, in *corpus.Input) (extract.Result, *corpus.Error) {
	a, err := in.Article()
	if err != nil {
		var ce *corpus.Error
		if errors.As(err, &ce) {
			return extract.Result{}, ce
		}
		return extract.Result{}, &corpus.Error{File: in.String(), Msg: err.Error(), Err: err}
	}
	res, err := x.Extract(ctx, a)
	if err != nil {
		return extract.Result{}, &corpus.Error{File: in.File, Line: in.Line, Msg: err.Error(), Err: err}
	}
	res.Article.Body = "" // only offsets into it travel further
	return res, nil
}

// plural returns one if n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// defaultTypes are the event types found unless --types says otherwise.
const defaultTypes = "meeting,ceasefire,offensive,aid"

// parseTypes parses a comma-separated list of event type names; "all" is
// every type.
func parseTypes(s string) ([]extract.EventType, error) {
	if strings.TrimSpace(s) == "all" {
		return extract.EventTypes(), nil
	}
	var out []extract.EventType
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		var t extract.EventType
		if err := t.UnmarshalText([]byte(name)); err != nil {
			return nil, fmt.Errorf("%w: --types: %v", errUsage, err)
		}
		out = append(out, t)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: --types: no event type given", errUsage)
	}
	return out, nil
}

// sequencer runs work in parallel in an errgroup but calls the write
// functions the work returns one at a time, in the order the work was
// added, as gofmt's sequencer does: each task waits for the one added
// before it to finish writing.
type sequencer struct {
	g    *errgroup.Group
	prev chan struct{} // closed when the last task added has written; nil before the first
}

// add runs work in the group and then calls the function it returns, after
// the write functions of all earlier tasks have returned. An error from a
// write function cancels the group. add blocks while the group is at its
// limit; it must be called from one goroutine.
func (s *sequencer) add(work func() (write func() error)) {
	prev, done := s.prev, make(chan struct{})
	s.prev = done
	s.g.Go(func() error {
		defer close(done)
		write := work()
		if prev != nil {
			<-prev
		}
		return write()
	})
}
