package extract

// Article is one news article: its metadata and its body text.
type Article struct {
	ID            string `json:"id"`             // stable identifier, by default the file name without extension
	Path          string `json:"path"`           // where the article was read from
	Title         string `json:"title"`          // headline, when known
	Source        string `json:"source"`         // outlet name, when known
	URL           string `json:"url"`            // canonical address, when known
	Published     string `json:"published"`      // publication date, YYYY-MM-DD, or empty when unknown
	PublishedFrom string `json:"published_from"` // where Published came from: flag, manifest, front-matter, json, html-meta, text or none

	// Fingerprint is a near-duplicate signature of the body (see package
	// fingerprint), set by Extract; the timeline compares fingerprints to
	// tell wire copies of one story from independent reports.
	Fingerprint string `json:"fingerprint,omitempty"`
	// DuplicateOf is the ID of the article this one is a near-duplicate
	// of, set when a timeline is built; empty for independent reports.
	DuplicateOf string `json:"duplicate_of,omitempty"`

	Body     string   `json:"-"` // the text as read, after any front matter; timex offsets index it
	Warnings []string `json:"-"` // problems met while reading the article; Extract copies them into Result.Warnings
}

// Result is what extraction found in one article: one line of
// `chronicle extract` output.
type Result struct {
	Article  Article  `json:"article"`  // the article's metadata
	Timexes  []Timex  `json:"timexes"`  // temporal expressions in text order
	Events   []Event  `json:"-"`        // event mentions in text order; written by timeline in the schema's event shape
	Warnings []string `json:"warnings"` // problems that did not stop extraction
}
