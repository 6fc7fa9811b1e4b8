package furniture

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// marker is what a known furniture line is.
type marker struct {
	reason string // the furniture reason
	opens  bool   // whether the marker opens a block that runs until the story resumes
}

// single and block build marker table entries.
func single(reason string) marker { return marker{reason: reason} }
func block(reason string) marker  { return marker{reason: reason, opens: true} }

// markers maps the key of a line (see key) to the furniture it is.
var markers = map[string]marker{}

// markerWords lists the keys of known markers by their marker.
var markerWords = map[marker][]string{
	single(reasonAd): {
		"advertisement", "advertisements", "advertising", "advert", "ad", "ads",
		"supported by", "story continues below", "article continues below",
		"scroll to continue with content", "story continues", "skip advert", "skip ad", "ad feedback",
		"adchoices", "report this ad",
	},
	block(reasonSponsored): {
		"sponsored", "sponsored content", "sponsored features", "sponsored stories",
		"sponsored links", "promoted stories", "promoted content", "promoted links",
		"paid content", "paid post", "paid partner content", "partner content",
		"from our partners", "around the web", "from around the web", "from the web",
		"elsewhere on the web", "ads by google", "powered by taboola", "by taboola",
		"independent partner", "you may like",
	},
	block(reasonReadNext): {
		"read next", "read more", "related", "related topics", "related stories",
		"related articles", "related content", "related coverage", "related links",
		"related internet links", "related news", "related posts", "related video",
		"related videos", "more on this story", "more on this", "more stories",
		"more news", "more headlines", "more top stories", "top stories",
		"top headlines", "latest", "latest news", "latest stories", "latest headlines",
		"latest videos", "most popular", "most read", "most viewed", "most shared",
		"most commented", "most watched", "most recent", "popular", "popular now",
		"popular stories", "trending", "trending now", "trending stories",
		"recommended", "recommended for you", "recommended stories",
		"recommended reading", "you may also like", "you might also like",
		"you may also be interested in", "you might be interested in", "also read",
		"read also", "see also", "further reading", "what to read next",
		"editor's picks", "editors' picks", "editors picks", "don't miss",
		"do not miss", "in case you missed it", "elsewhere", "elsewhere on the bbc",
		"up next", "watch next", "next story", "next article", "previous story",
		"previous article", "next post", "previous post", "in pictures",
		"in other news", "also in the news", "featured", "featured stories",
		"features", "explore more", "more to explore", "keep reading",
		"day in a page", "topics", "more about", "show more", "more videos",
		"most watched news videos", "you might like", "more like this",
		"top picks", "what's hot", "hot topics", "the latest", "news feed",
		"washington examiner videos", "related articles and videos",
	},
	block(reasonComments): {
		"react now", "have your say", "join the conversation", "join the discussion",
		"leave a comment", "leave a reply", "post a comment", "add a comment",
		"comments are closed", "share what you think", "share or comment on this article",
		"conversation", "discussion", "reader comments", "readers' comments",
		"most recent comments",
	},
	single(reasonComments): {
		"comments", "comment", "show comments", "view comments", "hide comments",
		"post comment", "submit comment", "view all comments", "please log in to comment",
		"log in to comment", "add your comment", "be the first to comment",
	},
	block(reasonJob): {
		"jobs", "ijobs", "job widget", "ijobs job widget", "ijobs general",
		"find a job", "job search", "latest jobs", "featured jobs", "jobs board",
	},
	single(reasonShare): {
		"share this with", "about sharing", "copy link", "copy this link",
		"these are external links and will open in a new window", "close share panel",
		"share this", "share this article", "share this story", "share this page",
		"share page", "share article", "share story", "like this", "like loading",
		"reuse this content", "reuse content", "order reprints", "reprints",
		"print this article", "print this page", "email this article",
		"share full article", "click to share", "shares", "share", "print",
		"email", "tweet",
	},
	single(reasonMedia): {
		"media playback is unsupported on your device", "play video", "video",
		"watch", "watch video", "watch now", "listen", "listen to this article",
		"photo", "photos", "image", "images", "gallery", "view gallery",
		"view all", "loading", "click to play", "tap to play", "play now",
		"scroll down for video", "video loading", "video unavailable",
		"video player is loading", "press play to listen to this story",
		"image caption", "media caption", "enlarge this image", "toggle caption",
		"hide caption", "expand", "close", "pause", "replay", "live",
		"live tv", "watch live",
	},
	single(reasonCredit): {
		"image copyright", "image source", "getty images", "photograph", "photo credit",
		"associated press", "the associated press", "agence france-presse",
		"afp", "reuters", "ap", "epa", "pa", "pa media", "pa wire", "getty",
		"shutterstock", "alamy", "rex", "rex features", "anadolu agency", "xinhua",
		"ap photo", "file photo",
	},
	single(reasonConsent): {
		"accept", "accept all", "accept cookies", "accept all cookies", "reject all",
		"reject", "i accept", "i agree", "agree", "agree and close", "ok", "okay",
		"got it", "manage preferences", "manage settings", "manage cookies",
		"cookie settings", "cookie policy", "cookies policy", "we value your privacy",
		"more options", "privacy settings", "your privacy", "do not sell my personal information",
		"do not sell or share my personal information", "privacy notice",
		"see our privacy notice", "privacy", "your privacy choices",
	},
	single(reasonNews): {
		"newsletter", "newsletters", "sign up", "sign up now", "subscribe",
		"subscribe now", "get the newsletter", "sign up for free", "invalid email",
		"thank you for subscribing", "sign me up", "subscribe today",
		"subscribe to our print edition",
	},
	single(reasonSocial): {
		"follow us", "follow", "click to follow", "follow us on twitter",
		"like us on facebook", "connect with us", "find us on facebook",
	},
	single(reasonNav): {
		"home", "news", "menu", "search", "sign in", "log in", "login", "log out",
		"register", "back to top", "skip to content", "skip to main content",
		"skip to navigation", "skip to footer", "privacy policy", "terms of use",
		"terms of service", "terms and conditions", "terms & conditions",
		"contact us", "contact", "about us", "about", "site map", "sitemap",
		"site index", "site information navigation", "accessibility",
		"accessibility help", "rss", "help", "advertise", "advertise with us",
		"careers", "more", "next", "previous", "prev", "back", "close menu",
		"open menu", "toggle navigation", "main menu", "search cnn", "edition",
		"browse today's tags", "cookie preferences", "copyright information",
		"foia", "faq", "all sections", "in this article", "sections", "the guardian - back to home",
	},
	single(reasonMeta): {
		"min read", "mins read", "minute read", "minutes read", "min", "mins",
		"read time", "reading time",
	},
}

func init() {
	for m, words := range markerWords {
		for _, w := range words {
			if _, dup := markers[w]; dup {
				panic("furniture: duplicate marker " + w)
			}
			markers[w] = m
		}
	}
}

// openerPrefixes are the starts of short block-opening markers that name a
// section or an outlet: "More from Reuters", "Latest stories from i100".
var openerPrefixes = []struct {
	prefix string
	m      marker
}{
	{"more from ", block(reasonReadNext)},
	{"more stories from ", block(reasonReadNext)},
	{"latest stories from ", block(reasonReadNext)},
	{"latest from ", block(reasonReadNext)},
	{"latest news from ", block(reasonReadNext)},
	{"more in ", block(reasonReadNext)},
	{"more on ", block(reasonReadNext)},
	{"also in ", block(reasonReadNext)},
	{"also on ", block(reasonReadNext)},
	{"most popular ", block(reasonReadNext)},
	{"most read ", block(reasonReadNext)},
	{"top stories ", block(reasonReadNext)},
	{"trending ", block(reasonReadNext)},
	{"recommended ", block(reasonReadNext)},
	{"related ", block(reasonReadNext)},
	{"elsewhere on ", block(reasonReadNext)},
	{"sponsored ", block(reasonSponsored)},
	{"promoted ", block(reasonSponsored)},
	{"more videos from ", block(reasonReadNext)},
}

// inlinePrefixes start a single line that links to another story:
// "Read more: Syria's rebels battle ISIL in the north".
var inlinePrefixes = []string{
	"read more:", "read more -", "read more »", "read more >", "read more about:",
	"read also:", "also read:", "see also:", "related:", "more:", "read:",
	"watch:", "listen:", "read next:", "recommended:", "most read:", "don't miss:",
	"related story:", "related article:", "related coverage:", "related content:",
	"more on this:", "further reading:", "click here to",
}

// shareWords are the words of share-button lines ("Share this with",
// "Share on Facebook"); a line of them needs one that is a button
// (true) rather than a filler (false).
var shareWords = map[string]bool{
	"share": true, "shares": true, "sharing": true, "tweet": true, "email": true,
	"e-mail": true, "facebook": true, "twitter": true, "whatsapp": true,
	"messenger": true, "pinterest": true, "linkedin": true, "reddit": true,
	"print": true, "google+": true, "telegram": true, "flipboard": true,
	"copy": true, "sms": true, "tumblr": true, "vk": true, "line": true, "x": true,
	"mail": false, "this": false, "with": false, "on": false, "via": false,
	"article": false, "story": false, "page": false, "link": false, "to": false,
	"the": false, "by": false, "and": false, "or": false, "your": false,
	"friends": false, "save": false,
}

// networks are names that make a "Follow ..." line a social plug.
var networks = []string{
	"twitter", "facebook", "instagram", "telegram", "linkedin", "youtube",
	"tiktok", "whatsapp", "threads", "bluesky", "mastodon", "snapchat",
	"google news", "flipboard", "rss",
}

// agencies are news and photo agencies that make up credit lines.
var agencies = map[string]bool{
	"getty": true, "getty images": true, "afp": true, "reuters": true, "ap": true,
	"epa": true, "pa": true, "pa wire": true, "pa media": true, "shutterstock": true,
	"alamy": true, "rex": true, "rex features": true, "rex/shutterstock": true,
	"anadolu": true, "anadolu agency": true, "xinhua": true, "tass": true,
	"sputnik": true, "efe": true, "ria novosti": true, "bloomberg": true,
	"pool": true, "ap photo": true, "sana": true, "handout": true, "file": true,
	"file photo": true, "afp via getty images": true, "images": true, "via": true,
	"associated press": true, "corbis": true, "dpa": true, "ansa": true,
	"imago": true, "zuma": true, "zuma press": true, "nurphoto": true,
	"sipa": true, "wenn": true, "newscom": true, "abaca": true, "ap images": true,
}

// creditPrefixes start short photo-credit lines.
var creditPrefixes = []string{
	"image copyright", "image source", "photo credit", "credit:", "credits:",
	"copyright:", "(ap photo", "(photo:", "(photo by", "photograph by", "photo by",
	"photos by", "picture by", "pictures by", "(file photo",
}

// creditLabels start lines that are a credit when what follows names an
// agency or a photographer ("Photograph: Pool/Reuters") and a caption
// otherwise ("Photo: OSCE monitors inspect a checkpoint").
var creditLabels = []string{
	"photograph:", "photo:", "photos:", "picture:", "pictures:", "image:", "images:",
}

// trailerPrefixes start agency trailers and source notes.
var trailerPrefixes = []string{
	"reporting by", "(reporting by", "additional reporting by",
	"(additional reporting by", "writing by", "(writing by", "editing by",
	"(editing by", "compiled by", "with reporting by",
	"additional reporting:",
}

// sourcePrefixes start short source notes: "Source: Al Jazeera and news
// agencies", "Our Standards: The Thomson Reuters Trust Principles."
var sourcePrefixes = []string{"source:", "sources:", "(source:", "our standards:"}

// tagPrefixes start lines of topic tags.
var tagPrefixes = []string{
	"tags:", "tags :", "topics:", "filed under", "categories:", "category:",
	"posted in ", "more about:", "keywords:", "related topics:", "explore more on these topics",
	"from the section",
}

// appealPhrases mark requests for the reader's money.
var appealPhrases = []string{
	"small favour to ask", "small favor to ask", "support the guardian",
	"support our journalism", "support independent journalism",
	"subscribe to continue", "since you're here", "donate now",
}

// metaPhrases mark notes about the page rather than the story.
var metaPhrases = []string{
	"a version of this article appears in print",
	"see how this article appeared",
	"this article originally appeared",
	"this article was originally published",
	"this story was originally published",
	"not responsible for the content of external",
	"should not be construed as an endorsement",
	"have not been moderated",
	"views expressed in the contents above",
	"views expressed in this article",
	"views expressed in this piece",
	"no longer accepting comments",
	"your email address will not be published",
	"required fields are marked",
	"powered by wordpress",
	"the video will auto-play",
	"your browser does not support",
	"to view this video please enable javascript",
	"market data provided by",
	"republishing this content",
	"republish this article",
	"for a more accessible video player",
}

// consentPhrases mark cookie and privacy notices.
var consentPhrases = []string{
	"process personal data", "precise geolocation", "device scanning",
	"with your permission we", "personalised ads",
	"personalized ads", "we use your sign-up", "privacy notice",
	"use of cookies", "uses cookies", "use cookies", "accept cookies",
	"cookies to", "cookie policy", "cookie settings", "cookies policy",
	"store and/or access information on a device",
}

// newsletterPhrases mark newsletter prompts on their own.
var newsletterPhrases = []string{
	"delivered to your inbox", "enter your email", "thank you for subscribing",
	"unsubscribe at any time", "sign up to receive", "get our newsletter",
	"straight to your inbox", "in your inbox",
}

// scratch is reusable memory for classify.
type scratch struct {
	lower  []byte // the line in lower case, with ’ as '
	starts []int  // offsets in lower of words that may start a phrase
}

// maxPhraseWords is the length of the longest line that a phrase rule
// marks; fold does not look for phrases in longer lines.
const maxPhraseWords = 80

// folded is what fold finds out about a line while folding it.
type folded struct {
	words int    // number of words
	digit bool   // whether the line has an ASCII digit
	seps  bool   // whether the line has a breadcrumb separator: | / > » ›
	g     groups // the phrase groups in the line
}

// Byte classes for fold.
const (
	cSpace = 1 << iota // ' ' or '\t'
	cDigit             // '0' to '9'
	cSep               // '|', '/', '>', or the last byte of » or ›
	cQuote             // 0xe2, the first byte of ’ and ‘
	cWord              // a byte of a word: see isWordByte
)

// foldTable maps a byte to its lower case, and byteClass to its classes.
var foldTable, byteClass [256]byte

func init() {
	for i := range foldTable {
		c := byte(i)
		if isWordByte(c) {
			byteClass[i] |= cWord
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		foldTable[i] = c
	}
	byteClass[' '] |= cSpace
	byteClass['\t'] |= cSpace
	for c := '0'; c <= '9'; c++ {
		byteClass[c] |= cDigit
	}
	for _, c := range []byte{'|', '/', '>', 0xbb, 0xba} {
		byteClass[c] |= cSep
	}
	byteClass[0xe2] |= cQuote
}

// fold fills sc.lower with s in ASCII lower case, curly apostrophes made
// straight, and returns it with what it found out about s. It looks up
// phrases at the starts of words as it goes.
func (sc *scratch) fold(s string) ([]byte, folded) {
	if cap(sc.lower) < len(s) {
		sc.lower = make([]byte, 0, 2*len(s))
	}
	b := sc.lower[:len(s)]
	starts := sc.starts[:0]
	var f folded
	var all byte
	in, word := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		k := byteClass[c]
		all |= k
		if k&cSpace != 0 {
			in = false
		} else if !in {
			f.words++
			in = true
		}
		lc := foldTable[c]
		b[i] = lc
		w := k&cWord != 0
		if w && !word && i+2 < len(s) && phraseIndex.slot[hash3(lc, foldTable[s[i+1]], foldTable[s[i+2]])] != 0 {
			starts = append(starts, i)
		}
		word = w
	}
	sc.starts = starts
	f.digit = all&cDigit != 0
	f.seps = all&cSep != 0
	if all&cQuote == 0 {
		if f.words <= maxPhraseWords {
			for _, i := range starts {
				f.g |= phrasesAt(b[i:])
			}
		}
		return b, f
	}
	// Make ’ and ‘ straight, which shortens the line and moves the phrases.
	n := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == 0xe2 && i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0x99 || b[i+2] == 0x98) {
			c = '\''
			i += 2
		}
		b[n] = c
		n++
	}
	if f.words <= maxPhraseWords {
		f.g = findGroups(b[:n])
	}
	return b[:n], f
}

// key trims decorations (punctuation, bullets, arrows and dashes) from both
// ends of the folded line b.
func key(b []byte) []byte {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if !isDecoration(r) {
			break
		}
		b = b[size:]
	}
	for len(b) > 0 {
		r, size := utf8.DecodeLastRune(b)
		if !isDecoration(r) {
			break
		}
		b = b[:len(b)-size]
	}
	return b
}

// isDecoration reports whether r decorates a marker rather than being part
// of it.
func isDecoration(r rune) bool {
	switch r {
	case ' ', ':', '-', '|', '>', '<', '*', '#', '.', '(', ')', '[', ']', '=', '_', '~',
		'"', '\'', '/', '!', '?', ',', ';', '\u2013', '\u2014', '\u2022', '\u00bb',
		'\u00ab', '\u203a', '\u2039', '\u2026', '\u00b7', '\u25b6', '\u25ba', '\u2192',
		'\u201c', '\u201d', '\u00a0':
		return true
	}
	return false
}

// stripCount removes a count from a key: "comments 23", "23 comments",
// "comments (23)", "3 min read".
func stripCount(k []byte) []byte {
	t := bytes.TrimRight(k, "0123456789()+,. ")
	if len(t) < len(k) && len(t) > 0 && t[len(t)-1] != ' ' && len(k)-len(t) >= 1 {
		// "comments23" is not a count; require the space back.
		if k[len(t)] != ' ' && k[len(t)] != '(' {
			t = k
		}
	}
	u := bytes.TrimLeft(t, "0123456789+,. ")
	if len(u) < len(t) && len(u) > 0 && t[len(t)-len(u)-1] != ' ' {
		u = t
	}
	return bytes.TrimSpace(u)
}

// classify sets the kind and the shape features of l and the furniture
// reason found by the rules that look at the line alone.
func classify(l *line, sc *scratch) {
	t := l.text
	if t == "" {
		l.kind = blank
		return
	}
	if isNeutral(t) {
		l.kind = neutral
		return
	}
	l.kind = text
	lo, f := sc.fold(t)
	words, digit := f.words, f.digit
	l.words = words
	ends := endsSentence(t)
	l.story = words >= storyWords && ends
	l.short = words <= 3 && len(t) <= 32 && !ends && t[len(t)-1] != ':' && !digit
	if words >= 3 && digit {
		l.dated = endsWithDate(t)
	}
	if m, ok := lookup(lo, words, ends); ok {
		l.reason, l.opens = m.reason, m.opens
	} else {
		l.reason = rule(t, lo, f, ends)
	}
	l.title = titleCase(l)
}

// lookup finds a line in the marker tables.
func lookup(lo []byte, words int, ends bool) (marker, bool) {
	if len(lo) > 80 {
		return marker{}, false
	}
	k := key(lo)
	if m, ok := markers[string(k)]; ok {
		return m, true
	}
	if c := stripCount(k); len(c) < len(k) {
		if m, ok := markers[string(c)]; ok {
			return m, true
		}
	}
	if words <= 5 && !ends {
		for _, p := range openerPrefixes {
			if bytes.HasPrefix(k, []byte(p.prefix)) {
				return p.m, true
			}
		}
	}
	return marker{}, false
}

// rule applies the rules for lines that are not in the marker tables and
// returns the furniture reason, or "".
func rule(t string, lo []byte, f folded, ends bool) string {
	words, g := f.words, f.g
	known := prefixStarts[string(firstWord(lo))] // whether a prefix rule may apply
	switch {
	case known && words <= 30 && hasAnyPrefix(lo, inlinePrefixes) && len(lo) > len("read:") && !isAppPromo(lo, g):
		return reasonReadNext
	case words <= 6 && isShareLine(lo):
		return reasonShare
	case words == 1 && lo[0] == '@':
		return reasonSocial
	case known && words <= 15 && isFollowLine(lo), words <= 40 && g.has(gFollowAuthor) && bytes.IndexByte(lo, '@') >= 0:
		return reasonSocial
	case words <= 10 && !ends && (known && (hasAnyPrefix(lo, creditPrefixes) || isLabelledCredit(t, lo)) || isAgencyLine(lo)):
		return reasonCredit
	case known && words <= 40 && hasAnyPrefix(lo, trailerPrefixes) &&
		(!ends || lo[0] == '(' || bytes.Contains(lo, []byte("editing by"))):
		return reasonCredit
	case known && words <= 10 && hasAnyPrefix(lo, sourcePrefixes):
		return reasonCredit
	case words <= 30 && g.has(gContributed):
		return reasonCredit
	case isCopyright(lo, g, words):
		return reasonCopyright
	case known && words <= 30 && hasAnyPrefix(lo, tagPrefixes) && !(words >= storyWords && ends):
		return reasonTags
	case words <= 80 && g.has(gAppeal):
		return reasonAppeal
	case words <= 80 && g.has(gConsent):
		return reasonConsent
	case isNewsletter(lo, g, words):
		return reasonNews
	case known && words <= 20 && isAppPromo(lo, g):
		return reasonPromo
	case words <= 80 && g.has(gMeta):
		return reasonMeta
	case words <= 8 && !ends && g.has(gAdvert):
		return reasonAd
	case known && words <= 6 && !ends && bytes.HasPrefix(lo, []byte("continue reading")):
		return reasonAd
	case isSalary(lo):
		return reasonJob
	case f.seps && words <= 40 && !ends && isBreadcrumb(lo):
		return reasonNav
	case words <= 25 && isByline(t, lo, f):
		return reasonByline
	}
	return ""
}

// prefixStarts holds the first words of the prefixes that rule looks for,
// so that it looks only at lines that start with one.
var prefixStarts = map[string]bool{}

func init() {
	for _, list := range [][]string{inlinePrefixes, creditPrefixes, creditLabels, trailerPrefixes, sourcePrefixes, tagPrefixes,
		{"follow ", "like ", "join ", "find ", "connect ", "download ", "get ", "click ", "install ", "continue "}} {
		for _, p := range list {
			prefixStarts[string(firstWord([]byte(p)))] = true
		}
	}
}

// firstWord returns the first word of the folded line lo, without an
// opening bracket or a closing colon.
func firstWord(lo []byte) []byte {
	if i := bytes.IndexByte(lo, ' '); i >= 0 {
		lo = lo[:i]
	}
	lo = bytes.TrimPrefix(lo, []byte("("))
	return bytes.TrimSuffix(lo, []byte(":"))
}

// hasAnyPrefix reports whether b starts with one of prefixes.
func hasAnyPrefix(b []byte, prefixes []string) bool {
	for _, p := range prefixes {
		if len(b) >= len(p) && string(b[:len(p)]) == p {
			return true
		}
	}
	return false
}

// hasAny reports whether b contains one of phrases.
func hasAny(b []byte, phrases []string) bool {
	for _, p := range phrases {
		if bytes.Contains(b, []byte(p)) {
			return true
		}
	}
	return false
}

// isNeutral reports whether t holds only separators, or is a bare number
// or count ("23", "+7", "1."), which scraped lists put between items.
func isNeutral(t string) bool {
	digits := 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == '_' || r == '*' || r == '=' || r == '~' || r == '|' ||
			r == '.' || r == '+' || r == '#' || r == '/' || r == '\\' || r == '•' ||
			r == '·' || r == '–' || r == '—' || r == '―' || r == '…' || r == '◆' ||
			r == '■' || r == '●' || r == '○' || r == '◦' || r == '▪' || r == '>' ||
			r == '<' || r == '»' || r == '«' || r == '(' || r == ')' || r == ',' || r == '%' ||
			r == 'k' || r == 'K' || isSpace(r):
		default:
			return false
		}
	}
	return digits <= 6
}

// countWords counts space-separated words in t.
func countWords(t string) int {
	n := 0
	in := false
	for i := 0; i < len(t); i++ {
		sp := t[i] == ' ' || t[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// hasDigit reports whether t contains an ASCII digit.
func hasDigit(t string) bool {
	for i := 0; i < len(t); i++ {
		if '0' <= t[i] && t[i] <= '9' {
			return true
		}
	}
	return false
}

// endsSentence reports whether t ends with a sentence mark, possibly
// followed by closing quotes or brackets.
func endsSentence(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '\u201d', '\u2019', ')', ']', '\u00bb':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}

// endsFullStop reports whether t ends with a full stop, possibly followed
// by closing quotes.
func endsFullStop(t string) bool {
	for len(t) > 0 {
		r, size := utf8.DecodeLastRuneInString(t)
		switch r {
		case '.':
			return !strings.HasSuffix(t, "...")
		case '"', '\'', '\u201d', '\u2019', ')':
			t = t[:len(t)-size]
		default:
			return false
		}
	}
	return false
}

// isShareLine reports whether every word of lo is a share-button word and
// one of them is a button: "Share this with", "Share on Facebook".
func isShareLine(lo []byte) bool {
	button := false
	for f := range bytes.FieldsSeq(lo) {
		f = bytes.Trim(f, ":|•·-,.()")
		if len(f) == 0 {
			continue
		}
		b, ok := shareWords[string(f)]
		if !ok {
			return false
		}
		button = button || b
	}
	return button
}

// isFollowLine reports whether lo asks the reader to follow the outlet or
// an author on a social network: "Follow us on Twitter", "Follow Al
// Jazeera English:".
func isFollowLine(lo []byte) bool {
	switch {
	case bytes.HasPrefix(lo, []byte("follow ")):
	case bytes.HasPrefix(lo, []byte("like us on ")), bytes.HasPrefix(lo, []byte("join us on ")),
		bytes.HasPrefix(lo, []byte("find us on ")), bytes.HasPrefix(lo, []byte("connect with ")):
		return true
	default:
		return false
	}
	if bytes.HasSuffix(lo, []byte(":")) || bytes.Contains(lo, []byte(" @")) {
		return true
	}
	return hasAny(lo, networks)
}

// isAppPromo reports whether lo plugs the outlet's app: "Download The
// Times of India News App for Latest World News", "CLICK HERE TO GET THE
// FOX NEWS APP".
func isAppPromo(lo []byte, g groups) bool {
	if !g.has(gApp) {
		return false
	}
	return hasAnyPrefix(lo, []string{"download ", "get the ", "click here to get", "install "})
}

// isAgencyLine reports whether lo names only agencies, as a photo credit
// does: "AFP/Getty Images", "REUTERS/Jim Bourg", "(AP Photo/Martial
// Trezzini)".
func isAgencyLine(lo []byte) bool {
	lo = bytes.Trim(lo, "() ")
	parts := 0
	for p := range bytes.SplitSeq(lo, []byte("/")) {
		p = bytes.TrimSpace(bytes.Trim(p, ",;"))
		if parts == 0 && !agencies[string(p)] {
			return false
		}
		parts++
	}
	return parts > 0
}

// isLabelledCredit reports whether a line that starts with a credit label
// ("Photo:") names only an agency or a photographer after it.
func isLabelledCredit(t string, lo []byte) bool {
	for _, p := range creditLabels {
		if !bytes.HasPrefix(lo, []byte(p)) {
			continue
		}
		rest := bytes.TrimSpace(lo[len(p):])
		if len(rest) == 0 || isAgencyLine(rest) || bytes.IndexByte(rest, '/') >= 0 {
			return true
		}
		// A photographer's name: at most three capitalised words.
		words := strings.Fields(t[len(p):])
		if len(words) > 3 {
			return false
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	return false
}

// isCopyright reports whether lo is a copyright line.
func isCopyright(lo []byte, g groups, words int) bool {
	switch {
	case bytes.HasPrefix(lo, []byte("©")), bytes.HasPrefix(lo, []byte("(c) ")):
		return words <= 40
	case bytes.HasPrefix(lo, []byte("copyright")):
		return words <= 40 && (bytes.Contains(lo, []byte("©")) || hasYear(lo))
	}
	return words <= 40 && g.has(gRights) || words <= 60 && g.has(gMayNot) || words <= 15 && g.has(gProtected)
}

// hasYear reports whether b contains a four-digit year from 1900 to 2099.
func hasYear(b []byte) bool {
	for i := 0; i+4 <= len(b); i++ {
		if isYear(b[i:i+4]) && (i == 0 || !isDigitByte(b[i-1])) && (i+4 == len(b) || !isDigitByte(b[i+4])) {
			return true
		}
	}
	return false
}

// isYear reports whether b is a year from 1900 to 2099.
func isYear(b []byte) bool {
	return len(b) == 4 && (b[0] == '1' && b[1] == '9' || b[0] == '2' && b[1] == '0') &&
		isDigitByte(b[2]) && isDigitByte(b[3])
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isNewsletter reports whether lo is a newsletter prompt.
func isNewsletter(lo []byte, g groups, words int) bool {
	switch {
	case g.has(gNewsletter):
		return words <= 8 && !endsSentence(string(lo)) || words <= 40 && g.has(gNewsContext)
	case words <= 40 && g.has(gNewsPhrase):
		return true
	case words <= 15 && g.has(gSignUp) && g.has(gSignUpCtx):
		return true
	case words <= 15 && bytes.HasPrefix(lo, []byte("get ")) && g.has(gByEmail):
		return true
	case words <= 20 && hasAnyPrefix(lo, []string{"subscribe to our", "sign up to our", "sign up for our"}):
		return true
	}
	return false
}

// isSalary reports whether lo is the salary line of a job ad: "£40000 -
// £42000 per annum: Recruitment Genius: ...", "Negotiable: ...".
func isSalary(lo []byte) bool {
	for _, p := range []string{"negotiable:", "competitive:", "competitive salary:", "salary negotiable:", "market related:"} {
		if bytes.HasPrefix(lo, []byte(p)) {
			return true
		}
	}
	r, size := utf8.DecodeRune(lo)
	if r != '£' && r != '$' && r != '€' {
		return false
	}
	if size >= len(lo) || !isDigitByte(lo[size]) {
		return false
	}
	colon := bytes.IndexByte(lo, ':')
	if colon < 0 || colon > 60 {
		return false
	}
	head := lo[:colon]
	return hasAny(head, []string{"per annum", "per hour", "per day", "per week", "per month",
		"per year", " pa", " p/h", "p.a.", "+ benefits", "plus benefits", "ote", "salary", "a year"})
}

// isBreadcrumb reports whether lo is a trail of short links separated by
// " | ", " / ", " > ", " » " or " › ": "Home / News / World".
func isBreadcrumb(lo []byte) bool {
	var seps = []string{" | ", " / ", " > ", " » ", " › "}
	for _, sep := range seps {
		if bytes.Count(lo, []byte(sep)) < 2 {
			continue
		}
		ok := true
		for p := range bytes.SplitSeq(lo, []byte(sep)) {
			if n := countWords(string(p)); n == 0 || n > 5 {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// titleCase reports whether l is a Title Case headline: three to twenty
// words without a final full stop, most of whose content words are
// capitalised.
func titleCase(l *line) bool {
	if l.kind != text || l.furniture() || l.words < 3 || l.words > 20 || l.story || endsFullStop(l.text) {
		return false
	}
	caps, content := 0, 0
	for f := range strings.FieldsSeq(l.text) {
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case len(f) <= 4 && smallWords[f]:
			continue
		}
		content++
		if (content-caps)*5 > l.words {
			return false // too many small letters for Title Case
		}
	}
	return content >= 3 && caps*5 >= content*4
}

// smallWords are lower-case words that Title Case leaves small.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "and": true, "or": true, "with": true, "at": true,
	"by": true, "from": true, "into": true, "as": true, "vs": true, "vs.": true,
	"but": true, "nor": true, "per": true, "via": true, "-": true, "–": true,
	"—": true, "|": true, "&": true, ":": true,
}
