package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"golang.org/x/sync/errgroup"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/timeml"
)

// timemlUsage is the head of the timeml subcommand's help.
const timemlUsage = `usage: chronicle timeml [-o DIR] FILE.tml...

Timeml tags TimeML documents with chronicle's temporal expressions, so that
chronicle can be scored against a TimeML corpus such as TempEval-3:

	chronicle timeml -o out gold/*.tml
	python3 score.py timeml gold out

Each document's text is run through the extractor with the document's
creation time as the publication date. The document is written back with
everything outside TEXT unchanged and, inside TEXT, the original TIMEX3,
EVENT and SIGNAL tags replaced by chronicle's TIMEX3s.

With -o, each document goes to DIR/<file name>, creating DIR. Without it
there must be exactly one FILE, written to standard output; with no FILE,
or -, standard input is read. A file that cannot be read or parsed, or
whose expressions cannot be placed, is reported on standard error as
name: message and the other files are still tagged; the exit status is
then 1.

Flags:
`

// runTimeML runs "chronicle timeml".
func runTimeML(ctx context.Context, e *env, args []string) error {
	fl := flag.NewFlagSet("timeml", flag.ContinueOnError)
	fl.SetOutput(io.Discard) // run reports flag errors; Usage prints the help
	dir := fl.String("o", "", "write each tagged document to `DIR`/<file name>")
	fl.Usage = func() {
		fmt.Fprint(e.Stderr, timemlUsage)
		fl.SetOutput(e.Stderr)
		fl.PrintDefaults()
		fl.SetOutput(io.Discard)
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	files := fl.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	if *dir == "" && len(files) > 1 {
		return fmt.Errorf("%w: %d files need -o DIR; only one can go to standard output", errUsage, len(files))
	}
	if *dir != "" {
		seen := make(map[string]string)
		for _, f := range files {
			if f == "-" {
				return fmt.Errorf("%w: standard input cannot be written to -o DIR", errUsage)
			}
			base := filepath.Base(f)
			if prev, ok := seen[base]; ok {
				return fmt.Errorf("%w: %s and %s would both be written to %s", errUsage, prev, f, filepath.Join(*dir, base))
			}
			seen[base] = f
		}
		if err := os.MkdirAll(*dir, 0o777); err != nil {
			return fmt.Errorf("cannot create output directory: %w", err)
		}
	}

	x := extract.New()
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	errs := make([]error, len(files)) // by input index
	var stdout []byte                 // the one document for standard output
	for i, f := range files {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			out, err := tagTimeML(x, e, f)
			switch {
			case err != nil:
				errs[i] = err
			case *dir == "":
				stdout = out
			default:
				if err := os.WriteFile(filepath.Join(*dir, filepath.Base(f)), out, 0o666); err != nil {
					errs[i] = fmt.Errorf("%s: %w", f, err)
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if stdout != nil {
		if _, err := e.Stdout.Write(stdout); err != nil {
			return fmt.Errorf("cannot write standard output: %w", err)
		}
	}
	failed := 0
	for _, err := range errs {
		if err != nil {
			fmt.Fprintln(e.Stderr, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%w: %d of %d files", errPartial, failed, len(files))
	}
	return nil
}

// tagTimeML reads the TimeML document f ("-" for e.Stdin) and returns it
// tagged with x's temporal expressions. Its errors start with the file's
// name.
func tagTimeML(x *extract.Extractor, e *env, f string) ([]byte, error) {
	name := f
	var (
		data []byte
		err  error
	)
	if f == "-" {
		name = "<stdin>"
		data, err = io.ReadAll(e.Stdin)
	} else {
		data, err = os.ReadFile(f)
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	doc, err := timeml.Parse(name, data)
	if err != nil {
		return nil, err // names the file
	}
	var tags []timeml.Tag
	for _, t := range x.Timexes(doc.Text(), doc.DCT) {
		tags = append(tags, timeml.Tag{Start: t.Start, End: t.End, Type: t.Type.String(), Value: t.Value, Mod: t.Mod})
	}
	var b bytes.Buffer
	if err := doc.Write(&b, tags); err != nil {
		return nil, err // names the file
	}
	return b.Bytes(), nil
}
