package htmlpage

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxElements is the largest number of elements in a page that
// readability is run on; larger pages, which would take it long, get the
// fallback text.
const maxElements = 30000

// minReadable is the least text, in bytes, that readability must find for
// its result to be taken over the fallback.
const minReadable = 140

// articleText returns the text of the article in doc: what readability
// finds once menus, advertisements, cookie notices and other junk are
// removed, or if that is less than minReadable bytes, the text of the
// main <article>, else of <main>, else of <body>, leaving out navigation,
// headers, footers, asides and forms. It returns "" if there is no text.
func articleText(doc *html.Node, s *page, base *url.URL) string {
	removeJunk(doc)
	text := readable(doc, base)
	if len(text) >= minReadable {
		return text
	}
	for _, root := range []*html.Node{s.mainArticle(), s.main, s.body, doc} {
		if root == nil {
			continue
		}
		if t := plainText(root, true); t != "" {
			return t
		}
	}
	return text
}

// readable returns the text of the main content that readability finds
// in doc, or "" if it finds none or fails.
func readable(doc *html.Node, base *url.URL) (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxElements
	p.DisableJSONLD = true
	art, err := p.ParseDocument(doc, base)
	if err != nil || art.Node == nil {
		return ""
	}
	return plainText(art.Node, false)
}

// withHeadline returns body with the headline as its first paragraph. A
// line of the first few in body that repeats the headline is removed.
func withHeadline(headline, body string) string {
	if headline == "" {
		return body
	}
	rest := body
	for range 3 {
		line, after, _ := strings.Cut(rest, "\n")
		if sameName(line, headline) {
			start := len(body) - len(rest)
			body = body[:start] + strings.TrimLeft(after, "\n")
			break
		}
		rest = strings.TrimLeft(after, "\n")
		if rest == "" {
			break
		}
	}
	if body == "" {
		return headline + "\n"
	}
	return headline + "\n\n" + body
}

// Breaks between pieces of text.
const (
	noBreak   = iota // text runs on
	lineBreak        // text goes on on the next line
	paraBreak        // text goes on after a blank line
)

// textWriter builds plain text from HTML text nodes and breaks.
type textWriter struct {
	b     strings.Builder
	brk   int  // the break pending before the next text
	space bool // whether a space is pending before the next text
	pre   int  // depth of <pre> elements: line ends in text are kept
}

// text adds the text of a text node, with white space collapsed and
// invisible characters dropped.
func (w *textWriter) text(s string) {
	for _, r := range s {
		switch {
		case r == '\n' && w.pre > 0:
			w.breakLine(lineBreak)
		case unicode.IsSpace(r):
			w.space = true
		case r == '\u00AD', r == '\u200B', r == '\u200C', r == '\u200D', r == '\u2060', r == '\uFEFF',
			unicode.IsControl(r):
		default:
			if w.b.Len() > 0 {
				switch {
				case w.brk == paraBreak:
					w.b.WriteString("\n\n")
				case w.brk == lineBreak:
					w.b.WriteByte('\n')
				case w.space:
					w.b.WriteByte(' ')
				}
			}
			w.brk, w.space = noBreak, false
			w.b.WriteRune(r)
		}
	}
}

// breakLine asks for at least the break brk before the next text.
func (w *textWriter) breakLine(brk int) {
	w.brk = max(w.brk, brk)
}

// String returns the text written, ending in a line end, or "".
func (w *textWriter) String() string {
	if w.b.Len() == 0 {
		return ""
	}
	return w.b.String() + "\n"
}

// plainText returns the text in root as plain text. In fallback mode it
// also leaves out navigation, headers, footers, asides and forms.
func plainText(root *html.Node, fallback bool) string {
	var w textWriter
	w.node(root, fallback)
	return w.String()
}

// node adds the text of n and its subtree.
func (w *textWriter) node(n *html.Node, fallback bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.node(c, fallback)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	tag := tagOf(n)
	if skip(n, tag, fallback) {
		return
	}
	brk := breakOf(tag)
	switch tag {
	case atom.Br:
		if w.brk == lineBreak {
			w.breakLine(paraBreak) // <br><br> ends a paragraph
		}
		w.breakLine(lineBreak)
		return
	case atom.Td, atom.Th:
		w.space = true
	case atom.Pre:
		w.pre++
		defer func() { w.pre-- }()
	}
	w.breakLine(brk)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c, fallback)
	}
	w.breakLine(brk)
	if tag == atom.Td || tag == atom.Th {
		w.space = true
	}
}

// tagOf returns the tag of the element n. Readability renames elements
// and makes new ones without setting DataAtom, so Data is what counts.
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// skip reports whether the element n, whose tag is tag, holds no article
// text: scripts, styles, embedded objects, form controls and hidden
// elements, and in fallback mode also navigation, headers, footers,
// asides, forms and elements whose class marks them as fallbackJunk.
func skip(n *html.Node, tag atom.Atom, fallback bool) bool {
	switch tag {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Button, atom.Select, atom.Textarea, atom.Input, atom.Dialog:
		return true
	case atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form:
		if fallback {
			return true
		}
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if style := attr(n, "style"); style != "" {
		style = strings.ToLower(strings.Join(strings.Fields(style), ""))
		if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
			return true
		}
	}
	if fallback {
		switch strings.ToLower(attr(n, "role")) {
		case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog":
			return true
		}
		return isJunk(n, fallbackJunk)
	}
	return false
}

// breakOf returns the break that an element with tag a makes before and
// after its text.
func breakOf(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Figure, atom.Pre, atom.Hr,
		atom.Address, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Aside,
		atom.Nav, atom.Details, atom.Fieldset, atom.Form:
		return paraBreak
	case atom.Div, atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Figcaption, atom.Caption, atom.Summary,
		atom.Legend, atom.Body, atom.Html, atom.Center, atom.Option, atom.Tbody, atom.Thead, atom.Tfoot:
		return lineBreak
	}
	return noBreak
}
