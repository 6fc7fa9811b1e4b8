package timeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
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
// every list is written as [] when empty, never null. It writes one
// article or event at a time, so a large timeline is never held twice in
// memory; the bytes are those of encoding the whole timeline at once.
func (t *Timeline) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	jw := &jsonWriter{w: bw}
	n := t.normal()
	bw.WriteString("{\n")
	jw.field("schema", n.Schema, false)
	writeList(jw, "articles", n.Articles, false)
	writeList(jw, "events", n.Events, false)
	writeList(jw, "undated", n.Undated, false)
	writeList(jw, "warnings", n.Warnings, true)
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
	buf bytes.Buffer
	err error
}

// value writes v encoded at the nesting depth of a list element (two
// levels in), without its trailing newline.
func (jw *jsonWriter) value(v any, prefix string) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	enc := json.NewEncoder(&jw.buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if jw.err = enc.Encode(v); jw.err != nil {
		return
	}
	_, jw.err = jw.w.Write(bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n")))
}

// field writes the member "name": v of the top-level object.
func (jw *jsonWriter) field(name string, v any, last bool) {
	jw.w.WriteString("  \"" + name + "\": ")
	jw.value(v, "  ")
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

// writeList writes the member "name": [...] of the top-level object, one
// element at a time.
func writeList[E any](jw *jsonWriter, name string, list []E, last bool) {
	if len(list) == 0 {
		jw.w.WriteString("  \"" + name + "\": []")
		jw.end(last)
		return
	}
	jw.w.WriteString("  \"" + name + "\": [\n")
	for i := range list {
		jw.w.WriteString("    ")
		jw.value(&list[i], "    ")
		jw.end(i == len(list)-1)
	}
	jw.w.WriteString("  ]")
	jw.end(last)
}

// normal returns a copy of t with every nil list made empty.
func (t *Timeline) normal() *Timeline {
	n := *t
	if n.Schema == "" {
		n.Schema = Schema
	}
	n.Articles = nonNil(n.Articles)
	n.Events = normalEvents(n.Events)
	n.Undated = normalEvents(n.Undated)
	n.Warnings = nonNil(n.Warnings)
	return &n
}

// normalEvents returns a copy of events with every nil list made empty.
func normalEvents(events []Event) []Event {
	out := make([]Event, len(events))
	for i, e := range events {
		e.Participants = nonNil(e.Participants)
		e.Locations = nonNil(e.Locations)
		e.Mentions = nonNil(e.Mentions)
		e.Conflicts = nonNil(e.Conflicts)
		out[i] = e
	}
	return out
}
