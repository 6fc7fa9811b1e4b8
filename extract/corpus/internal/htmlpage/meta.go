package htmlpage

import (
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// metaTag is one <meta> element with a content attribute.
type metaTag struct {
	key      string // its name, property or itemprop, lower-cased
	itemprop bool   // whether key came from an itemprop attribute
	content  string // its content, space-trimmed
}

// heading is an <h1> element's text.
type heading struct {
	text      string // the text, white space collapsed
	inArticle bool   // whether it is inside an <article> or <main> element
}

// page is what scan finds in a document.
type page struct {
	metas     []metaTag    // <meta> elements, in document order
	canonical string       // href of the first <link rel=canonical>
	title     string       // text of the first <title>
	h1s       []heading    // <h1> elements outside navigation, in document order
	jsonld    []string     // texts of JSON-LD scripts
	dated     []*html.Node // other elements with itemprop=datePublished
	times     []*html.Node // <time> elements outside navigation
	articles  []*html.Node // outermost <article> elements
	sizes     []int        // amount of text in each of articles, in bytes
	main      *html.Node   // the first <main> element or role=main
	body      *html.Node   // the <body> element
}

// meta returns the content of the first <meta> element named key, with
// white space collapsed, or "".
func (s *page) meta(key string) string {
	for _, m := range s.metas {
		if m.key == key && !m.itemprop && m.content != "" {
			return collapse(m.content)
		}
	}
	return ""
}

// mainArticle returns the element that most likely holds the story: the
// outermost <article> with the most text, else <main>, else nil.
func (s *page) mainArticle() *html.Node {
	best := -1
	for i, n := range s.sizes {
		if best < 0 || n > s.sizes[best] {
			best = i
		}
	}
	if best >= 0 && s.sizes[best] > 0 {
		return s.articles[best]
	}
	return s.main
}

// scan walks doc once and gathers its metadata and landmarks.
func scan(doc *html.Node) *page {
	s := new(page)
	s.walk(doc, false, false, -1)
	return s
}

// walk visits n and its subtree. inArticle tells whether n is inside an
// <article> or <main>, inNav whether it is inside a <nav>, <aside> or
// <footer>, and article is the index in s.articles of the outermost
// <article> around n, or -1. It returns the number of text bytes in the
// subtree, leaving out scripts and styles.
func (s *page) walk(n *html.Node, inArticle, inNav bool, article int) int {
	switch n.Type {
	case html.TextNode:
		return len(strings.TrimSpace(n.Data))
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				s.jsonld = append(s.jsonld, textOf(n))
			}
			return 0
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math:
			return 0
		case atom.Meta:
			s.addMeta(n)
			return 0
		case atom.Link:
			if s.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
				s.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return 0
		case atom.Title:
			if s.title == "" {
				s.title = collapse(textOf(n))
			}
			return 0
		case atom.H1:
			if !inNav {
				s.h1s = append(s.h1s, heading{collapse(textOf(n)), inArticle})
			}
		case atom.Time:
			if !inNav {
				s.times = append(s.times, n)
			}
		case atom.Body:
			if s.body == nil {
				s.body = n
			}
		case atom.Main:
			if s.main == nil {
				s.main = n
			}
			inArticle = true
		case atom.Article:
			if article < 0 {
				s.articles = append(s.articles, n)
				s.sizes = append(s.sizes, 0)
				article = len(s.articles) - 1
			}
			inArticle = true
		case atom.Nav, atom.Aside, atom.Footer:
			inNav = true
		}
		if strings.EqualFold(attr(n, "role"), "main") && s.main == nil {
			s.main = n
		}
		if n.DataAtom != atom.Time && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
			s.dated = append(s.dated, n)
		}
	}
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		size += s.walk(c, inArticle, inNav, article)
	}
	if n.DataAtom == atom.Article && article >= 0 && s.articles[article] == n {
		s.sizes[article] = size
	}
	return size
}

// addMeta records the <meta> element n.
func (s *page) addMeta(n *html.Node) {
	content, ok := attrOK(n, "content")
	if !ok {
		return
	}
	content = strings.TrimSpace(content)
	for _, k := range [...]string{"property", "name"} {
		if key := attr(n, k); key != "" {
			s.metas = append(s.metas, metaTag{key: strings.ToLower(strings.TrimSpace(key)), content: content})
		}
	}
	if key := attr(n, "itemprop"); key != "" {
		s.metas = append(s.metas, metaTag{key: strings.ToLower(strings.TrimSpace(key)), itemprop: true, content: content})
	}
}

// title returns the page's headline, without a site name around it.
func title(s *page, ld jsonLD, site, host string) string {
	var h1, h1Article string
	for _, h := range s.h1s {
		if h.text == "" {
			continue
		}
		if h1 == "" {
			h1 = h.text
		}
		if h.inArticle && h1Article == "" {
			h1Article = h.text
		}
	}
	for _, t := range []string{s.meta("og:title"), ld.headline, s.meta("twitter:title"), h1Article, h1, s.title} {
		t = trimSite(t, site, host)
		if t != "" && !sameName(t, site) {
			return t
		}
	}
	return ""
}

// titleSeparators separate a headline from the site name in titles such
// as "Storm hits coast - BBC News".
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}

// trimSite returns title without a site name after or before it: a part
// after the last separator that is the site name or the host's name
// ("BBC News" on www.bbc.co.uk), or a part before the first separator that
// is the site name.
func trimSite(title, site, host string) string {
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if head != "" && (sameName(tail, site) || isHostName(tail, host)) {
				return head
			}
		}
		if i := strings.Index(title, sep); i > 0 {
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if tail != "" && sameName(head, site) {
				return tail
			}
		}
	}
	return title
}

// squash returns the letters and digits of s, lower-cased.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// sameName reports whether a and b are the same name, ignoring case,
// spaces and punctuation.
func sameName(a, b string) bool {
	a, b = squash(a), squash(b)
	return a != "" && a == b
}

// isHostName reports whether name is a short name that the host name
// spells: "BBC News" or "BBC" for www.bbc.co.uk, "The Guardian" for
// www.theguardian.com.
func isHostName(name, host string) bool {
	if host == "" || len(strings.Fields(name)) > 4 {
		return false
	}
	label := strings.TrimPrefix(strings.ToLower(host), "www.")
	label, _, _ = strings.Cut(label, ".")
	n := squash(name)
	return len(label) >= 3 && (n == label || strings.HasPrefix(n, label) && len(n) <= len(label)+6)
}

// canonicalURL returns the page's canonical address, resolved against
// base, or "" if the page names none.
func canonicalURL(s *page, ld jsonLD, base *url.URL) string {
	for _, raw := range []string{s.canonical, s.meta("og:url"), ld.url} {
		if u := resolve(raw, base); u != "" {
			return u
		}
	}
	return ""
}

// resolve returns the absolute http or https address that raw names,
// resolved against base, or "".
func resolve(raw string, base *url.URL) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

// attrOK returns the value of n's attribute key and whether n has it.
func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the text in n's subtree, as the DOM's textContent does.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	var add func(*html.Node)
	add = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
			add(c)
		}
	}
	add(n)
	return b.String()
}

// collapse returns s with runs of white space made single spaces and
// trimmed at both ends.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
