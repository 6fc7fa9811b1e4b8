package furniture

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Range is a byte range [Start, End) of an article body that holds page
// furniture. It covers whole lines: Start is the start of a line and End
// is the end of a line (the offset of its newline) or the length of the
// body. Reason is one of "advertisement", "appeal", "byline", "comments",
// "consent", "copyright", "credit", "headline-list", "job-ad", "media",
// "meta", "navigation", "newsletter", "promo", "read-next", "share",
// "social", "sponsored" and "tags".
type Range struct {
	Start  int    // offset of the first byte of the range in the body
	End    int    // offset just past the last byte of the range
	Reason string // short label for the kind of furniture, such as "advertisement"
}

// Reasons given in Range.Reason.
const (
	reasonAd        = "advertisement" // "Advertisement", "Story continues below"
	reasonAppeal    = "appeal"        // requests for support or donations
	reasonByline    = "byline"        // author names with roles or times, timestamps
	reasonComments  = "comments"      // comment sections and their prompts
	reasonConsent   = "consent"       // cookie and privacy notices and their buttons
	reasonCopyright = "copyright"     // copyright lines
	reasonCredit    = "credit"        // photo credits, "Reporting by", "Source:"
	reasonHeadlines = "headline-list" // lists of other headlines, often dated
	reasonJob       = "job-ad"        // job advertisements
	reasonMedia     = "media"         // video and audio player text
	reasonMeta      = "meta"          // reading times, print-edition notes
	reasonNav       = "navigation"    // menus, breadcrumbs and footer links
	reasonNews      = "newsletter"    // newsletter and subscription prompts
	reasonPromo     = "promo"         // app downloads and other plugs for the outlet
	reasonReadNext  = "read-next"     // "Read more", "Related", "Most popular" and their teasers
	reasonShare     = "share"         // share buttons
	reasonSocial    = "social"        // "Follow us on Twitter", handles
	reasonSponsored = "sponsored"     // sponsored content blocks
	reasonTags      = "tags"          // topic tags
)

// kind classifies a line by its shape.
type kind int

const (
	blank   kind = iota // empty or white space only
	neutral             // separators or a bare number: joins the furniture next to it
	text                // anything else
)

// String returns the name of k.
func (k kind) String() string {
	switch k {
	case blank:
		return "blank"
	case neutral:
		return "neutral"
	case text:
		return "text"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// line is one line of the body with the features the rules look at.
type line struct {
	start, end int    // byte offsets of the line in the body, without its newline
	text       string // the line without surrounding white space
	words      int    // number of words in text
	kind       kind   // blank, neutral or text
	reason     string // furniture reason, or "" for a story line
	opens      bool   // whether the line opens a block of furniture
	story      bool   // whether the line reads like a paragraph of a story
	dated      bool   // whether the line is a headline ending with its date
	short      bool   // whether the line is a menu-like item of at most three words
	title      bool   // whether the line is a Title Case headline
}

// furniture reports whether the line has been found to be furniture.
func (l *line) furniture() bool { return l.reason != "" }

// storyWords is the number of words from which a line that ends with a
// sentence mark reads like a story paragraph.
const storyWords = 12

// longStoryWords is the number of words from which a story-like line on
// its own ends a block of furniture: teaser standfirsts are shorter.
const longStoryWords = 45

// Find returns the furniture in body as ranges of whole lines, in order
// and without overlaps. Adjacent furniture lines with the same reason,
// and the blank lines between them, form one range.
func Find(body string) []Range {
	w := pool.Get().(*work)
	defer pool.Put(w)
	lines := split(body, w.lines[:0])
	w.lines = lines
	sc := &w.scratch
	for i := range lines {
		classify(&lines[i], sc)
	}
	markJobTitles(lines)
	markDatedLists(lines)
	markTitleRuns(lines)
	markBlocks(lines)
	markMenus(lines)
	markSandwiched(lines)
	markNeutral(lines)
	out := ranges(lines)
	clear(lines) // drop the references to body
	return out
}

// work is the memory that Find reuses from call to call.
type work struct {
	lines   []line
	scratch scratch
}

// pool holds work for Find.
var pool = sync.Pool{New: func() any { return new(work) }}

// split cuts body into lines at '\n', appending them to lines.
func split(body string, lines []line) []line {
	for start := 0; start <= len(body); {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		lines = append(lines, line{start: start, end: end, text: trimSpace(body[start:end])})
		start = end + 1
	}
	return lines
}

// trimSpace trims white space, including no-break and zero-width spaces
// and byte order marks, from both ends of s.
func trimSpace(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			s = s[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[size:]
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\v' && c != '\f' {
				break
			}
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// isSpace reports whether r is white space or an invisible character that
// scraped pages leave on otherwise empty lines.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff'
}

// next returns the index of the first non-blank line after i, or len(lines).
func next(lines []line, i int) int {
	for i++; i < len(lines) && lines[i].kind == blank; i++ {
	}
	return i
}

// prev returns the index of the last non-blank line before i, or -1.
func prev(lines []line, i int) int {
	for i--; i >= 0 && lines[i].kind == blank; i-- {
	}
	return i
}

// markJobTitles marks the job title above a salary line: a short line
// without a final sentence mark.
func markJobTitles(lines []line) {
	for i := range lines {
		if lines[i].reason != reasonJob || lines[i].opens {
			continue
		}
		j := prev(lines, i)
		if j < 0 {
			continue
		}
		l := &lines[j]
		if l.kind == text && !l.furniture() && l.words <= 12 && !endsSentence(l.text) {
			l.reason = reasonJob
		}
	}
}

// markDatedLists marks lists of headlines that end with their dates: two
// or more dated lines, or one next to a separator line, with only blank
// and separator lines between them.
func markDatedLists(lines []line) {
	for i := 0; i < len(lines); {
		if !lines[i].dated {
			i++
			continue
		}
		dated, seps, end := 0, 0, i
		if p := prev(lines, i); p >= 0 && lines[p].kind == neutral {
			seps++
		}
	scan:
		for j := i; j < len(lines); j++ {
			switch {
			case lines[j].dated:
				dated++
				end = j
			case lines[j].kind == blank:
			case lines[j].kind == neutral:
				seps++
			default:
				break scan
			}
		}
		if dated >= 2 || seps > 0 {
			for j := i; j <= end; j++ {
				if lines[j].dated {
					lines[j].reason = reasonHeadlines
				}
			}
		}
		i = end + 1
	}
}

// markTitleRuns marks runs of three or more Title Case headlines in a row
// that are not furniture already, unless they follow a line that ends with
// a colon: "The members are:" and a list of names.
func markTitleRuns(lines []line) {
	for i := 0; i < len(lines); {
		if !lines[i].title || lines[i].furniture() {
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j].title && !lines[j].furniture() {
			j++
		}
		if p := prev(lines, i); j-i >= 3 && (p < 0 || !strings.HasSuffix(lines[p].text, ":")) {
			for k := i; k < j; k++ {
				lines[k].reason = reasonHeadlines
			}
		}
		i = j
	}
}

// markMenus marks runs of menu-like short lines: four or more in a row, or
// two or more next to other furniture. A run after a line that ends with a
// colon is a list in the story and is kept.
func markMenus(lines []line) {
	for i := 0; i < len(lines); {
		if !lines[i].short {
			i++
			continue
		}
		j := i
		for j < len(lines) && (lines[j].short || lines[j].kind == blank && j+1 < len(lines) && lines[j+1].short) {
			j++
		}
		n := 0
		for k := i; k < j; k++ {
			if lines[k].short {
				n++
			}
		}
		p, q := prev(lines, i), next(lines, j-1)
		if p >= 0 && strings.HasSuffix(lines[p].text, ":") {
			i = j
			continue
		}
		near := p >= 0 && lines[p].furniture() || q < len(lines) && lines[q].furniture()
		for k := i; k < j; k++ {
			near = near || lines[k].furniture()
		}
		if n >= 4 || n >= 2 && near {
			for k := i; k < j; k++ {
				if lines[k].short && !lines[k].furniture() {
					lines[k].reason = reasonNav
				}
			}
		}
		i = j
	}
}

// markBlocks marks the lines after a block-opening marker until the story
// resumes, the next opener or the end of the body.
func markBlocks(lines []line) {
	var absorbedBuf []int // the lines a block has taken, reused from block to block
	for i := 0; i < len(lines); {
		if !lines[i].opens {
			i++
			continue
		}
		reason := lines[i].reason
		j := next(lines, i)
		first := true // whether no text line has been absorbed yet
		list := false // whether the block is a list of dated headlines
		absorbed := absorbedBuf[:0]
		for ; j < len(lines); j = next(lines, j) {
			l := &lines[j]
			if l.opens {
				break
			}
			if l.kind == neutral {
				continue
			}
			if first && l.dated {
				list = true
			}
			if list && !l.dated && !l.furniture() {
				break
			}
			if l.story && !l.furniture() && (l.words >= longStoryWords || resumes(lines, j)) {
				break
			}
			first = false
			if !l.furniture() {
				l.reason = reason
				absorbed = append(absorbed, j)
			}
		}
		absorbedBuf = absorbed

		// Story sentences just before the resumption are the story's own:
		// give back absorbed lines that end with a full stop.
		if j < len(lines) {
			for k := len(absorbed) - 1; k >= 0; k-- {
				a := absorbed[k]
				l := &lines[a]
				if next(lines, a) != j || l.words < 3 || !endsFullStop(l.text) {
					break
				}
				l.reason = ""
				j = a
			}
		}
		// A single word between story lines is a subhead: "Latest",
		// "Elsewhere".
		if j < len(lines) && j == next(lines, i) && !lines[j].furniture() && !lines[j].opens && lines[i].words == 1 {
			if p := prev(lines, i); p >= 0 && !lines[p].furniture() {
				lines[i].reason = ""
			}
		}
		i = j
	}
}

// resumes reports whether the story resumes at the story-like line i: the
// next non-blank line reads like a story paragraph too, or is a shorter
// sentence that ends with a full stop (teaser headlines do not), or it
// ends the body with a full stop. Single furniture lines in between do not
// count.
func resumes(lines []line, i int) bool {
	j := next(lines, i)
	for j < len(lines) && (lines[j].kind == neutral || lines[j].furniture() && !lines[j].opens) {
		j = next(lines, j) // skip an advertisement or a credit in the story
	}
	if j >= len(lines) {
		return endsFullStop(lines[i].text) // the last paragraph of the story
	}
	if lines[j].opens {
		return false
	}
	l := &lines[j]
	return l.story || l.words >= 5 && endsFullStop(l.text)
}

// markSandwiched marks short lines of at most four words without a final
// sentence mark that sit between two furniture lines.
func markSandwiched(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.kind != text || l.furniture() || l.words > 4 || endsSentence(l.text) {
			continue
		}
		p, q := prev(lines, i), next(lines, i)
		if p >= 0 && q < len(lines) && lines[p].furniture() && lines[q].furniture() {
			l.reason = lines[p].reason
		}
	}
}

// markNeutral gives separator and number lines the reason of the furniture
// next to them.
func markNeutral(lines []line) {
	for i := range lines {
		if lines[i].kind != neutral {
			continue
		}
		if p := prev(lines, i); p >= 0 && lines[p].furniture() {
			lines[i].reason = lines[p].reason
		}
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].kind != neutral || lines[i].furniture() {
			continue
		}
		if q := next(lines, i); q < len(lines) && lines[q].furniture() {
			lines[i].reason = lines[q].reason
		}
	}
}

// ranges joins furniture lines into ranges: lines with the same reason
// separated only by blank lines share a range.
func ranges(lines []line) []Range {
	var out []Range
	for i := 0; i < len(lines); i++ {
		if !lines[i].furniture() {
			continue
		}
		r := Range{Start: lines[i].start, End: lines[i].end, Reason: lines[i].reason}
		for j := next(lines, i); j < len(lines) && lines[j].reason == r.Reason; j = next(lines, j) {
			r.End = lines[j].end
			i = j
		}
		out = append(out, r)
	}
	return out
}
