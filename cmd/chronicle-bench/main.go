package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/timeml"
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

// module is the module path of the repository chronicle-bench runs in.
const module = "github.com/chronicle-news/chronicle"

// corpusVersion names the layout of the generated corpus. Change it when
// writeCorpus writes different bytes for the same documents, so that
// cached corpora are built again.
const corpusVersion = "1"

// repeatShift is how far the publication dates of each repetition of the
// documents are moved: whole weeks, so weekdays keep their meaning.
const repeatShift = 7 * 24 * time.Hour

// mb is a megabyte, the unit of corpus sizes and of every rate.
const mb = 1e6

// errUsage marks a usage error; it makes the command exit 2.
var errUsage = errors.New("usage error")

func main() {
	log.SetPrefix("chronicle-bench: ")
	log.SetFlags(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		log.Print(err)
		os.Exit(2)
	default:
		log.Print(err)
		os.Exit(1)
	}
}

// config is what a benchmark run is asked to do, from the flags.
type config struct {
	sizes     []float64 // corpus sizes in MB, ascending
	scaling   float64   // corpus size of the cores-scaling runs in MB; 0 for none
	runs      int       // runs of each measurement; the median is reported
	corpusDir string    // where corpora are cached
	timemlDir string    // the TimeML corpus, with TimeBank/ and AQUAINT/ in it; empty for the default
	json      bool      // print JSON instead of Markdown
}

// parseFlags parses the command line into a config. Its errors other than
// a request for help wrap errUsage.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("chronicle-bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText(), "\nFlags:\n")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	sizes := fs.String("sizes", "10,100", "comma-separated corpus `SIZES` in MB (10^6 bytes)")
	scaling := fs.String("scaling", "", "corpus size in `MB` of the cores-scaling runs, 0 for none (default: the smallest of --sizes)")
	c := &config{}
	fs.IntVar(&c.runs, "runs", 1, "run each measurement `N` times and report the one with the median wall time")
	fs.StringVar(&c.corpusDir, "corpus-dir", filepath.Join(os.TempDir(), "chronicle-bench"), "cache the corpora in `DIR`")
	fs.StringVar(&c.timemlDir, "timeml", "", "the TimeML corpus `DIR`, with TimeBank/ and AQUAINT/ in it (default: ../shared/data/timeml/tbaq-cleaned beside the repository)")
	fs.BoolVar(&c.json, "json", false, "print the results as JSON instead of a Markdown table")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	for _, f := range strings.Split(*sizes, ",") {
		size, err := parseSize(f)
		if err != nil || size == 0 {
			return nil, fmt.Errorf("%w: --sizes: %q is not a positive number of MB", errUsage, f)
		}
		c.sizes = append(c.sizes, size)
	}
	slices.Sort(c.sizes)
	c.sizes = slices.Compact(c.sizes)
	c.scaling = c.sizes[0]
	if *scaling != "" {
		size, err := parseSize(*scaling)
		if err != nil {
			return nil, fmt.Errorf("%w: --scaling: %q is not a number of MB", errUsage, *scaling)
		}
		c.scaling = size
	}
	if c.runs < 1 {
		return nil, fmt.Errorf("%w: --runs must be at least 1", errUsage)
	}
	return c, nil
}

// parseSize parses a size in MB, a finite number not below 0.
func parseSize(s string) (float64, error) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(f) || f < 0 || f > 1e6 {
		return 0, errors.New("out of range")
	}
	return f, nil
}

// formatSize formats a size in MB without trailing zeros.
func formatSize(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// run runs the benchmark the command line args ask for, printing the
// results to stdout and progress to stderr.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	repo, err := findRepo(cwd)
	if err != nil {
		return err
	}
	docs, base, err := loadDocuments(repo, c.timemlDir, stderr)
	if err != nil {
		return err
	}

	tmp, err := os.MkdirTemp("", "chronicle-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "chronicle")
	fmt.Fprintf(stderr, "chronicle-bench: building chronicle\n")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/chronicle")
	build.Dir = repo
	build.Stdout, build.Stderr = stderr, stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("cannot build chronicle: %w", err)
	}

	rep := &report{
		Chronicle: revision(ctx, repo),
		Go:        runtime.Version(),
		Platform:  runtime.GOOS + "/" + runtime.GOARCH,
		CPUs:      runtime.NumCPU(),
		Base:      base,
		Load:      loadAverage(),
	}
	corpora := make(map[float64]*corpusFile)
	corpusOf := func(size float64) (*corpusFile, error) {
		if cf, ok := corpora[size]; ok {
			return cf, nil
		}
		cf, err := makeCorpus(c.corpusDir, docs, size, stderr)
		if err != nil {
			return nil, err
		}
		corpora[size] = cf
		return cf, nil
	}
	for _, size := range c.sizes {
		cf, err := corpusOf(size)
		if err != nil {
			return err
		}
		for _, command := range commands {
			m, err := measureMedian(ctx, c.runs, bin, command, cf, tmp, 0, stderr)
			if err != nil {
				return err
			}
			rep.Results = append(rep.Results, m)
		}
	}
	if c.scaling > 0 {
		cf, err := corpusOf(c.scaling)
		if err != nil {
			return err
		}
		n := runtime.NumCPU()
		for _, command := range commands {
			// The runs on one core and on all alternate, and each pair
			// gives a speed-up, so that a host that slows down or speeds
			// up over minutes biases neither side.
			var ones, alls, ratios []float64
			for range c.runs {
				one, err := measure(ctx, bin, command, cf, tmp, 1, stderr)
				if err != nil {
					return err
				}
				all, err := measure(ctx, bin, command, cf, tmp, n, stderr)
				if err != nil {
					return err
				}
				ones, alls = append(ones, one.Wall), append(alls, all.Wall)
				ratios = append(ratios, one.Wall/all.Wall)
			}
			rep.Scaling = append(rep.Scaling, scaling{
				Corpus:     cf.label(),
				Command:    command.name,
				Procs:      n,
				Wall1:      median(ones),
				WallN:      median(alls),
				Speedup:    median(ratios),
				SpeedupMin: slices.Min(ratios),
				SpeedupMax: slices.Max(ratios),
			})
		}
	}

	if c.json {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	return rep.writeMarkdown(stdout)
}

// loadAverage returns the 1-minute load average of the machine, or ""
// where /proc/loadavg does not tell it.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	load, _, _ := strings.Cut(string(data), " ")
	return load
}

// findRepo returns the root of the chronicle module that dir is in.
func findRepo(dir string) (string, error) {
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module "+module+"\n")) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("%s is not in the chronicle repository (module %s)", dir, module)
		}
		d = parent
	}
}

// revision returns the git commit that repo is at, with "+dirty" when
// its working tree has changes, or "unknown".
func revision(ctx context.Context, repo string) string {
	rev, err := exec.CommandContext(ctx, "git", "-C", repo, "rev-parse", "--short=12", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	s := strings.TrimSpace(string(rev))
	if status, err := exec.CommandContext(ctx, "git", "-C", repo, "status", "--porcelain").Output(); err != nil || len(status) > 0 {
		s += "+dirty"
	}
	return s
}

// document is one news article the corpus is made of, before repetition.
type document struct {
	id        string    // unique among the documents, such as "TimeBank/wsj_0006"
	title     string    // headline, or the file name when there is none
	source    string    // where it comes from: TimeBank, AQUAINT or sample
	published time.Time // publication date, UTC midnight
	text      string    // body text, without markup
}

// loadDocuments reads the documents of the corpus: the TimeML documents
// in timemlDir (by default ../shared/data/timeml/tbaq-cleaned beside
// repo), then the sample articles in repo/testdata/articles. Without the
// TimeML corpus it says so on stderr and uses the samples alone. It
// returns the documents and a description of them.
func loadDocuments(repo, timemlDir string, stderr io.Writer) ([]document, string, error) {
	samples, err := loadSamples(filepath.Join(repo, "testdata", "articles"))
	if err != nil {
		return nil, "", err
	}
	explicit := timemlDir != ""
	if !explicit {
		timemlDir = filepath.Join(filepath.Dir(repo), "shared", "data", "timeml", "tbaq-cleaned")
	}
	var docs []document
	var parts []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		d, err := loadTimeML(filepath.Join(timemlDir, sub), sub)
		if errors.Is(err, os.ErrNotExist) && !explicit {
			fmt.Fprintf(stderr, "chronicle-bench: no TimeML corpus at %s; the corpus is built from the %d sample articles alone\n", timemlDir, len(samples))
			return samples, fmt.Sprintf("the %d sample articles of testdata/articles", len(samples)), nil
		}
		if err != nil {
			return nil, "", err
		}
		docs = append(docs, d...)
		parts = append(parts, fmt.Sprintf("%d %s", len(d), sub))
	}
	docs = append(docs, samples...)
	parts = append(parts, fmt.Sprintf("%d samples", len(samples)))
	return docs, fmt.Sprintf("%d articles (%s)", len(docs), strings.Join(parts, ", ")), nil
}

// loadTimeML reads the TimeML documents (*.tml) in dir, in file name
// order: their text without tags, published on their creation time.
// Documents without a full creation date are skipped.
func loadTimeML(dir, source string) ([]document, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no TimeML documents (*.tml) in %s", dir)
	}
	slices.Sort(files)
	var docs []document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d, err := timeml.Parse(f, data)
		if err != nil {
			return nil, err
		}
		text := strings.TrimSpace(d.Text())
		if d.DCT.IsZero() || text == "" {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".tml")
		docs = append(docs, document{
			id:        source + "/" + name,
			title:     name,
			source:    source,
			published: d.DCT,
			text:      text,
		})
	}
	return docs, nil
}

// loadSamples reads the sample articles in dir, with the publication
// dates of its manifest.csv. An article's first line is its title.
func loadSamples(dir string) ([]document, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.csv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", f.Name(), err)
	}
	var docs []document
	for i, row := range rows {
		if i == 0 || len(row) < 2 { // the header
			continue
		}
		published, err := time.Parse(time.DateOnly, row[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", f.Name(), i+1, err)
		}
		data, err := os.ReadFile(filepath.Join(dir, row[0]))
		if err != nil {
			return nil, err
		}
		title, text, _ := strings.Cut(strings.TrimSpace(string(data)), "\n")
		docs = append(docs, document{
			id:        "sample/" + strings.TrimSuffix(row[0], filepath.Ext(row[0])),
			title:     strings.TrimSpace(title),
			source:    "sample",
			published: published,
			text:      strings.TrimSpace(text),
		})
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("no articles in %s", f.Name())
	}
	return docs, nil
}

// article is one line of the corpus, in the JSON Lines format chronicle reads.
type article struct {
	ID        string `json:"id"`        // document id and repetition, unique in the corpus
	Title     string `json:"title"`     // headline
	Published string `json:"published"` // publication date, YYYY-MM-DD
	Source    string `json:"source"`    // TimeBank, AQUAINT or sample
	Text      string `json:"text"`      // body text
}

// writeCorpus writes the documents to w as JSON Lines, over and over,
// until at least size bytes are written; it stops at the first line that
// reaches size. Repetition k (from 0) has ids ending in "#k" and its
// publication dates shifted by k weeks. It returns the number of articles
// and of bytes written.
func writeCorpus(w io.Writer, docs []document, size int64) (articles int, n int64, err error) {
	if len(docs) == 0 {
		return 0, 0, errors.New("no documents to build a corpus from")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for k := 0; n < size; k++ {
		shift := time.Duration(k) * repeatShift
		for _, d := range docs {
			buf.Reset()
			err := enc.Encode(article{
				ID:        d.id + "#" + strconv.Itoa(k),
				Title:     d.title,
				Published: d.published.Add(shift).Format(time.DateOnly),
				Source:    d.source,
				Text:      d.text,
			})
			if err != nil {
				return articles, n, err
			}
			m, err := w.Write(buf.Bytes())
			n += int64(m)
			if err != nil {
				return articles, n, err
			}
			articles++
			if n >= size {
				break
			}
		}
	}
	return articles, n, nil
}

// corpusFile is a corpus written to disk.
type corpusFile struct {
	path     string  // the JSON Lines file
	size     float64 // the size asked for, in MB
	bytes    int64   // its actual size
	articles int     // its number of articles
}

// label returns the name of the corpus in the results, such as "10 MB".
func (cf *corpusFile) label() string { return formatSize(cf.size) + " MB" }

// makeCorpus returns the corpus of size MB made of docs, in dir. The file
// is named after its size and a hash of docs, and is built only when it is
// not there yet.
func makeCorpus(dir string, docs []document, size float64, stderr io.Writer) (*corpusFile, error) {
	h := sha256.New()
	fmt.Fprintf(h, "chronicle-bench corpus %s\n", corpusVersion)
	for _, d := range docs {
		fmt.Fprintf(h, "%q %q %q %s %q\n", d.id, d.title, d.source, d.published.Format(time.DateOnly), d.text)
	}
	name := fmt.Sprintf("corpus-%sMB-%s.jsonl", formatSize(size), hex.EncodeToString(h.Sum(nil))[:12])
	cf := &corpusFile{path: filepath.Join(dir, name), size: size}
	if f, err := os.Open(cf.path); err == nil {
		defer f.Close()
		cf.articles, cf.bytes, err = countLines(f)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", cf.path, err)
		}
		fmt.Fprintf(stderr, "chronicle-bench: using %s\n", cf.path)
		return cf, nil
	}
	fmt.Fprintf(stderr, "chronicle-bench: writing %s\n", cf.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(dir, name+".tmp*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(f.Name()) // after a successful rename, a no-op
	if err := f.Chmod(0o644); err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	cf.articles, cf.bytes, err = writeCorpus(w, docs, int64(size*mb))
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), cf.path)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot write corpus: %w", err)
	}
	return cf, nil
}

// countLines returns the number of lines and of bytes that r reads.
func countLines(r io.Reader) (lines int, n int64, err error) {
	buf := make([]byte, 1<<20)
	for {
		m, err := r.Read(buf)
		lines += bytes.Count(buf[:m], []byte{'\n'})
		n += int64(m)
		if err == io.EOF {
			return lines, n, nil
		}
		if err != nil {
			return lines, n, err
		}
	}
}

// command is a chronicle command to measure.
type command struct {
	name   string                            // the subcommand
	args   func(corpus, out string) []string // its arguments, given the corpus and an output file
	stdout bool                              // its output is standard output, written to the output file
}

// commands are the chronicle commands measured, in the order reported.
var commands = []command{
	{name: "extract", stdout: true, args: func(corpus, _ string) []string {
		return []string{"extract", "--quiet", corpus}
	}},
	{name: "build", args: func(corpus, out string) []string {
		return []string{"build", "--quiet", "-o", out, corpus}
	}},
}

// measurement is the cost of one run of a chronicle command on a corpus.
type measurement struct {
	Corpus       string  `json:"corpus"`         // the corpus size asked for, such as "10 MB"
	Bytes        int64   `json:"bytes"`          // the corpus's actual size
	Command      string  `json:"command"`        // extract or build
	GOMAXPROCS   int     `json:"gomaxprocs"`     // GOMAXPROCS of the run; 0 when left to chronicle
	Articles     int     `json:"articles"`       // articles in the corpus
	Wall         float64 `json:"wall_s"`         // wall time in seconds
	CPU          float64 `json:"cpu_s"`          // user plus system CPU time in seconds
	MBPerCPU     float64 `json:"mb_per_cpu_s"`   // corpus MB per CPU-second
	MBPerWall    float64 `json:"mb_per_wall_s"`  // corpus MB per second of wall time
	ArticlesPerS float64 `json:"articles_per_s"` // articles per second of wall time
	PeakRSS      float64 `json:"peak_rss_mb"`    // peak resident set size in MB; 0 when unknown
	Summary      string  `json:"summary"`        // chronicle's summary line on standard error
}

// measureMedian measures command on cf runs times and returns the run
// with the median wall time.
func measureMedian(ctx context.Context, runs int, bin string, c command, cf *corpusFile, tmp string, procs int, stderr io.Writer) (measurement, error) {
	var ms []measurement
	for range runs {
		m, err := measure(ctx, bin, c, cf, tmp, procs, stderr)
		if err != nil {
			return m, err
		}
		ms = append(ms, m)
	}
	slices.SortFunc(ms, func(a, b measurement) int {
		switch {
		case a.Wall < b.Wall:
			return -1
		case a.Wall > b.Wall:
			return 1
		}
		return 0
	})
	return ms[len(ms)/2], nil
}

// measure runs the chronicle binary bin with command c on the corpus cf,
// its output in tmp, with GOMAXPROCS set to procs unless it is 0, and
// returns what the run cost. A run that exits 1, having used only some of
// the articles, is reported on stderr and measured all the same.
func measure(ctx context.Context, bin string, c command, cf *corpusFile, tmp string, procs int, stderr io.Writer) (measurement, error) {
	m := measurement{Corpus: cf.label(), Bytes: cf.bytes, Command: c.name, GOMAXPROCS: procs, Articles: cf.articles}
	what := fmt.Sprintf("%s on %s", c.name, m.Corpus)
	if procs > 0 {
		what += fmt.Sprintf(" with GOMAXPROCS=%d", procs)
	}
	fmt.Fprintf(stderr, "chronicle-bench: %s... ", what)

	out := filepath.Join(tmp, "out-"+c.name)
	defer os.Remove(out)
	cmd := exec.CommandContext(ctx, bin, c.args(cf.path, out)...)
	cmd.Env = os.Environ()
	if procs > 0 {
		cmd.Env = append(cmd.Env, "GOMAXPROCS="+strconv.Itoa(procs)) // the last value wins
	}
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if c.stdout {
		f, err := os.Create(out)
		if err != nil {
			return m, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		fmt.Fprintln(stderr)
		return m, fmt.Errorf("%s: %w\n%s", what, err, tail(errb.String()))
	}
	cpu, rss := usage(cmd.ProcessState)
	m.Summary = lastLine(errb.String())
	m.Wall = wall.Seconds()
	m.CPU = cpu.Seconds()
	m.MBPerCPU = float64(cf.bytes) / mb / m.CPU
	m.MBPerWall = float64(cf.bytes) / mb / m.Wall
	m.ArticlesPerS = float64(cf.articles) / m.Wall
	m.PeakRSS = float64(rss) / mb
	fmt.Fprintf(stderr, "%.1f s wall, %.1f s CPU\n", m.Wall, m.CPU)
	if err != nil {
		fmt.Fprintf(stderr, "chronicle-bench: warning: %s: some articles failed:\n%s\n", what, tail(errb.String()))
	}
	return m, nil
}

// lastLine returns the last non-empty line of s.
func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// tail returns the last few lines of s.
func tail(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > 10 {
		lines = lines[len(lines)-10:]
	}
	return strings.Join(lines, "\n")
}

// scaling is the speed-up of a command on all CPU cores over one core.
type scaling struct {
	Corpus  string  `json:"corpus"`   // the corpus size, such as "10 MB"
	Command string  `json:"command"`  // extract or build
	Procs   int     `json:"procs"`    // GOMAXPROCS of the parallel run: the number of CPUs
	Wall1   float64 `json:"wall_1_s"` // wall time in seconds with GOMAXPROCS=1
	WallN   float64 `json:"wall_n_s"` // wall time in seconds with GOMAXPROCS=Procs
	Speedup float64 `json:"speedup"`  // median over the runs of wall time on one core / wall time on all, each pair run one after the other

	SpeedupMin float64 `json:"speedup_min"` // least speed-up of a pair
	SpeedupMax float64 `json:"speedup_max"` // greatest speed-up of a pair
}

// median returns the median of xs, the mean of the middle two when their
// number is even; xs is not empty.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// report is the result of a benchmark run.
type report struct {
	Chronicle string        `json:"chronicle"` // VCS revision of the chronicle measured
	Go        string        `json:"go"`        // Go version
	Platform  string        `json:"platform"`  // GOOS/GOARCH
	CPUs      int           `json:"cpus"`      // logical CPUs
	Base      string        `json:"base"`      // what the corpus is made of
	Load      string        `json:"load"`      // the 1-minute load average before the runs, from /proc/loadavg; empty when unknown
	Results   []measurement `json:"results"`   // one per corpus and command
	Scaling   []scaling     `json:"scaling"`   // one per command, when asked for
}

// writeMarkdown writes the report as a Markdown table, followed by a line
// for each cores-scaling measurement.
func (r *report) writeMarkdown(w io.Writer) error {
	b := new(bytes.Buffer)
	fmt.Fprintf(b, "chronicle %s, %s, %s, %d CPUs", r.Chronicle, r.Go, r.Platform, r.CPUs)
	if r.Load != "" {
		fmt.Fprintf(b, ", load average %s before the runs", r.Load)
	}
	fmt.Fprintf(b, "; corpus: %s, repeated.\n\n", r.Base)
	fmt.Fprintln(b, "| corpus | command | articles | wall s | CPU s | MB/CPU-s | MB/s wall | articles/s | peak RSS MB |")
	fmt.Fprintln(b, "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, m := range r.Results {
		rss := "?"
		if m.PeakRSS > 0 {
			rss = fmt.Sprintf("%.0f", m.PeakRSS)
		}
		fmt.Fprintf(b, "| %s | %s | %d | %.1f | %.1f | %.2f | %.2f | %.0f | %s |\n",
			m.Corpus, m.Command, m.Articles, m.Wall, m.CPU, m.MBPerCPU, m.MBPerWall, m.ArticlesPerS, rss)
	}
	if len(r.Scaling) > 0 {
		fmt.Fprintln(b)
	}
	for _, s := range r.Scaling {
		fmt.Fprintf(b, "- Cores scaling, %s on %s: %.1f s wall with GOMAXPROCS=1, %.1f s with GOMAXPROCS=%d (medians), speed-up %.2f×",
			s.Command, s.Corpus, s.Wall1, s.WallN, s.Procs, s.Speedup)
		if s.SpeedupMin != s.SpeedupMax {
			fmt.Fprintf(b, " (median of pairs run one after the other; %.2f–%.2f×)", s.SpeedupMin, s.SpeedupMax)
		}
		b.WriteString(".\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}
