package timeline

import (
	"errors"
	"io"
)

// WriteTimelineJS writes the timeline as Knight Lab TimelineJS JSON.
func (t *Timeline) WriteTimelineJS(w io.Writer) error {
	return errors.New("timelinejs: not written yet")
}

// WriteCSV writes the timeline as CSV, one row per event.
func (t *Timeline) WriteCSV(w io.Writer) error {
	return errors.New("csv: not written yet")
}

// WriteJSONL writes the timeline's events as JSON Lines, one per line.
func (t *Timeline) WriteJSONL(w io.Writer) error {
	return errors.New("jsonl: not written yet")
}
