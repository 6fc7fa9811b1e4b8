package timeline

import (
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
// every list is written as [] when empty, never null.
func (t *Timeline) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(t.normal()); err != nil {
		return fmt.Errorf("cannot write timeline: %w", err)
	}
	return nil
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
