package timeline

import (
	"errors"
	"io"
)

// WriteHTML writes the timeline as a self-contained static HTML page.
func (t *Timeline) WriteHTML(w io.Writer) error {
	return errors.New("html: not written yet")
}
