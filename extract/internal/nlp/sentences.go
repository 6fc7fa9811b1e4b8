package nlp

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences and returns their byte spans, in
// order, trimmed of surrounding white space and never overlapping.
//
// Line breaks matter in news text even though Punkt ignores them: headlines,
// datelines, captions and list items usually end without punctuation. So
// text is first cut into blocks, and Punkt runs within each block:
//
//   - A blank line always ends a block.
//   - A single line break ends a block when the line before ends with
//     sentence punctuation (. ! ? : … possibly followed by closing quotes or
//     brackets), or when it ends in a letter, digit or closing quote and the
//     next line starts with an upper-case letter, digit, quote, dash,
//     bullet or a brand name such as "iPhone".
//   - Text hard-wrapped at a fixed width (old newswire) is joined: a break
//     after a line that fills the detected wrap width is a space, and so is
//     a break after a line of 55 or more characters when the next line
//     starts in lower case.
func (p *Prose) Sentences(text string) []Span {
	var spans []Span
	for _, b := range blocks(text) {
		spans = p.segment(text, b, spans)
	}
	return spans
}

// segment appends the sentences Punkt finds in text[b.Start:b.End].
func (p *Prose) segment(text string, b Span, spans []Span) []Span {
	block := text[b.Start:b.End]
	if strings.ContainsAny(block, "\r\n") {
		// Joined lines: let Punkt see plain spaces (same byte length).
		block = strings.NewReplacer("\r", " ", "\n", " ").Replace(block)
	}
	for _, s := range p.punkt.Tokenize(block) {
		start, end := trimSpan(block, s.Start, s.End)
		if start < end {
			spans = append(spans, Span{b.Start + start, b.Start + end})
		}
	}
	return spans
}

// trimSpan shrinks [start, end) of s to exclude leading and trailing white
// space.
func trimSpan(s string, start, end int) (int, int) {
	start = max(0, min(start, len(s)))
	end = max(start, min(end, len(s)))
	t := strings.TrimLeftFunc(s[start:end], unicode.IsSpace)
	start = end - len(t)
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	return start, start + len(t)
}

// A line is one line of text, without its line terminator.
type line struct {
	start, end int    // byte offsets of the line in the text
	text       string // the line with surrounding white space removed
	n          int    // rune count of the line without trailing white space
	indented   bool   // the line starts with white space
}

// blocks cuts text into the blocks within which Punkt runs.
func blocks(text string) []Span {
	lines := splitLines(text)
	width := wrapWidth(lines)
	var out []Span
	open := -1 // index of the first line of the current block
	for i, l := range lines {
		if l.text == "" {
			if open >= 0 {
				out = append(out, Span{lines[open].start, lines[i-1].end})
				open = -1
			}
			continue
		}
		if open < 0 {
			open = i
		}
		if i+1 < len(lines) && lines[i+1].text != "" && !hardBreak(l, lines[i+1], width) {
			continue
		}
		out = append(out, Span{lines[open].start, l.end})
		open = -1
	}
	return out
}

// splitLines splits text at '\n', recording each line's offsets.
func splitLines(text string) []line {
	var lines []line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		raw := text[start:end]
		r, _ := utf8.DecodeRuneInString(raw)
		lines = append(lines, line{
			start:    start,
			end:      end,
			text:     strings.TrimSpace(raw),
			n:        utf8.RuneCountInString(strings.TrimRightFunc(raw, unicode.IsSpace)),
			indented: raw != "" && unicode.IsSpace(r),
		})
		start = end + 1
	}
	return lines
}

// Wrap detection thresholds.
const (
	minWrapWidth = 40 // narrower lines are lists or tables, not wrapped prose
	maxWrapWidth = 110
	wrapSlack    = 18 // a line at least width-wrapSlack long fills the width
	longLine     = 55 // a line this long followed by lower case continues
)

// wrapWidth returns the width at which text's paragraphs look hard-wrapped,
// or 0 if they don't. Wrapped text has many lines inside paragraphs of
// nearly equal length, and many of those lines visibly continue on the next
// (see continues), which lists of headlines don't. Paragraphs of short
// lines only (tables, lists) are left out of the count.
func wrapWidth(lines []line) int {
	var lens []int
	cont := 0
	for i := 0; i < len(lines); {
		if lines[i].text == "" {
			i++
			continue
		}
		j, widest := i, 0 // lines[i:j] is a paragraph
		for ; j < len(lines) && lines[j].text != ""; j++ {
			widest = max(widest, lines[j].n)
		}
		if widest >= minWrapWidth {
			for k := i; k+1 < j; k++ {
				lens = append(lens, lines[k].n)
				if continues(lines[k], lines[k+1]) {
					cont++
				}
			}
		}
		i = j
	}
	if len(lens) < 2 || cont == 0 || cont*10 < len(lens)*2 {
		return 0
	}
	sorted := slices.Clone(lens)
	slices.Sort(sorted)
	width := sorted[len(sorted)*9/10]
	if width < minWrapWidth || width > maxWrapWidth {
		return 0
	}
	full := 0
	for _, n := range lens {
		if n >= width-wrapSlack && n <= width+wrapSlack/2 {
			full++
		}
	}
	if full*10 < len(lens)*6 {
		return 0
	}
	return width
}

// continues reports whether the sentence on line a visibly goes on on line
// b: b starts in lower case, or a ends with a comma, semicolon or a
// function word.
func continues(a, b line) bool {
	if startsLower(b.text) {
		return true
	}
	if strings.HasSuffix(a.text, ",") || strings.HasSuffix(a.text, ";") {
		return true
	}
	word := a.text[strings.LastIndexFunc(a.text, unicode.IsSpace)+1:]
	return functionWords[word]
}

// functionWords rarely end a headline but often end a wrapped line.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"from": true, "by": true, "with": true, "as": true, "into": true,
	"between": true, "than": true, "that": true, "its": true, "his": true,
	"her": true, "their": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "be": true, "been": true,
}

// hardBreak reports whether the line break between a and b ends a block.
func hardBreak(a, b line, width int) bool {
	if width > 0 && !b.indented && a.n >= width-wrapSlack && a.n <= width+wrapSlack/2 {
		return false // a wrapped line
	}
	if a.n >= longLine && startsLower(b.text) {
		return false
	}
	body := strings.TrimRightFunc(a.text, isCloser)
	last, _ := utf8.DecodeLastRuneInString(body)
	switch last {
	case '.', '!', '?', ':', '…':
		return true
	}
	end, _ := utf8.DecodeLastRuneInString(a.text)
	if unicode.IsLetter(end) || unicode.IsDigit(end) || isCloser(end) {
		return startsHeading(b.text)
	}
	return false
}

// isCloser reports whether r closes a quotation or parenthesis.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']':
		return true
	}
	return false
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// startsHeading reports whether s starts like a new sentence, headline or
// list item: upper case, digit, quote, dash or bullet, or a brand name like
// "iPhone".
func startsHeading(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsLower(r) && unicode.IsUpper(r2) {
		return true
	}
	switch r {
	case '"', '\'', '“', '‘', '«', '`', '-', '–', '—', '•', '·', '*', '▪', '►', '(', '[':
		return true
	}
	return false
}
