package timeml

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

var (
	// ErrNoText reports a document without a <TEXT> element.
	ErrNoText = errors.New("no <TEXT> element")
	// ErrEncoding reports a document that is not valid UTF-8.
	ErrEncoding = errors.New("invalid UTF-8")
	// ErrTagSpan reports a tag given to Write that is empty, lies outside
	// the text or splits a character or character reference.
	ErrTagSpan = errors.New("bad tag span")
	// ErrTagOverlap reports two tags given to Write whose spans overlap.
	ErrTagOverlap = errors.New("tags overlap")
	// ErrTID reports a tag given to Write whose tid is already used, by
	// another given tag or by a tag Write keeps, such as the creation time.
	ErrTID = errors.New("tid already in use")
)

// Error is a problem with a TimeML document, located by file name and, where
// it is known, line.
type Error struct {
	Name string // file name given to Parse
	Line int    // 1-based line in the file, or 0 when unknown
	Err  error  // what is wrong
}

// Error formats the problem as "name:line: message", or "name: message"
// when the line is unknown.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Name, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Tag is a TIMEX3 annotation: a span of a document's text and its
// attributes.
type Tag struct {
	Start int    // byte offset in Document.Text of the first byte
	End   int    // byte offset in Document.Text just past the last byte
	TID   string // tid attribute, such as "t1"; Write assigns one when empty
	Type  string // type attribute: DATE, TIME, DURATION or SET
	Value string // value attribute, such as "2016-10-14" or "P5Y"
	Mod   string // mod attribute, such as "END"; empty when absent
}

// Document is a parsed TimeML document.
type Document struct {
	Name     string    // file name, used in error messages
	DCT      time.Time // date of the creation time (UTC midnight); zero when absent or not a full date
	DCTValue string    // value attribute of the creation-time TIMEX3 as written, empty when absent
	Tags     []Tag     // gold TIMEX3 annotations inside TEXT, by Start then End

	raw       string          // the file as read
	body, end int             // raw offsets of the content of TEXT
	text      string          // plain text of TEXT
	items     []item          // the content of TEXT, piece by piece
	atoms     []item          // items of kind atom at least two bytes of text long
	tids      map[string]bool // tids of the tags Write keeps
}

// itemKind is the kind of a piece of the content of TEXT.
type itemKind uint8

const (
	// run is literal text: raw byte i is text byte i, except that a lone
	// "\r" reads as "\n".
	run itemKind = iota
	// atom is a character reference or a "\r\n": text that cannot be split.
	atom
	// kept is a tag Write copies.
	kept
	// dropped is a TIMEX3, EVENT or SIGNAL tag, which Write removes.
	dropped
)

// item is a piece of the content of TEXT.
type item struct {
	kind         itemKind
	raw0, raw1   int // raw offsets
	text0, text1 int // text offsets; equal for tags
}

// tagRE matches a tag as score.py does.
var tagRE = regexp.MustCompile(`<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>`)

// attrRE matches an attribute as score.py does; the space class is Python's
// Unicode \s.
var attrRE = regexp.MustCompile(`([A-Za-z_:]+)` + pySpace + `*=` + pySpace + `*"([^"]*)"`)

const pySpace = `[\t\n\v\f\r \x{1c}-\x{1f}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]`

// isSpace reports whether r is white space as Python's str.isspace defines
// it.
func isSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0,
		0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200a
}

// TrimSpan returns the byte span [start, end) of text without its leading
// and trailing white space, as score.py trims spans before comparing them
// (white space as Python's str.isspace defines it). An all-space span
// comes back empty, with s == e.
func TrimSpan(text string, start, end int) (s, e int) {
	s, e = start, end
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// Parse parses the TimeML document data, read from the file name. It finds
// the text of the TEXT element, its TIMEX3 annotations and the document
// creation time: the value of the TIMEX3 whose functionInDocument is
// CREATION_TIME.
//
// Parse is as lenient as score.py: a TIMEX3 end tag without a start tag is
// ignored, as is a start tag that is never closed. It fails only on a file
// that is not UTF-8 or has no TEXT element.
func Parse(name string, data []byte) (*Document, error) {
	raw := string(data)
	if !utf8.ValidString(raw) {
		i := 0
		for i < len(raw) {
			r, size := utf8.DecodeRuneInString(raw[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return nil, &Error{Name: name, Line: lineAt(raw, i), Err: fmt.Errorf("%w at byte %d", ErrEncoding, i)}
	}
	open := strings.Index(raw, "<TEXT>")
	closing := strings.LastIndex(raw, "</TEXT>")
	if open < 0 || closing < open+len("<TEXT>") {
		return nil, &Error{Name: name, Err: ErrNoText}
	}
	d := &Document{
		Name: name,
		raw:  raw,
		body: open + len("<TEXT>"),
		end:  closing,
		tids: make(map[string]bool),
	}
	for _, m := range tagRE.FindAllStringSubmatchIndex(raw, -1) {
		if raw[m[4]:m[5]] != "TIMEX3" || m[3] > m[2] {
			continue
		}
		a := attrs(raw[m[6]:m[7]])
		if a["functionInDocument"] == "CREATION_TIME" {
			d.DCTValue = a["value"]
			d.DCT = dateOf(d.DCTValue)
			break
		}
	}
	for _, part := range [][2]int{{0, d.body}, {d.end, len(raw)}} {
		for _, m := range tagRE.FindAllStringSubmatchIndex(raw[part[0]:part[1]], -1) {
			d.noteTID(raw[part[0]+m[6] : part[0]+m[7]])
		}
	}
	d.parseBody()
	return d, nil
}

// noteTID records the tid of a tag Write keeps, given the tag's attribute text.
func (d *Document) noteTID(attrText string) {
	if tid, ok := attrs(attrText)["tid"]; ok {
		d.tids[tid] = true
	}
}

// parseBody splits the content of TEXT into items, builds the text and
// collects the gold TIMEX3 tags.
func (d *Document) parseBody() {
	type pending struct {
		start int
		attrs map[string]string
	}
	var (
		text  strings.Builder
		stack []pending
	)
	pos := d.body
	for _, m := range tagRE.FindAllStringSubmatchIndex(d.raw[d.body:d.end], -1) {
		for i := range m {
			m[i] += d.body
		}
		d.decode(&text, pos, m[0])
		pos = m[1]
		closing, selfClose := m[3] > m[2], m[9] > m[8]
		name := d.raw[m[4]:m[5]]
		n := text.Len()
		it := item{kind: kept, raw0: m[0], raw1: m[1], text0: n, text1: n}
		switch name {
		case "TIMEX3", "EVENT", "SIGNAL":
			it.kind = dropped
		default:
			d.noteTID(d.raw[m[6]:m[7]])
		}
		d.items = append(d.items, it)
		if name != "TIMEX3" || selfClose {
			continue
		}
		if !closing {
			stack = append(stack, pending{n, attrs(d.raw[m[6]:m[7]])})
		} else if len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			d.Tags = append(d.Tags, Tag{
				Start: p.start,
				End:   n,
				TID:   p.attrs["tid"],
				Type:  p.attrs["type"],
				Value: p.attrs["value"],
				Mod:   p.attrs["mod"],
			})
		}
	}
	d.decode(&text, pos, d.end)
	d.text = text.String()
	slices.SortStableFunc(d.Tags, func(a, b Tag) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	for _, it := range d.items {
		if it.kind == atom && it.text1-it.text0 > 1 {
			d.atoms = append(d.atoms, it)
		}
	}
}

// decode appends to text the plain text of the raw chunk [r0, r1), which
// holds no tag, and records its items. Like score.py it reads "\r\n" and a
// lone "\r" as "\n", then decodes character references as Python's
// html.unescape does.
func (d *Document) decode(text *strings.Builder, r0, r1 int) {
	runStart := r0
	flush := func(i int) {
		if i > runStart {
			n := text.Len()
			for j := runStart; j < i; j++ {
				c := d.raw[j]
				if c == '\r' {
					c = '\n'
				}
				text.WriteByte(c)
			}
			d.items = append(d.items, item{kind: run, raw0: runStart, raw1: i, text0: n, text1: text.Len()})
		}
	}
	addAtom := func(i, j int, s string) {
		flush(i)
		n := text.Len()
		text.WriteString(s)
		d.items = append(d.items, item{kind: atom, raw0: i, raw1: j, text0: n, text1: text.Len()})
		runStart = j
	}
	for i := r0; i < r1; {
		switch d.raw[i] {
		case '\r':
			if i+1 < r1 && d.raw[i+1] == '\n' {
				addAtom(i, i+2, "\n")
				i += 2
				continue
			}
		case '&':
			if n, s, ok := charref(d.raw[i:r1]); ok {
				addAtom(i, i+n, s)
				i += n
				continue
			}
		}
		i++
	}
	flush(r1)
}

// charref decodes the character reference at the start of s, which begins
// with '&', as Python's html.unescape does. It returns the length of the
// reference in s, its value, and whether there was one.
func charref(s string) (n int, val string, ok bool) {
	if len(s) < 2 {
		return 0, "", false
	}
	if s[1] == '#' {
		j, base := 2, 10
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j, base = 3, 16
		}
		digits, num := j, 0
		for ; j < len(s); j++ {
			v := digitVal(s[j], base)
			if v < 0 {
				break
			}
			num = min(num*base+v, 0x110000) // past the last code point is all the same
		}
		if j == digits {
			return 0, "", false
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		return j, numericRef(num), true
	}
	// A name is 1 to 32 characters other than "\t\n\f <&#;" (and "\r",
	// which Python has read as "\n"), then an optional ';'.
	j, count := 1, 0
	for j < len(s) && count < 32 {
		r, size := utf8.DecodeRuneInString(s[j:])
		if strings.ContainsRune("\t\n\f\r <&#;", r) {
			break
		}
		j += size
		count++
	}
	if count == 0 {
		return 0, "", false
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	name := s[1:j]
	if v, ok := html5[name]; ok {
		return j, v, true
	}
	// The longest prefix that is a name, as the HTML standard says.
	for x := len(name) - 1; x > 1; x-- {
		if v, ok := html5[name[:x]]; ok {
			return 1 + x, v, true
		}
	}
	return 0, "", false
}

// digitVal returns the value of the digit c in base 10 or 16, or -1.
func digitVal(c byte, base int) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case base == 16 && 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case base == 16 && 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// numericRef returns the text of a numeric character reference to num.
func numericRef(num int) string {
	if s, ok := invalidCharrefs[num]; ok {
		return s
	}
	if 0xd800 <= num && num <= 0xdfff || num > 0x10ffff {
		return "\ufffd"
	}
	if invalidCodepoints[num] {
		return ""
	}
	return string(rune(num))
}

// attrs returns the attributes in the attribute text of a tag, found as
// score.py finds them, with their values decoded. A later attribute of the
// same name wins.
func attrs(s string) map[string]string {
	a := make(map[string]string)
	for _, m := range attrRE.FindAllStringSubmatch(s, -1) {
		a[m[1]] = unescape(m[2])
	}
	return a
}

// unescape returns s with line endings normalised and character references
// decoded.
func unescape(s string) string {
	if !strings.ContainsAny(s, "&\r") {
		return s
	}
	d := &Document{raw: s}
	var b strings.Builder
	d.decode(&b, 0, len(s))
	return b.String()
}

// dateOf returns the date that a TIMEX3 value starts with, or the zero time
// if it does not start with a full date.
func dateOf(value string) time.Time {
	if len(value) < len(time.DateOnly) || len(value) > len(time.DateOnly) && value[len(time.DateOnly)] != 'T' {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, value[:len(time.DateOnly)])
	if err != nil {
		return time.Time{}
	}
	return t
}

// lineAt returns the 1-based line of the byte offset i in s.
func lineAt(s string, i int) int {
	return 1 + strings.Count(s[:i], "\n")
}

// Text returns the plain text of the TEXT element: every tag removed, line
// endings normalised to "\n" and character references decoded, exactly as
// score.py computes it. Tag offsets index this string.
func (d *Document) Text() string { return d.text }

// boundary reports whether Write can place a tag boundary at the text
// offset p: p is in the text and splits neither a UTF-8 sequence nor a
// character reference.
func (d *Document) boundary(p int) bool {
	if p < 0 || p > len(d.text) {
		return false
	}
	if p == len(d.text) {
		return true
	}
	if !utf8.RuneStart(d.text[p]) {
		return false
	}
	i := sort.Search(len(d.atoms), func(i int) bool { return d.atoms[i].text1 > p })
	return i == len(d.atoms) || d.atoms[i].text0 >= p
}

// rawLine returns the line in the file of the text offset p.
func (d *Document) rawLine(p int) int {
	i := sort.Search(len(d.items), func(i int) bool { return d.items[i].text1 > p })
	r := d.end
	if i < len(d.items) {
		it := d.items[i]
		r = it.raw0
		if it.kind == run {
			r += max(p-it.text0, 0)
		}
	}
	return lineAt(d.raw, r)
}

// Write writes the document with the TIMEX3 annotations tags in place of its
// own. Everything outside the TEXT element is written byte for byte as it
// was read. Inside it the original raw text is kept, with its TIMEX3, EVENT
// and SIGNAL tags removed (other tags stay) and a TIMEX3 element around each
// tag's span, such as
//
//	<TIMEX3 tid="t1" type="DATE" value="2016-10-14">Friday</TIMEX3>
//
// with a mod attribute only when Mod is not empty. Attribute values are
// XML-escaped. A tag with an empty TID gets the first "tN" not otherwise in
// use. Where the file was not well-formed, a bare '&' or '<' in the text is
// written as a character reference, a character reference without its ';'
// gets one, and lone "\r"s just before a removed tag are written as "\n", so
// that the output reads as the same text.
//
// Write writes nothing and returns an error naming every bad tag when a tag
// is empty, lies outside Text, splits a character or a character reference,
// overlaps another tag, or has a tid that another tag uses or that is used
// by a tag outside the text (the creation time's is usually t0).
func (d *Document) Write(w io.Writer, tags []Tag) error {
	tags = slices.Clone(tags)
	slices.SortStableFunc(tags, func(a, b Tag) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	if err := d.check(tags); err != nil {
		return err
	}
	var b bytes.Buffer
	b.Grow(len(d.raw) + 80*len(tags))
	b.WriteString(d.raw[:d.body])
	k, open := 0, -1
	openTag := func(p int) {
		if open < 0 && k < len(tags) && tags[k].Start == p {
			writeOpen(&b, tags[k])
			open = k
			k++
		}
	}
	closeTag := func(p int) {
		if open >= 0 && tags[open].End == p {
			b.WriteString("</TIMEX3>")
			open = -1
		}
	}
	for i, it := range d.items {
		switch {
		case it.kind == dropped:
		case it.kind == kept || it.text0 == it.text1:
			writeRaw(&b, d.raw[it.raw0:it.raw1], it.kind)
		case it.kind == atom:
			openTag(it.text0)
			writeRaw(&b, d.raw[it.raw0:it.raw1], it.kind)
			closeTag(it.text1)
		default: // run
			for p := it.text0; p < it.text1; {
				openTag(p)
				q := it.text1
				if open >= 0 {
					q = min(q, tags[open].End)
				} else if k < len(tags) {
					q = min(q, tags[k].Start)
				}
				seg := d.raw[it.raw0+p-it.text0 : it.raw0+q-it.text0]
				if q == it.text1 && i+1 < len(d.items) && d.items[i+1].kind == dropped {
					// Joined with what follows the removed tag, a lone
					// "\r" could become part of a "\r\n".
					t := strings.TrimRight(seg, "\r")
					seg = t + strings.Repeat("\n", len(seg)-len(t))
				}
				writeRaw(&b, seg, run)
				p = q
				closeTag(p)
			}
		}
	}
	b.WriteString(d.raw[d.end:])
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("cannot write %s: %w", d.Name, err)
	}
	return nil
}

// check reports every tag, sorted by span, that Write cannot place, and
// gives a tid to each tag that has none.
func (d *Document) check(tags []Tag) error {
	var errs []error
	bad := func(t Tag, err error) {
		errs = append(errs, &Error{Name: d.Name, Line: d.rawLine(max(t.Start, 0)), Err: err})
	}
	seen := make(map[string]bool)
	last := -1 // the valid tag reaching furthest so far
	for i, t := range tags {
		switch {
		case t.Start >= t.End || t.Start < 0 || t.End > len(d.text):
			bad(t, fmt.Errorf("%w: tag %s [%d,%d) in a text of %d bytes", ErrTagSpan, t.TID, t.Start, t.End, len(d.text)))
			continue
		case !d.boundary(t.Start) || !d.boundary(t.End):
			bad(t, fmt.Errorf("%w: tag %s [%d,%d) %q splits a character", ErrTagSpan, t.TID, t.Start, t.End, d.text[t.Start:t.End]))
			continue
		case last >= 0 && t.Start < tags[last].End:
			p := tags[last]
			bad(t, fmt.Errorf("%w: tag %s [%d,%d) %q and tag %s [%d,%d) %q", ErrTagOverlap,
				t.TID, t.Start, t.End, d.text[t.Start:t.End], p.TID, p.Start, p.End, d.text[p.Start:p.End]))
		}
		if last < 0 || t.End > tags[last].End {
			last = i
		}
		if t.TID != "" {
			if d.tids[t.TID] || seen[t.TID] {
				bad(t, fmt.Errorf("%w: tag %s [%d,%d) %q", ErrTID, t.TID, t.Start, t.End, d.text[t.Start:t.End]))
			}
			seen[t.TID] = true
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	n := 1
	for i := range tags {
		if tags[i].TID != "" {
			continue
		}
		for d.tids["t"+strconv.Itoa(n)] || seen["t"+strconv.Itoa(n)] {
			n++
		}
		tags[i].TID = "t" + strconv.Itoa(n)
		n++
	}
	return nil
}

// writeOpen writes the start tag of t.
func writeOpen(b *bytes.Buffer, t Tag) {
	b.WriteString(`<TIMEX3 tid="`)
	b.WriteString(attrEscaper.Replace(t.TID))
	b.WriteString(`" type="`)
	b.WriteString(attrEscaper.Replace(t.Type))
	b.WriteString(`" value="`)
	b.WriteString(attrEscaper.Replace(t.Value))
	if t.Mod != "" {
		b.WriteString(`" mod="`)
		b.WriteString(attrEscaper.Replace(t.Mod))
	}
	b.WriteString(`">`)
}

// attrEscaper escapes an XML attribute value.
var attrEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;", `>`, "&gt;", `"`, "&quot;",
	"\t", "&#9;", "\n", "&#10;", "\r", "&#13;")

// textEscaper escapes the bare '&' and '<' of a run, which a well-formed
// document does not have.
var textEscaper = strings.NewReplacer(`&`, "&amp;", `<`, "&lt;")

// writeRaw writes the raw text s of an item of the given kind, escaped so
// that it reads the same wherever it ends up.
func writeRaw(b *bytes.Buffer, s string, kind itemKind) {
	switch {
	case kind == run:
		textEscaper.WriteString(b, s)
	case kind == atom && s[0] == '&' && !strings.HasSuffix(s, ";"):
		b.WriteString(s)
		b.WriteByte(';')
	default:
		b.WriteString(s)
	}
}
