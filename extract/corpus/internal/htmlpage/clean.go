package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// junk lists class and id words, or parts of them between "-" and "_",
// that mark page furniture, with the most text, in bytes, that such an
// element may hold: more than that and it is likely a container of the
// story that happens to carry the word ("article-body has-ads").
var junk = map[string]int{
	// Advertisements.
	"ad": 200, "ads": 200, "advert": 200, "adverts": 200, "advertisement": 200,
	"advertising": 200, "adslot": 200, "adunit": 200, "adsbygoogle": 200, "dfp": 200,
	// Cookie and consent notices.
	"cookie": 2000, "cookies": 2000, "consent": 2000, "gdpr": 2000,
	// Text for screen readers only ("Image caption", "Share this").
	"sronly": 200, "visuallyhidden": 200, "screenreadertext": 200, "offscreen": 200,
	// Menus, breadcrumbs and footers.
	"nav": 2000, "navbar": 2000, "navigation": 2000, "menu": 2000, "topbar": 2000,
	"breadcrumb": 500, "breadcrumbs": 500, "skiplink": 100, "footer": 2000, "sitefooter": 2000,
}

// navLimit is the most text, in bytes, that a <nav> element or one with
// role=navigation may hold to be removed as a menu.
const navLimit = 5000

// fallbackJunk lists more class and id words, used only for the
// fallback text, since readability deals with these itself.
var fallbackJunk = map[string]int{
	"share": 500, "sharing": 500, "social": 500, "sharetools": 500,
	"related": 3000, "readnext": 3000, "morestories": 3000, "mostread": 3000, "mostpopular": 3000,
	"popular": 3000, "recommended": 3000, "recommendations": 3000, "trending": 3000, "onward": 3000,
	"newsletter": 1000, "subscribe": 1000, "signup": 1000, "promo": 1000,
	"comments": 3000, "tags": 500,
}

// unseparated removes separators from class and id words.
var unseparated = strings.NewReplacer("-", "", "_", "")

// removeJunk removes from doc menus and the elements that junk marks as
// furniture.
func removeJunk(doc *html.Node) {
	var next *html.Node
	for n := doc.FirstChild; n != nil; n = next {
		next = n.NextSibling
		if n.Type != html.ElementNode {
			continue
		}
		if isJunk(n, junk) || (n.DataAtom == atom.Nav || strings.EqualFold(attr(n, "role"), "navigation")) && textAtMost(n, navLimit) {
			n.Parent.RemoveChild(n)
			continue
		}
		removeJunk(n)
	}
}

// isJunk reports whether the element n is furniture by its class or id,
// according to words.
func isJunk(n *html.Node, words map[string]int) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	limit := junkLimit(n, words)
	return limit > 0 && textAtMost(n, limit)
}

// junkLimit returns the largest text limit in words for the class and id
// words of n, or 0 if none of them is in words.
func junkLimit(n *html.Node, words map[string]int) int {
	limit := 0
	for _, key := range [...]string{"class", "id"} {
		for _, tok := range strings.Fields(strings.ToLower(attr(n, key))) {
			limit = max(limit, words[unseparated.Replace(tok)])
			for _, part := range strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' }) {
				limit = max(limit, words[part])
			}
		}
	}
	return limit
}

// textAtMost reports whether the subtree of n holds at most limit bytes
// of text, not counting white space around text, in at most 10*limit
// elements.
func textAtMost(n *html.Node, limit int) bool {
	size, nodes := 0, 0
	var count func(*html.Node) bool
	count = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				size += len(strings.TrimSpace(c.Data))
				if size > limit {
					return false
				}
			case html.ElementNode:
				if nodes++; nodes > 10*limit {
					return false
				}
				if c.DataAtom == atom.Script || c.DataAtom == atom.Style {
					continue
				}
				if !count(c) {
					return false
				}
			}
		}
		return true
	}
	return count(n)
}
