package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chronicle-news/chronicle/extract/corpus"
	"github.com/chronicle-news/chronicle/timeline"
)

// mergeUsage is the head of the merge subcommand's help.
const mergeUsage = `usage: chronicle merge [--format FORMAT] [-o FILE] [--types TYPES] FILE...

Merge builds the timeline from the output of chronicle extract: JSON Lines,
one article per line, in one file or in many (shards extracted apart, on
one machine or many). The timeline is the same whatever the sharding and
the same as chronicle build gives from the articles themselves. A FILE of -
or no FILE reads standard input. A bad line is reported as file:line:
message and the others are still used.

Flags:
`

// runMerge runs "chronicle merge".
func runMerge(ctx context.Context, e *env, args []string) error {
	var in inputFlags
	fs := newFlagSet("merge", mergeUsage, e, &in)
	format := fs.String("format", "", "output `FORMAT`: json, html, timelinejs, csv or jsonl (default: from the -o extension, else json)")
	output := fs.String("o", "", "write the timeline to `FILE` instead of standard output")
	if err := parseFlags(fs, &in, args); err != nil {
		return err
	}
	if in.published != "" || in.manifest != "" || in.tz != nil {
		return fmt.Errorf("%w: --published, --manifest and --tz apply when articles are read; merge reads extract output", errUsage)
	}
	f, err := outputFormat(*format, *output)
	if err != nil {
		return err
	}
	var (
		tb       = timeline.NewBuilder(timeline.Options{Types: in.kinds})
		articles int
		errs     corpus.ErrorList
	)
	for _, p := range paths(fs) {
		if err := ctx.Err(); err != nil {
			return err
		}
		readMerge(p, e.Stdin, &errs, func(l timeline.Line) {
			tb.AddArticle(l.Article)
			tb.AddEvents(l.Events)
			articles++
		})
	}
	for _, err := range errs {
		fmt.Fprintln(e.Stderr, err)
	}
	fmt.Fprintf(e.Stderr, "chronicle: %d %s merged, %d failed\n", articles, plural(articles, "article", "articles"), len(errs))
	if articles == 0 {
		return errNoArticles
	}
	tl := tb.Timeline()
	if err := writeTimeline(tl, f, *output, e.Stdout); err != nil {
		return err
	}
	if len(errs) > 0 {
		return errPartial
	}
	return nil
}

// readMerge reads the extract output at path ("-" for stdin), calling fn
// with each good line and adding a problem for each bad one to errs.
func readMerge(path string, stdin io.Reader, errs *corpus.ErrorList, fn func(timeline.Line)) {
	name := path
	var r io.Reader = stdin
	if path == corpus.StdinPath {
		name = corpus.StdinName
	} else {
		f, err := os.Open(path)
		if err != nil {
			errs.Add(path, 0, err)
			return
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<20)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			errs.Add(name, line, err)
			return
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			l, perr := timeline.ParseLine(b)
			if perr != nil {
				errs.Add(name, line, fmt.Errorf("not a line of chronicle extract output: %w", perr))
			} else {
				fn(l)
			}
		}
		if errors.Is(err, io.EOF) {
			return
		}
	}
}
