package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Byte order marks.
var (
	bom     = []byte("\uFEFF")
	utf16LE = []byte{0xFF, 0xFE}
	utf16BE = []byte{0xFE, 0xFF}
)

// sniffLen is how much of a file is looked at to tell text from binary.
const sniffLen = 8 << 10

// decodeText turns the bytes of an article into UTF-8 text. UTF-8 is
// taken as it is, without a byte order mark; UTF-16 with a byte order
// mark is converted. Text that is not valid UTF-8 is decoded rather than
// refused: as Windows-1252 (a superset of Latin-1's printable characters)
// when it holds no UTF-8 multi-byte sequence at all, which is how such
// files are made, else by replacing each invalid byte with U+FFFD. Either
// way a warning says so. Binary data is an error wrapping ErrBinary, and
// the line of the first NUL byte, if any, is returned with it.
func decodeText(data []byte) (text string, warnings []string, line int, err error) {
	switch {
	case bytes.HasPrefix(data, bom):
		data = data[len(bom):]
	case bytes.HasPrefix(data, utf16LE), bytes.HasPrefix(data, utf16BE):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, 0, fmt.Errorf("%w: bad UTF-16: %v", ErrBinary, err)
		}
		data = bytes.TrimPrefix(out, bom)
		warnings = append(warnings, "text was UTF-16: converted to UTF-8")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", nil, lineAt(data, i), ErrBinary
	}
	if controlShare(data[:min(len(data), sniffLen)]) > 0.1 {
		return "", nil, 0, ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), warnings, 0, nil
	}
	invalid, multi, first := 0, 0, -1
	for i := 0; i < len(data); {
		c, size := utf8.DecodeRune(data[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			invalid++
			if first < 0 {
				first = i
			}
		case size > 1:
			multi++
		}
		i += size
	}
	if multi == 0 {
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", nil, 0, fmt.Errorf("cannot decode as Windows-1252: %w", err)
		}
		warnings = append(warnings, fmt.Sprintf("text is not UTF-8 (byte %#x on line %d): decoded as Windows-1252", data[first], lineAt(data, first)))
		return string(out), warnings, 0, nil
	}
	warnings = append(warnings, fmt.Sprintf("%d invalid UTF-8 %s replaced with U+FFFD, the first on line %d",
		invalid, plural(invalid, "byte", "bytes"), lineAt(data, first)))
	return strings.ToValidUTF8(string(data), "\uFFFD"), warnings, 0, nil
}

// controlShare returns the share of bytes in data that are control
// characters no text holds: not tab, line feed, form feed or carriage
// return, nor escape, which some terminals' text uses.
func controlShare(data []byte) float64 {
	if len(data) == 0 {
		return 0
	}
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b {
			n++
		}
	}
	return float64(n) / float64(len(data))
}

// lineAt returns the 1-based line number of byte offset i in data.
func lineAt(data []byte, i int) int {
	return 1 + bytes.Count(data[:i], []byte("\n"))
}

// plural returns one if n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
