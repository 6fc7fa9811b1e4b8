package clock

import (
	"strings"
	"sync"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// Match is a clock time found in a text.
type Match struct {
	Start  int    // byte offset of the match in the text
	End    int    // byte offset just past the match
	Text   string // the matched text, text[Start:End]
	Hour   int    // hour on the 24-hour clock, 0 to 23
	Minute int    // minute, 0 to 59
}

// Finder finds clock times. The zero value is not usable; create one with
// New. A Finder is safe for concurrent use.
type Finder struct {
	hour       rules.Rule     // when's "5pm", "5 p.m." rule
	hourMinute rules.Rule     // when's "10:30", "10:30 a.m." rule
	opts       *rules.Options // options passed to when's appliers
}

// whenRules builds when's English hour and hour-minute rules once per
// process; they are immutable and shared by all Finders.
var whenRules = sync.OnceValue(func() [2]rules.Rule {
	return [2]rules.Rule{en.Hour(rules.Override), en.HourMinute(rules.Override)}
})

// ref is the reference time passed to when; only the hour and minute it
// resolves are used.
var ref = time.Date(2000, time.January, 1, 0, 0, 0, 0, time.UTC)

// New returns a Finder using when's English clock-time rules.
func New() *Finder {
	r := whenRules()
	return &Finder{
		hour:       r[0],
		hourMinute: r[1],
		opts:       &rules.Options{Distance: 5, MatchByOrder: true},
	}
}

// Find returns all clock times in text, in order and without overlaps.
func (f *Finder) Find(text string) []Match {
	var out []Match
	for i := 0; i < len(text); {
		c := text[i]
		if !isDigit(c) {
			if (c|0x20 == 'n' || c|0x20 == 'm') && (i == 0 || !isLetter(text[i-1])) {
				if m, ok := namedTime(text, i); ok {
					out = append(out, m)
					i = m.End
					continue
				}
			}
			i++
			continue
		}
		s := i
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		if i-s > 2 || (s > 0 && isWordByte(text[s-1])) || !triggered(text, i) {
			continue
		}
		if m, ok := f.clockAt(text, s, i); ok {
			out = append(out, m)
			i = m.End
		}
	}
	return out
}

// maxSpace is how many blanks may separate a number from its ":" or
// meridiem for Find to look closer.
const maxSpace = 2

// triggered reports whether the digits ending at e are followed, after at
// most maxSpace blanks, by ":" or by "a"/"p" and then "m" or ".".
func triggered(text string, e int) bool {
	k := e
	for k < len(text) && k-e < maxSpace && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k >= len(text) {
		return false
	}
	switch c := text[k] | 0x20; {
	case text[k] == ':' || strings.HasPrefix(text[k:], fullwidthColon):
		return true
	case (c == 'a' || c == 'p') && k+1 < len(text):
		return text[k+1]|0x20 == 'm' || text[k+1] == '.'
	}
	return false
}

const fullwidthColon = "："

// window is how many bytes after the hour digits clockAt hands to when.
const window = 24

// clockAt runs when's rules on a window around the digits text[s:e] and
// returns the clock time starting there, if any.
func (f *Finder) clockAt(text string, s, e int) (Match, bool) {
	base := max(0, s-1) // keep the boundary byte for when's (?:\W|^)
	win := text[base:min(len(text), e+window)]
	if m := f.hourMinute.Find(win); m != nil && base+m.Left == s {
		if r, ok := f.apply(text, base, m, true); ok {
			return r, true
		}
	}
	if m := f.hour.Find(win); m != nil && base+m.Left == s {
		if r, ok := f.apply(text, base, m, false); ok {
			return r, true
		}
	}
	return Match{}, false
}

// apply checks and corrects a match of when's hour (hm false) or
// hour-minute (hm true) rule found at offset base of text, and resolves it
// with when's applier.
func (f *Finder) apply(text string, base int, m *rules.Match, hm bool) (Match, bool) {
	left, right := base+m.Left, base+m.Right
	mer := len(m.Captures) - 1 // index of the meridiem capture
	if mer < 1 {
		return Match{}, false
	}
	if hm {
		sep := left + len(m.Captures[0])
		switch {
		case strings.HasPrefix(text[sep:], ":"):
			sep++
		case strings.HasPrefix(text[sep:], fullwidthColon):
			sep += len(fullwidthColon)
		default:
			return Match{}, false // "10-15", "2016-12-05"
		}
		if m.Captures[mer] != "" {
			if ext, ok := meridiemTail(text, right, m.Captures[mer]); ok {
				right += ext
			} else {
				// "10:30 a deal": keep the time, drop the "a".
				m.Captures[mer] = ""
				right = sep + len(m.Captures[1])
			}
		}
	} else {
		ext, ok := meridiemTail(text, right, m.Captures[mer])
		if !ok {
			return Match{}, false // "5 a day"
		}
		right += ext
	}
	if right < len(text) && isWordByte(text[right]) {
		return Match{}, false // when saw the end of the window, not of a word
	}

	ctx := &rules.Context{Text: text[left:right]}
	if ok, err := m.Apply(ctx, f.opts, ref); err != nil || !ok || ctx.Hour == nil {
		return Match{}, false
	}
	hour, minute := *ctx.Hour, 0
	if ctx.Minute != nil {
		minute = *ctx.Minute
	}
	if meridiem := m.Captures[mer]; meridiem != "" {
		if hour == 0 {
			return Match{}, false // "0 pm"
		}
		if hour == 12 && meridiem[0]|0x20 == 'a' {
			hour = 0 // when resolves "12 a.m." to noon
		}
	}
	if hour < 0 || hour > 23 || minute < 0 || minute > 59 {
		return Match{}, false
	}
	return Match{Start: left, End: right, Text: text[left:right], Hour: hour, Minute: minute}, true
}

// meridiemTail checks the meridiem when captured, which ends at offset end
// of text, and returns how many more bytes belong to it. when accepts a
// bare "a" or "p" ("5 a day") and stops at "5 a" in "5 a.m"; a meridiem
// here must contain an "m".
func meridiemTail(text string, end int, captured string) (int, bool) {
	letters := strings.ToLower(strings.NewReplacer(".", "", " ", "").Replace(captured))
	switch letters {
	case "am", "pm":
		return 0, true
	case "a", "p":
	default:
		return 0, false
	}
	rest := text[end:]
	n := 0
	if !strings.HasSuffix(captured, ".") {
		if !strings.HasPrefix(rest, ".") {
			return 0, false
		}
		n++
	}
	if n >= len(rest) || rest[n]|0x20 != 'm' {
		return 0, false
	}
	n++
	if n < len(rest) && rest[n] == '.' {
		n++
	}
	return n, true
}

// namedTime matches "noon", "midday" or "midnight" at text[i:], optionally
// preceded by "12 ".
func namedTime(text string, i int) (Match, bool) {
	var hour, n int
	switch {
	case hasPrefixFold(text[i:], "noon"):
		hour, n = 12, len("noon")
	case hasPrefixFold(text[i:], "midday"):
		hour, n = 12, len("midday")
	case hasPrefixFold(text[i:], "midnight"):
		hour, n = 0, len("midnight")
	default:
		return Match{}, false
	}
	end := i + n
	if end < len(text) && isLetter(text[end]) {
		return Match{}, false // "noontime", "midnights"
	}
	start := i
	if i >= 3 && text[i-3:i] == "12 " && (i == 3 || !isWordByte(text[i-4])) {
		start = i - 3
	}
	return Match{Start: start, End: end, Text: text[start:end], Hour: hour}, true
}

// hasPrefixFold reports whether s begins with the lower-case ASCII word
// prefix, ignoring ASCII case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isWordByte reports whether c is in when's \w class.
func isWordByte(c byte) bool { return isDigit(c) || isLetter(c) || c == '_' }
