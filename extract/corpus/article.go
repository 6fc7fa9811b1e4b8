package corpus

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract"
)

// metadata is what an article says about itself: front matter, the
// fields of a JSON record, or an HTML page's meta tags.
type metadata struct {
	id, title, source, url string
	published              string // the publication date as written, or empty
	from                   string // where published was found: front-matter, json or html-meta
	line                   int    // the line it was found on, or 0
	day                    string // published's calendar day, YYYY-MM-DD, when set by the parser itself
	others                 []dated
}

// dated is a publication date offered by one source.
type dated struct {
	day, from string
}

// Article decodes and parses the input into an article, with its
// publication date from the first source that has one: the --published
// flag, a manifest, the article's own metadata, and last its text. Where
// sources disagree, the first wins and a warning says so; a date
// inferred from the text is a warning too. A problem that leaves no
// usable article is returned as an *Error naming the file and, where it
// has one, the line.
func (in *Input) Article() (extract.Article, error) {
	a := extract.Article{ID: in.id, Path: in.String()}
	var meta metadata
	var line int
	var err error
	switch in.format {
	case formatJSONL:
		line, err = in.record(&a, &meta)
	case formatHTML:
		line, err = in.page(&a, &meta, in.data)
	default:
		line, err = in.text(&a, &meta)
	}
	if err != nil {
		return extract.Article{}, in.fail(line, err)
	}
	if strings.TrimSpace(a.Body) == "" {
		return extract.Article{}, in.fail(0, ErrEmpty)
	}
	if meta.id != "" {
		a.ID = meta.id
	}
	if err := in.date(&a, &meta); err != nil {
		return extract.Article{}, err
	}
	a.Title = cmp.Or(a.Title, meta.title)
	if a.Title == "" {
		// A headline from the body is copied, so that the body can be
		// freed while the article's metadata is kept.
		a.Title = strings.Clone(headline(a.Body))
	}
	a.Source = cmp.Or(a.Source, meta.source)
	a.URL = cmp.Or(a.URL, meta.url)
	a.Warnings = append(in.warns, a.Warnings...)
	return a, nil
}

// fail returns err as an *Error for the input, at line of the input's
// file (for a JSON Lines record, the record's line).
func (in *Input) fail(line int, err error) *Error {
	if in.Line > 0 {
		line = in.Line
	}
	msg := err.Error()
	if errors.Is(err, ErrEmpty) && in.Line > 0 {
		msg = "no article text"
	}
	return &Error{File: in.File, Line: line, Msg: msg, Err: err}
}

// text parses a plain text or Markdown file: decoding, then front matter.
func (in *Input) text(a *extract.Article, meta *metadata) (int, error) {
	text, warns, line, err := decodeText(in.data)
	if err != nil {
		return line, err
	}
	in.warns = append(in.warns, warns...)
	fm, body, line, err := splitFrontMatter(text)
	if err != nil {
		return line, err
	}
	a.Body = body
	*meta = metadata{id: fm.id, title: fm.title, source: fm.source, url: fm.url,
		published: fm.published, from: "front-matter", line: fm.publishedLine}
	return 0, nil
}

// record parses a JSON Lines record.
func (in *Input) record(a *extract.Article, meta *metadata) (int, error) {
	data := in.data
	if !utf8.Valid(data) {
		text, warns, _, err := decodeText(data)
		if err != nil {
			return 0, err
		}
		in.warns = append(in.warns, warns...)
		data = []byte(text)
	}
	r, err := parseRecord(data)
	if err != nil {
		return 0, err
	}
	published := r.published()
	*meta = metadata{id: strings.TrimSpace(string(r.ID)), title: cmp.Or(r.Title, r.Headline),
		source: r.Source, url: r.URL, published: published, from: "json"}
	text, isHTML, ok := r.text()
	if !ok {
		return 0, errors.New(`no article text: want a "text" or "html" field`)
	}
	if !isHTML {
		a.Body = text
		return 0, nil
	}
	var page metadata
	if _, err := in.page(a, &page, []byte(text)); err != nil {
		return 0, fmt.Errorf("html: %w", err)
	}
	// The record's own fields win over the page's.
	meta.title = cmp.Or(meta.title, page.title)
	meta.source = cmp.Or(meta.source, page.source)
	meta.url = cmp.Or(meta.url, page.url)
	if meta.published == "" {
		meta.published, meta.from, meta.day, meta.others = page.published, page.from, page.day, page.others
	}
	return 0, nil
}

// date sets a's publication date from the first source that has one.
func (in *Input) date(a *extract.Article, meta *metadata) error {
	var offers []dated
	if in.opts.Published != "" {
		offers = append(offers, dated{in.opts.Published, "flag"})
	}
	for i, row := range in.rows {
		if row.err != nil {
			if in.opts.Published == "" {
				return &Error{File: in.File, Line: in.Line, Msg: "no publication date: " + row.err.Error(), Err: row.err}
			}
			continue
		}
		if i == 0 || a.Title == "" && a.Source == "" && a.URL == "" {
			a.Title, a.Source, a.URL = row.title, row.source, row.url
		}
		if row.published != "" {
			offers = append(offers, dated{row.published, "manifest"})
		}
	}
	if meta.published != "" {
		day := meta.day
		if day == "" {
			var err error
			day, err = parseTimestamp(meta.published, in.opts.TZ)
			if err != nil {
				err = fmt.Errorf("%s: published: %w", metaName(meta.from), err)
				if len(offers) == 0 {
					return in.fail(meta.line, err)
				}
				a.Warnings = append(a.Warnings, err.Error()+"; using the "+offers[0].from+"'s date")
			}
		}
		if day != "" {
			offers = append(offers, dated{day, meta.from})
		}
	}
	offers = append(offers, meta.others...)
	if len(offers) == 0 {
		if g, ok := inferDate(a.Body); ok {
			offers = append(offers, dated{g.day, "text"})
			a.Warnings = append(a.Warnings, fmt.Sprintf("publication date %s inferred from the text (%s, line %d): %q", g.day, g.kind, g.line, g.text))
		}
	}
	if len(offers) == 0 {
		a.PublishedFrom = "none"
		return nil
	}
	a.Published, a.PublishedFrom = offers[0].day, offers[0].from
	if a.PublishedFrom == "flag" {
		return nil // the user said so for every article
	}
	for _, o := range offers[1:] {
		if o.day != a.Published {
			a.Warnings = append(a.Warnings, fmt.Sprintf("sources disagree on the publication date: %s says %s, %s says %s; using %s",
				metaName(a.PublishedFrom), a.Published, metaName(o.from), o.day, a.Published))
			break
		}
	}
	return nil
}

// metaName names a source of publication dates for messages.
func metaName(from string) string {
	switch from {
	case "front-matter":
		return "front matter"
	case "json":
		return "JSON record"
	case "html-meta":
		return "page metadata"
	}
	return from
}
