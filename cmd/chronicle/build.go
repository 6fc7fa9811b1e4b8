package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// buildUsage is the head of the build subcommand's help.
const buildUsage = `usage: chronicle build [--format FORMAT] [-o FILE] [--published YYYY-MM-DD | --manifest FILE] [--tz ZONE] [--types TYPES] PATH...

Build reads articles, finds their event mentions, merges the mentions of
one event within and across articles, and writes the ordered, sourced
timeline. Problems with an input are reported on standard error as
file:line: message, and the timeline is built from the other inputs.
` + inputHelp + `
Flags:
`

// runBuild runs "chronicle build".
func runBuild(ctx context.Context, e *env, args []string) error {
	var in inputFlags
	fs := newFlagSet("build", buildUsage, e, &in)
	format := fs.String("format", "", "output `FORMAT`: json, html, timelinejs, csv or jsonl (default: from the -o extension, else json)")
	output := fs.String("o", "", "write the timeline to `FILE` instead of standard output")
	if err := parseFlags(fs, &in, args); err != nil {
		return err
	}
	f, err := outputFormat(*format, *output)
	if err != nil {
		return err
	}
	tb := timeline.NewBuilder(timeline.Options{Types: in.kinds})
	runErr := eachResult(ctx, e, paths(fs), &in, func(res extract.Result) error {
		tb.AddResult(res) // its warnings go into the timeline's
		return nil
	})
	if runErr != nil && !errors.Is(runErr, errPartial) {
		return runErr
	}
	tl := tb.Timeline()
	if err := writeTimeline(tl, f, *output, e.Stdout); err != nil {
		return err
	}
	return runErr
}

// outputFormat returns the output format named by --format, or implied by
// the extension of the -o file: .html and .htm are html, .csv csv, .jsonl
// and .ndjson jsonl, .json (or no file) json. TimelineJS JSON is asked
// for by name.
func outputFormat(format, output string) (timeline.Format, error) {
	if format == "" {
		switch strings.ToLower(filepath.Ext(output)) {
		case ".json", "":
			format = "json"
		case ".html", ".htm":
			format = "html"
		case ".csv":
			format = "csv"
		case ".jsonl", ".ndjson":
			format = "jsonl"
		default:
			return 0, fmt.Errorf("%w: cannot tell the format from %q; use --format", errUsage, output)
		}
	}
	f, err := timeline.ParseFormat(format)
	if err != nil {
		return 0, fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	return f, nil
}

// writeTimeline writes tl in format to the file output, or to stdout when
// output is empty or "-". A file is written whole or not at all.
func writeTimeline(tl *timeline.Timeline, format timeline.Format, output string, stdout io.Writer) error {
	write := func(w io.Writer) error { return tl.Write(w, format) }
	if output == "" || output == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp, err := os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".*")
	if err != nil {
		return fmt.Errorf("cannot write timeline: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	if err := os.Rename(tmp.Name(), output); err != nil {
		return fmt.Errorf("cannot write %s: %w", output, err)
	}
	return nil
}
