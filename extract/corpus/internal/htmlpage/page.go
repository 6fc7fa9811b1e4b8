package htmlpage

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// ErrNoText reports an HTML page with no article text in it.
	ErrNoText = errors.New("no text in HTML page")
	// ErrTooLarge reports a page larger than MaxSize bytes.
	ErrTooLarge = errors.New("HTML page too large")
)

// MaxSize is the largest page, in bytes, that Parse reads.
const MaxSize = 32 << 20

// Page is what one HTML page says about its article.
type Page struct {
	Title     string      // headline: og:title, JSON-LD headline, twitter:title, <h1> or <title>, without a site-name suffix such as " - BBC News"
	Text      string      // article text: the headline, then paragraphs separated by blank lines; headings, list items and line breaks on lines of their own
	URL       string      // canonical address: <link rel=canonical>, og:url or JSON-LD url, resolved against the page URL; empty if the page names none
	Source    string      // outlet: og:site_name, JSON-LD publisher name or application-name
	Published Timestamp   // publication time, the first of Dates; zero if the page gives none
	Dates     []Timestamp // every publication date the page gives, most trusted first, for disagreement warnings
	Invalid   []Timestamp // publication dates the page gives that are not real dates ("2016-13-45") or cannot be read; Time is zero
}

// Timestamp is a publication date as a page wrote it.
type Timestamp struct {
	Raw      string    // the text as written in the page
	From     string    // where it was found, such as "meta article:published_time", "json-ld datePublished" or "time datetime"
	Time     time.Time // the time as written, in the zone written; UTC when Raw has no zone, midnight when Raw has no time
	HasZone  bool      // whether Raw gave a zone or offset
	DateOnly bool      // whether Raw gave a date without a time of day
}

// IsZero reports whether t is the zero Timestamp, found nowhere.
func (t Timestamp) IsZero() bool { return t == Timestamp{} }

// Parse reads the HTML page data, fetched from pageURL (which may be
// empty), and returns its article. It returns an error wrapping ErrNoText
// if the page holds no article text, and one wrapping ErrTooLarge for
// pages over MaxSize bytes; it never panics.
func Parse(data []byte, pageURL string) (p *Page, err error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrTooLarge, len(data))
	}
	defer func() {
		if e := recover(); e != nil {
			p, err = nil, fmt.Errorf("cannot parse HTML page: internal error: %v", e)
		}
	}()
	src := decode(data)
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// Most likely nested too deep: try again without the elements
		// that are only containers.
		doc, err = html.Parse(strings.NewReader(flatten(src)))
	}
	if err != nil {
		return nil, fmt.Errorf("cannot parse HTML page: %w", err)
	}
	base, _ := url.Parse(pageURL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	return parseDocument(doc, base)
}

// parseDocument returns the article in doc, a page fetched from base
// (nil if unknown).
func parseDocument(doc *html.Node, base *url.URL) (*Page, error) {
	s := scan(doc)
	ld := readJSONLD(s.jsonld)
	p := &Page{
		URL:    canonicalURL(s, ld, base),
		Source: firstNonEmpty(s.meta("og:site_name"), ld.publisher, s.meta("application-name")),
	}
	host := ""
	if u, err := url.Parse(p.URL); err == nil && p.URL != "" {
		host = u.Hostname()
	} else if base != nil {
		host = base.Hostname()
	}
	p.Title = title(s, ld, p.Source, host)
	p.Dates, p.Invalid = dates(s, ld)
	if len(p.Dates) > 0 {
		p.Published = p.Dates[0]
	}
	body := articleText(doc, s, base)
	if body == "" {
		return nil, ErrNoText
	}
	p.Text = withHeadline(p.Title, body)
	return p, nil
}

// structural lists the elements that flatten keeps.
var structural = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.Title: true, atom.Meta: true,
	atom.Link: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.P: true, atom.Br: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Article: true, atom.Main: true, atom.Time: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Li: true, atom.Blockquote: true,
}

// flatten returns the HTML src without the tags of elements that only
// contain others (<div>, <span>, <b> and so on), so that a page nested
// too deep for the HTML parser can still be read, if less well.
func flatten(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	b.Grow(len(src))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if !structural[atom.Lookup(name)] {
				b.WriteByte(' ')
				continue
			}
		}
		b.Write(z.Raw())
	}
}

// firstNonEmpty returns the first of list that is not empty.
func firstNonEmpty(list ...string) string {
	for _, s := range list {
		if s != "" {
			return s
		}
	}
	return ""
}
