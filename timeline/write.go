package timeline

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"

	json "github.com/goccy/go-json"
)

// Format is an output format of a timeline.
type Format int

const (
	// JSON is the chronicle.timeline/v1 JSON document of SCHEMA.md.
	JSON Format = iota
	// HTML is a self-contained static page for readers (see WriteHTML).
	HTML
	// TimelineJS is Knight Lab TimelineJS JSON (see WriteTimelineJS).
	TimelineJS
	// CSV is one row per event, for spreadsheets (see WriteCSV).
	CSV
	// JSONL is one event per line, for streaming (see WriteJSONL).
	JSONL
)

var formatNames = [...]string{JSON: "json", HTML: "html", TimelineJS: "timelinejs", CSV: "csv", JSONL: "jsonl"}

// Formats returns every format, in order.
func Formats() []Format { return []Format{JSON, HTML, TimelineJS, CSV, JSONL} }

// String returns the format's name, as given to --format.
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat returns the format with the given name.
func ParseFormat(name string) (Format, error) {
	if i := slices.Index(formatNames[:], name); i >= 0 {
		return Format(i), nil
	}
	return 0, fmt.Errorf("unknown timeline format %q (want one of %v)", name, formatNames)
}

// Write writes the timeline to w in format f.
func (t *Timeline) Write(w io.Writer, f Format) error {
	switch f {
	case JSON:
		return t.WriteJSON(w)
	case HTML:
		return t.WriteHTML(w)
	case TimelineJS:
		return t.WriteTimelineJS(w)
	case CSV:
		return t.WriteCSV(w)
	case JSONL:
		return t.WriteJSONL(w)
	}
	return fmt.Errorf("cannot write timeline as %v", f)
}

// WriteJSON writes the timeline as an indented JSON document, ending in a
// newline. The text is written as it is, without escaping <, > and &, and
// every list is written as [] when empty, never null. Articles and events
// are encoded a batch at a time on all cores and written in order, so a
// large timeline is never held twice in memory; the bytes are those of
// encoding the whole timeline at once.
func (t *Timeline) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	jw := &jsonWriter{w: bw}
	schema := cmp.Or(t.Schema, Schema)
	bw.WriteString("{\n")
	jw.field("schema", schema, false)
	writeList(jw, "articles", t.Articles, nil, false)
	writeList(jw, "events", t.Events, normalEvent, false)
	writeList(jw, "undated", t.Undated, normalEvent, false)
	writeList(jw, "warnings", t.Warnings, nil, true)
	bw.WriteString("}\n")
	if jw.err == nil {
		jw.err = bw.Flush()
	}
	if jw.err != nil {
		return fmt.Errorf("cannot write timeline: %w", jw.err)
	}
	return nil
}

// jsonWriter writes the members of the timeline object, indented as
// json.Encoder with SetIndent("", "  ") indents them, keeping the first
// error.
type jsonWriter struct {
	w   *bufio.Writer
	err error
}

// encodeValue appends v encoded at the nesting depth given by prefix to
// buf, without the trailing newline json.Encoder writes.
func encodeValue(buf *bytes.Buffer, v any, prefix string) error {
	n := buf.Len()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		buf.Truncate(n)
		return err
	}
	buf.Truncate(buf.Len() - 1) // the newline
	return nil
}

// field writes the member "name": v of the top-level object.
func (jw *jsonWriter) field(name string, v any, last bool) {
	if jw.err != nil {
		return
	}
	var buf bytes.Buffer
	buf.WriteString("  \"" + name + "\": ")
	if jw.err = encodeValue(&buf, v, "  "); jw.err != nil {
		return
	}
	jw.w.Write(buf.Bytes())
	jw.end(last)
}

// end ends a member or element: a comma unless it is the last.
func (jw *jsonWriter) end(last bool) {
	if last {
		jw.w.WriteString("\n")
	} else {
		jw.w.WriteString(",\n")
	}
}

// batchLen is how many list elements WriteJSON encodes in one batch.
const batchLen = 256

// writeList writes the member "name": [...] of the top-level object. The
// elements, each through norm when it is not nil, are encoded in batches,
// as many at once as there are cores, and written in order.
func writeList[E any](jw *jsonWriter, name string, list []E, norm func(E) E, last bool) {
	if jw.err != nil {
		return
	}
	if len(list) == 0 {
		jw.w.WriteString("  \"" + name + "\": []")
		jw.end(last)
		return
	}
	jw.w.WriteString("  \"" + name + "\": [\n")
	workers := runtime.GOMAXPROCS(0)
	bufs := make([]bytes.Buffer, workers)
	errs := make([]error, workers)
	encode := func(buf *bytes.Buffer, lo, hi int) error {
		buf.Reset()
		for i := lo; i < hi; i++ {
			buf.WriteString("    ")
			v := list[i]
			if norm != nil {
				v = norm(v)
			}
			if err := encodeValue(buf, &v, "    "); err != nil {
				return err
			}
			if i == len(list)-1 {
				buf.WriteString("\n")
			} else {
				buf.WriteString(",\n")
			}
		}
		return nil
	}
	for lo := 0; lo < len(list) && jw.err == nil; lo += workers * batchLen {
		var wg sync.WaitGroup
		for k := range workers {
			from := min(lo+k*batchLen, len(list))
			to := min(from+batchLen, len(list))
			if k == 0 {
				continue // this goroutine's own share, below
			}
			wg.Go(func() { errs[k] = encode(&bufs[k], from, to) })
		}
		errs[0] = encode(&bufs[0], lo, min(lo+batchLen, len(list)))
		wg.Wait()
		for k := range workers {
			if jw.err == nil {
				jw.err = errs[k]
			}
			if jw.err == nil {
				_, jw.err = jw.w.Write(bufs[k].Bytes())
			}
		}
	}
	jw.w.WriteString("  ]")
	jw.end(last)
}

// normalEvents returns a copy of events with every nil list made empty.
func normalEvents(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		out[i] = normalEvent(e)
	}
	return out
}

// normalEvent returns e with every nil list made empty.
func normalEvent(e Event) Event {
	e.Participants = nonNil(e.Participants)
	e.Locations = nonNil(e.Locations)
	e.Mentions = nonNil(e.Mentions)
	e.Conflicts = nonNil(e.Conflicts)
	return e
}
