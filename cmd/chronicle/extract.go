package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/corpus"
)

// extractUsage is the head of the extract subcommand's help.
const extractUsage = `usage: chronicle extract [--published YYYY-MM-DD | --manifest FILE] PATH...

Extract prints, for each article, one JSON line with its temporal expressions
resolved against its publication date. A PATH is a file, a directory (walked
for .txt and .md files) or - for standard input, which is also read when no
PATH is given. Lines follow the order of the inputs. Problems with an input
are reported on standard error as file:line: message, and the other inputs
are still used.

Flags:
`

// runExtract runs "chronicle extract".
func runExtract(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // run reports flag errors; Usage prints the help
	published := fs.String("published", "", "publication date of every article, `YYYY-MM-DD`")
	manifest := fs.String("manifest", "", "CSV `FILE` of publication dates: file,published[,title,source,url]")
	fs.Usage = func() {
		fmt.Fprint(e.Stderr, extractUsage)
		fs.SetOutput(e.Stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *published != "" && *manifest != "" {
		return fmt.Errorf("%w: --published and --manifest cannot be used together", errUsage)
	}
	if *published != "" {
		if _, err := corpus.ParseDate(*published); err != nil {
			return fmt.Errorf("%w: --published: %v", errUsage, err)
		}
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{corpus.StdinPath}
	}
	opts := corpus.Options{Published: *published, Manifest: *manifest, Stdin: e.Stdin}
	return extractAll(ctx, e, paths, opts)
}

// extractAll extracts the articles at paths in parallel and writes one JSON
// line per article to e.Stdout, in input order. Problems with single
// inputs go to e.Stderr; the result wraps errPartial if there were any.
func extractAll(ctx context.Context, e *env, paths []string, opts corpus.Options) error {
	x := extract.New()
	out := bufio.NewWriter(e.Stdout)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)

	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	seq := &sequencer{g: g}
	// Written only by the sequenced write functions, one at a time.
	var (
		written int              // articles written
		failed  corpus.ErrorList // articles the extractor failed on
	)
	readErr := corpus.Read(gctx, paths, opts, func(a extract.Article) error {
		seq.add(func() func() error {
			res, extractErr := x.Extract(gctx, a)
			return func() error {
				if err := gctx.Err(); err != nil {
					return err
				}
				if extractErr != nil {
					failed.Add(a.Path, 0, extractErr)
					return nil
				}
				written++
				return enc.Encode(res)
			}
		})
		return nil
	})
	if err := g.Wait(); err != nil {
		out.Flush()
		return err
	}
	if err := out.Flush(); err != nil {
		return err
	}
	var errs corpus.ErrorList
	if readErr != nil && !errors.As(readErr, &errs) {
		return readErr
	}
	errs = append(errs, failed...)
	errs.Sort()
	files := make(map[string]bool)
	for _, err := range errs {
		fmt.Fprintln(e.Stderr, err)
		files[err.File] = true
	}
	fmt.Fprintf(e.Stderr, "chronicle: %d articles, %d failed\n", written, len(files))
	if len(errs) > 0 {
		return errPartial
	}
	return nil
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
