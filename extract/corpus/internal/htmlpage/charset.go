package htmlpage

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// maxPrescan is how far into a page decode looks for a declared charset.
// Browsers stop at 1024 bytes; pages with long scripts in <head> declare
// theirs later, so decode reads on to the end of <head>, within this many
// bytes.
const maxPrescan = 64 << 10

// decode returns data as UTF-8 text. It honours a byte order mark, then
// a <meta charset> or http-equiv Content-Type declaration, and otherwise
// takes UTF-8 if data is valid UTF-8 and Windows-1252 if not. A page
// declared in another charset that is valid UTF-8 with non-ASCII bytes in
// it is taken as UTF-8: such pages are mislabelled, as text in a legacy
// charset is almost never valid UTF-8. Bytes invalid in the charset become
// U+FFFD.
func decode(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return strings.ToValidUTF8(string(data[3:]), "\uFFFD")
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
	}
	e, name := declaredCharset(data)
	if name == "utf-8" || e == nil && utf8.Valid(data) || isUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	if e == nil {
		e, _ = charset.Lookup("windows-1252")
	}
	return decodeWith(e, data)
}

// decodeWith returns data decoded from e to UTF-8.
func decodeWith(e encoding.Encoding, data []byte) string {
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// isUTF8 reports whether data is valid UTF-8 holding non-ASCII text.
func isUTF8(data []byte) bool {
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return utf8.Valid(data)
		}
	}
	return false
}

// declaredCharset returns the encoding that a <meta> element in the head
// of the page declares, with its canonical name, or nil and "" if there is
// none. Like browsers, it reads a declared UTF-16 as UTF-8, since a page
// whose meta tag can be read as ASCII is not in UTF-16.
func declaredCharset(data []byte) (encoding.Encoding, string) {
	if len(data) > maxPrescan {
		data = data[:maxPrescan]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return nil, ""
		case html.EndTagToken:
			if tag, _ := z.TagName(); string(tag) == "head" {
				return nil, ""
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			switch string(tag) {
			case "body", "p", "div", "article", "main":
				return nil, ""
			case "meta":
			default:
				continue
			}
			var label, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					label = string(v)
				case "http-equiv":
					pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
				case "content":
					content = string(v)
				}
			}
			if label == "" && pragma {
				label = charsetParam(content)
			}
			if label == "" {
				continue
			}
			e, name := charset.Lookup(label)
			if e == nil {
				continue
			}
			if strings.HasPrefix(name, "utf-16") {
				return unicode.UTF8, "utf-8"
			}
			return e, name
		}
	}
}

// charsetParam returns the charset named in a Content-Type value such as
// "text/html; charset=windows-1252", or "" if there is none.
func charsetParam(s string) string {
	i := strings.Index(strings.ToLower(s), "charset")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("charset"):], " \t\n\f\r")
	s, ok := strings.CutPrefix(s, "=")
	if !ok {
		return ""
	}
	s = strings.TrimLeft(s, " \t\n\f\r")
	if s != "" && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if j := strings.IndexByte(s, q); j >= 0 {
			return s[:j]
		}
		return ""
	}
	if j := strings.IndexAny(s, "; \t\n\f\r"); j >= 0 {
		s = s[:j]
	}
	return s
}
