package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"

	"golang.org/x/term"
)

//go:embed doc.go
var doc string

// usageText returns the package comment of doc.go, the command's usage.
func usageText() string {
	s := doc
	if i := strings.Index(s, "/*\n"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.Index(s, "*/"); i >= 0 {
		s = s[:i]
	}
	return s
}

// env is what a subcommand runs with: its streams, so tests never swap os.Stdout.
type env struct {
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Terminal bool // Stderr is a terminal: show progress on it
}

// errUsage marks a usage error; it makes the command exit 2.
var errUsage = errors.New("usage error")

// errPartial marks a run that wrote output but could not use every input;
// it makes the command exit 1.
var errPartial = errors.New("some inputs failed")

// errNoArticles reports that no input could be used; it makes the command
// exit 2.
var errNoArticles = errors.New("no usable article")

// commands maps subcommand names to their runners.
var commands = map[string]func(ctx context.Context, e *env, args []string) error{
	"build":   runBuild,
	"extract": runExtract,
	"merge":   runMerge,
	"timeml":  runTimeML,
}

func main() {
	log.SetPrefix("chronicle: ")
	log.SetFlags(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	e := &env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Terminal: term.IsTerminal(int(os.Stderr.Fd()))}
	stopProfile := startProfile(os.Getenv("CHRONICLE_CPUPROFILE"))
	code := run(ctx, e, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

// startProfile writes a CPU profile to the file path for `go tool pprof`,
// if path is not empty, until the function it returns is called. It is
// how the figures in the README were profiled: CHRONICLE_CPUPROFILE=cpu.prof.
func startProfile(path string) (stop func()) {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		log.Printf("cannot profile: %v", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		log.Printf("cannot profile: %v", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// run runs the subcommand named by args[0] and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(e.Stderr, usageText())
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.Stderr, "chronicle: unknown command %q\n%s", args[0], usageText())
		return 2
	}
	err := cmd(ctx, e, args[1:])
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage), errors.Is(err, errNoArticles):
		fmt.Fprintf(e.Stderr, "chronicle %s: %v\n", args[0], err)
		return 2
	case errors.Is(err, errPartial):
		fmt.Fprintf(e.Stderr, "chronicle %s: %v\n", args[0], err)
		return 1
	default:
		fmt.Fprintf(e.Stderr, "chronicle %s: %v\n", args[0], err)
		return 1
	}
}
