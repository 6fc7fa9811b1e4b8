package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// format is the kind of file an input is.
type format int

const (
	formatUnknown format = iota
	formatText           // plain text or Markdown, maybe with front matter
	formatHTML           // an HTML page
	formatJSONL          // JSON Lines, one article per line
)

// formatOf returns the format of a file by its name, looking through a
// .gz extension, and whether the file is gzipped.
func formatOf(name string) (format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	gz := ext == ".gz" || ext == ".gzip"
	if gz {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(name, filepath.Ext(name))))
	}
	switch ext {
	case ".txt", ".text", ".md", ".markdown":
		return formatText, gz
	case ".html", ".htm", ".xhtml":
		return formatHTML, gz
	case ".jsonl", ".ndjson":
		return formatJSONL, gz
	}
	return formatUnknown, gz
}

// sniff guesses the format of data, the start of an input with no telling
// extension.
func sniff(data []byte) format {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	if len(data) > 0 && data[0] == '{' {
		return formatJSONL
	}
	head := bytes.ToLower(data[:min(len(data), 1024)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta "} {
		if bytes.Contains(head, []byte(tag)) {
			return formatHTML
		}
	}
	return formatText
}

// gzipMagic opens every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// manifestNames are the names of manifests found in input directories.
var manifestNames = []string{"manifest.csv", "manifest.json"}

// Input is one article as found by [Read], not yet decoded or parsed: a
// file, standard input, or one line of a JSON Lines file. Call
// [Input.Article] to parse it; inputs are independent, so they can be
// parsed in parallel.
type Input struct {
	File string // the file, as given or walked, or "<stdin>"
	Line int    // the line of a JSON Lines record; 0 for a whole file

	id     string   // article ID unless the article names its own
	format format   // how to parse data
	data   []byte   // the raw bytes
	rows   []*row   // manifest rows for the file, the first wins
	opts   *Options // the options of the Read call
	warns  []string // problems met while reading
}

// String returns "file" or "file:line".
func (in *Input) String() string {
	if in.Line > 0 {
		return fmt.Sprintf("%s:%d", in.File, in.Line)
	}
	return in.File
}

// Read finds the articles named by paths and calls fn with each, in
// order: paths in the order given, each directory walked recursively in
// lexical order (skipping names that start with a dot), each JSON Lines
// file line by line. Directories yield .txt, .md, .html, .htm, .jsonl and
// .ndjson files and gzipped ones (.gz); other files in them are reported
// as skipped. A file named explicitly is read whatever its extension, its
// format told from its content, as is standard input, named by "-".
// A manifest.csv or manifest.json in a directory applies to the files in
// and below it.
//
// Problems with one input do not stop the others: Read returns them as an
// ErrorList after reading everything else; entries with Skip set are
// inputs passed over on purpose. Read stops early, returning the error,
// if fn returns an error, if ctx is cancelled, or if opts cannot be used
// at all (a bad Published date, an unreadable manifest or manifest
// header).
func Read(ctx context.Context, paths []string, opts Options, fn func(*Input) error) error {
	if opts.Published != "" {
		if _, err := ParseDate(opts.Published); err != nil {
			return fmt.Errorf("publication date: %w", err)
		}
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	r := &reader{ctx: ctx, opts: &opts, fn: fn, dirs: make(map[string]*manifest)}
	if opts.Manifest != "" {
		m, errs, err := loadManifest(opts.Manifest)
		if err != nil {
			return err
		}
		r.manifest, r.errs = m, errs
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(p); err != nil {
			return err
		}
	}
	return r.errs.Err()
}

// ReadArticles is [Read] with each input parsed in turn: fn gets the
// articles, and inputs that cannot be parsed join the returned
// ErrorList. It suits small jobs and tests; large ones parse inputs in
// parallel.
func ReadArticles(ctx context.Context, paths []string, opts Options, fn func(extract.Article) error) error {
	var failed ErrorList
	err := Read(ctx, paths, opts, func(in *Input) error {
		a, err := in.Article()
		if err != nil {
			failed.add(err)
			return nil
		}
		return fn(a)
	})
	var errs ErrorList
	if err != nil && !errors.As(err, &errs) {
		return err
	}
	errs = append(errs, failed...)
	errs.Sort()
	return errs.Err()
}

// add appends err, an *Error or an ErrorList, to the list.
func (p *ErrorList) add(err error) {
	var e *Error
	var list ErrorList
	switch {
	case errors.As(err, &list):
		*p = append(*p, list...)
	case errors.As(err, &e):
		*p = append(*p, e)
	default:
		*p = append(*p, &Error{Msg: err.Error(), Err: err})
	}
}

// reader holds the state of one call to Read.
type reader struct {
	ctx      context.Context
	opts     *Options
	fn       func(*Input) error
	manifest *manifest            // from Options.Manifest; nil without one
	dirs     map[string]*manifest // manifests by absolute directory; nil entries for directories without one
	errs     ErrorList
}

// input reads one path given to Read.
func (r *reader) input(p string) error {
	if p == StdinPath {
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.stream(StdinName, stdinID, "", "", formatUnknown, in, -1)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.errs.Add(p, 0, err)
		return nil
	}
	if !fi.IsDir() {
		return r.file(p, filepath.Base(p), filepath.Dir(p), fi)
	}
	found := false
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			r.errs.Add(path, 0, err)
			return nil
		}
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if isManifest(d.Name()) {
			return nil // read when a file it may apply to is found
		}
		fi, err := d.Info()
		if err != nil {
			r.errs.Add(path, 0, err)
			return nil
		}
		if r.manifest != nil {
			if abs, err := filepath.Abs(path); err == nil && abs == r.manifest.path {
				return nil // the --manifest file
			}
		}
		if !fi.Mode().IsRegular() {
			return nil
		}
		if f, _ := formatOf(d.Name()); f == formatUnknown {
			r.errs = append(r.errs, &Error{File: path, Msg: fmt.Sprintf("skipped: not an article file (%s)", extOf(d.Name())), Skip: true})
			return nil
		}
		found = true
		rel, err := filepath.Rel(p, path)
		if err != nil {
			rel = d.Name()
		}
		return r.file(path, filepath.ToSlash(rel), p, fi)
	})
	if err != nil {
		return err
	}
	if !found {
		r.errs.Add(p, 0, ErrNoArticles)
	}
	return nil
}

// extOf names the extension of a file for messages.
func extOf(name string) string {
	if ext := filepath.Ext(name); ext != "" {
		return ext
	}
	return "no extension"
}

// isManifest reports whether a file in a directory is a manifest.
func isManifest(name string) bool {
	for _, m := range manifestNames {
		if strings.EqualFold(name, m) {
			return true
		}
	}
	return false
}

// file reads the file at path; rel is its path relative to root, the
// directory given to Read, or for a file named on its own its base name
// and directory.
func (r *reader) file(path, rel, root string, fi fs.FileInfo) error {
	f, err := os.Open(path)
	if err != nil {
		r.errs.Add(path, 0, err)
		return nil
	}
	defer f.Close()
	form, gz := formatOf(path)
	if gz {
		head := make([]byte, len(gzipMagic))
		if n, _ := io.ReadFull(f, head); n < len(head) || !bytes.Equal(head, gzipMagic) {
			r.errs.Add(path, 0, errors.New("bad gzip data: not in gzip format"))
			return nil
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			r.errs.Add(path, 0, err)
			return nil
		}
	}
	return r.stream(path, idOf(path), rel, root, form, f, fi.Size())
}

// idOf returns the default article ID of a file: its base name without
// extensions (and without .gz).
func idOf(path string) string {
	base := filepath.Base(path)
	if _, gz := formatOf(base); gz {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// stream reads one file or standard input: name is what messages call it,
// id its default article ID, rel and root as for file, form its format
// (formatUnknown to tell from the content), and n its size, or -1 when
// unknown.
func (r *reader) stream(name, id, rel, root string, form format, src io.Reader, n int64) error {
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(len(gzipMagic))
	if bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.errs.Add(name, 0, fmt.Errorf("bad gzip data: %w", err))
			return nil
		}
		defer zr.Close()
		zr.Multistream(true)
		br, n = bufio.NewReaderSize(zr, 64<<10), -1
	}
	if form == formatUnknown {
		head, _ := br.Peek(4096)
		form = sniff(head)
	}
	rows := r.rows(name, rel, root)
	if form == formatJSONL {
		return r.lines(name, id, br, rows)
	}
	max := r.opts.MaxBytes
	if n > max {
		r.errs.Add(name, 0, fmt.Errorf("%w: %s, over the %s an article may have; split it, or use JSON Lines", ErrTooLarge, size(n), size(max)))
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(br, max+1))
	if err != nil {
		r.errs.Add(name, 0, readError(err))
		return nil
	}
	if int64(len(data)) > max {
		r.errs.Add(name, 0, fmt.Errorf("%w: over the %s an article may have; split it, or use JSON Lines", ErrTooLarge, size(max)))
		return nil
	}
	return r.fn(&Input{File: name, id: id, format: form, data: data, rows: rows, opts: r.opts})
}

// readError rewords errors from reading a file or a gzip stream.
func readError(err error) error {
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("bad gzip data: %w", err)
	}
	return err
}

// lines reads a JSON Lines stream, one input per non-blank line.
func (r *reader) lines(name, id string, src *bufio.Reader, rows []*row) error {
	lr := &lineReader{r: src, max: int(r.opts.MaxBytes)}
	found := false
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, err := lr.next()
		if err == io.EOF {
			break
		}
		if errors.Is(err, errLongLine) {
			found = true
			r.errs = append(r.errs, &Error{File: name, Line: lr.line, Msg: fmt.Sprintf("%v; skipped", err), Err: ErrTooLarge})
			continue
		}
		if err != nil {
			r.errs.Add(name, lr.line+1, readError(err))
			return nil
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		found = true
		in := &Input{File: name, Line: lr.line, id: fmt.Sprintf("%s-%d", id, lr.line), format: formatJSONL,
			data: bytes.Clone(line), rows: rows, opts: r.opts}
		if err := r.fn(in); err != nil {
			return err
		}
	}
	if !found {
		r.errs.Add(name, 0, fmt.Errorf("%w: no JSON lines", ErrEmpty))
	}
	return nil
}

// rows returns the manifest rows for the file at path, in order of
// precedence: the --manifest row, then the rows of manifests in the
// file's directory and the directories above it, up to and including
// root, the directory given to Read (for a file named on its own, its
// own directory).
func (r *reader) rows(path, rel, root string) []*row {
	if path == StdinName {
		return nil
	}
	var rows []*row
	if row := r.manifest.lookup(path, rel); row != nil {
		rows = append(rows, row)
	}
	root = filepath.Clean(root)
	for dir := filepath.Dir(path); ; dir = filepath.Dir(dir) {
		if m := r.dirManifest(dir); m != nil {
			if row := m.lookup(path, ""); row != nil {
				rows = append(rows, row)
			}
		}
		if dir == root || dir == filepath.Dir(dir) || len(dir) <= len(root) {
			break
		}
	}
	return rows
}

// dirManifest returns the manifest in dir, loading it the first time it
// is asked for, or nil if dir has none. Problems with it are reported
// once; a manifest that cannot be used at all is reported and ignored.
func (r *reader) dirManifest(dir string) *manifest {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	if m, ok := r.dirs[abs]; ok {
		return m
	}
	r.dirs[abs] = nil
	for _, name := range manifestNames {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err != nil {
			continue
		}
		if r.manifest != nil && r.manifest.path == filepath.Join(abs, name) {
			return nil // the --manifest file; already read
		}
		m, errs, err := loadManifest(p)
		if err != nil {
			r.errs.add(err)
			continue
		}
		r.errs = append(r.errs, errs...)
		r.dirs[abs] = m
		return m
	}
	return nil
}
