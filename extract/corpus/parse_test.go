package corpus

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestParseTimestamp(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	tokyo := time.FixedZone("JST", 9*3600)
	tests := []struct {
		in   string
		tz   *time.Location
		want string // day, or "error: ..." substring
	}{
		{"2016-10-15", nil, "2016-10-15"},
		{"2016-10-15", tokyo, "2016-10-15"}, // a date has no zone to move
		{"2016-10-15T23:30:00-05:00", nil, "2016-10-15"},
		{"2016-10-15T23:30:00-05:00", paris, "2016-10-16"},
		{"2016-10-15T23:30:00-05:00", time.UTC, "2016-10-16"},
		{"2016-10-16T00:30:00+02:00", nil, "2016-10-16"},
		{"2016-10-16T00:30:00+02:00", time.UTC, "2016-10-15"},
		{"2016-10-15T10:42:07.123Z", nil, "2016-10-15"},
		{"2016-10-15T10:42Z", nil, "2016-10-15"},
		{"2016-10-15T10:42:00+0100", nil, "2016-10-15"},
		{"2016-10-15 10:42:00", tokyo, "2016-10-15"}, // no zone: the day as written
		{"2016-10-15 10:42", nil, "2016-10-15"},
		{"Sat, 15 Oct 2016 23:42:00 -0400", nil, "2016-10-15"},
		{"Sat, 15 Oct 2016 23:42:00 -0400", tokyo, "2016-10-16"},
		{"Sat, 15 Oct 2016 10:42:00 GMT", nil, "2016-10-15"},
		{"20161015", nil, "2016-10-15"},
		{"2016/10/15", nil, "2016-10-15"},
		{"October 15, 2016", nil, "2016-10-15"},
		{"Oct 15, 2016", nil, "2016-10-15"},
		{"15 October 2016", nil, "2016-10-15"},
		{"Saturday, October 15, 2016", nil, "2016-10-15"},
		{"2016-02-29", nil, "2016-02-29"}, // leap day
		{"2015-02-29", nil, "error: impossible date"},
		{"2016-13-45", nil, "error: impossible date"},
		{"2016-12-31T23:59:59-01:00", time.UTC, "2017-01-01"}, // year end
		{"0016-10-15", nil, "error: implausible year"},
		{"next Tuesday", nil, "error: want YYYY-MM-DD"},
		{"", nil, "error: bad date: empty"},
	}
	for _, tt := range tests {
		got, err := parseTimestamp(tt.in, tt.tz)
		if err != nil {
			if !errors.Is(err, ErrBadDate) {
				t.Errorf("parseTimestamp(%q) error %v does not wrap ErrBadDate", tt.in, err)
			}
			got = "error: " + err.Error()
		}
		if want, ok := strings.CutPrefix(tt.want, "error: "); ok {
			if !strings.Contains(got, want) {
				t.Errorf("parseTimestamp(%q, %v) = %q; want an error with %q", tt.in, tt.tz, got, want)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("parseTimestamp(%q, %v) = %q; want %q", tt.in, tt.tz, got, tt.want)
		}
	}
}

func TestSplitFrontMatter(t *testing.T) {
	tests := []struct {
		name, in string
		want     frontMatter
		body     string
		err      string // substring; with line
		line     int
	}{
		{name: "none", in: "Headline\n\nText.\n", body: "Headline\n\nText.\n"},
		{name: "rule later is no front matter", in: "Headline\n---\nText.\n", body: "Headline\n---\nText.\n"},
		{
			name: "all keys",
			in:   "---\ntitle: Kerry and Lavrov meet\npublished: 2014-01-13\nsource: Reuters\nurl: https://example.com/a\ntags: [syria]\n---\nBody.\n",
			want: frontMatter{title: "Kerry and Lavrov meet", published: "2014-01-13", source: "Reuters", url: "https://example.com/a", publishedLine: 3},
			body: "Body.\n",
		},
		{
			name: "aliases, CRLF, quoted timestamp, dots to close",
			in:   "---\r\nheadline: \"Talks: day two\"\r\ndate: '2016-10-15T10:42:00+02:00'\r\npublisher: AFP\r\n...\r\nBody.\r\n",
			want: frontMatter{title: "Talks: day two", published: "2016-10-15T10:42:00+02:00", source: "AFP", publishedLine: 3},
			body: "Body.\r\n",
		},
		{name: "empty", in: "---\n---\nBody.\n", body: "Body.\n"},
		{name: "id", in: "---\nid: 42\n---\nB.\n", want: frontMatter{id: "42"}, body: "B.\n"},
		{name: "not closed", in: "---\ntitle: x\nBody.\n", err: "front matter: no closing --- line", line: 1},
		{name: "bad yaml", in: "---\ntitle: x\npublished: [2016\n---\nB.\n", err: "front matter: bad YAML", line: 2},
		{name: "not a mapping", in: "---\n- a\n- b\n---\nB.\n", err: "front matter: want key: value lines", line: 2},
		{name: "list value", in: "---\ntitle:\n  - a\n---\nB.\n", err: "front matter: title: want a single value", line: 3},
		{name: "twice", in: "---\ndate: 2016-01-01\npublished: 2016-01-02\n---\nB.\n", err: "published: published already given on line 2", line: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm, body, line, err := splitFrontMatter(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) || line != tt.line {
					t.Fatalf("splitFrontMatter = line %d, %v; want line %d, error with %q", line, err, tt.line, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, fm, cmp.AllowUnexported(frontMatter{})); diff != "" {
				t.Errorf("front matter (-want +got):\n%s", diff)
			}
			if body != tt.body {
				t.Errorf("body = %q; want %q", body, tt.body)
			}
			if !strings.HasSuffix(tt.in, body) {
				t.Errorf("body %q is not the end of the input, so offsets would be wrong", body)
			}
		})
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name, in, want, warn, err string
	}{
		{name: "utf-8", in: "Caf\u00e9 talks", want: "Caf\u00e9 talks"},
		{name: "bom", in: "\uFEFFTalks", want: "Talks"},
		{name: "windows-1252", in: "Caf\xe9 talks \x93quoted\x94 \x80", want: "Caf\u00e9 talks \u201cquoted\u201d \u20ac", warn: "decoded as Windows-1252"},
		{name: "mostly utf-8", in: "Caf\u00e9 talks\nbad \xff byte", want: "Caf\u00e9 talks\nbad \uFFFD byte", warn: "1 invalid UTF-8 byte replaced with U+FFFD, the first on line 2"},
		{name: "utf-16le", in: "\xff\xfeT\x00a\x00l\x00k\x00s\x00", want: "Talks", warn: "UTF-16"},
		{name: "utf-16be", in: "\xfe\xff\x00T\x00a\x00l\x00k\x00s", want: "Talks", warn: "UTF-16"},
		{name: "nul", in: "Talks\nand \x00 more", err: "binary file"},
		{name: "controls", in: strings.Repeat("\x01\x02\x03ab", 100), err: "binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, _, err := decodeText([]byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("decodeText = %q, %v; want error %q", got, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("decodeText = %q; want %q", got, tt.want)
			}
			if w := strings.Join(warns, "; "); tt.warn == "" && w != "" || !strings.Contains(w, tt.warn) {
				t.Errorf("warnings %q; want one with %q", w, tt.warn)
			}
		})
	}
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		in, err string
	}{
		{`{"id": "a", "text": "T."}`, ""},
		{`{"id": 7, "text": "T."}`, ""},
		{`{"id": "a", "text": "T.`, "invalid JSON: the line ends inside a value"},
		{`{"id": "a", "text": "T."} {"id": "b"}`, "more than one value"},
		{`{"id": "a" "text": "T."}`, "invalid JSON at column 12"},
		{`["a"]`, "not a JSON object"},
		{`{"id": "a", "text": 5}`, `field "text": want a string, got JSON number`},
		{`{"id": {"x": 1}, "text": "T."}`, "want a string or a number"},
	}
	for _, tt := range tests {
		_, err := parseRecord([]byte(tt.in))
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("parseRecord(%s) = %v; want no error", tt.in, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("parseRecord(%s) = %v; want error with %q", tt.in, err, tt.err)
		}
	}
}

func TestLineReader(t *testing.T) {
	in := "short\n" + strings.Repeat("x", 100) + "\n\nlast\r\n" + strings.Repeat("y", 50)
	lr := &lineReader{r: bufio.NewReaderSize(strings.NewReader(in), 16), max: 60}
	type got struct {
		line int
		text string
		long bool
	}
	var out []got
	for {
		b, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil && !errors.Is(err, errLongLine) {
			t.Fatal(err)
		}
		out = append(out, got{lr.line, string(b), err != nil})
	}
	want := []got{{1, "short", false}, {2, "", true}, {3, "", false}, {4, "last", false}, {5, strings.Repeat("y", 50), false}}
	if diff := cmp.Diff(want, out, cmp.AllowUnexported(got{})); diff != "" {
		t.Errorf("lines (-want +got):\n%s", diff)
	}
}

func FuzzSplitFrontMatter(f *testing.F) {
	for _, s := range []string{"---\ntitle: x\npublished: 2016-10-15\n---\nB.\n", "---\n---\n", "---\n: :\n---\n", "---\n- [\n---\n", "---\r\na: b\r\n...\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		fm, body, line, err := splitFrontMatter(in)
		if err != nil {
			if line < 1 || line > strings.Count(in, "\n")+2 {
				t.Errorf("error %v on line %d, outside the input", err, line)
			}
			return
		}
		if !strings.HasSuffix(in, body) {
			t.Errorf("body %q is not the end of the input", body)
		}
		if fm.published != "" {
			_, _ = parseTimestamp(fm.published, nil)
		}
	})
}

func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{`{"id":"a","title":"T","published":"2016-10-15","text":"Body."}`, `{"html":"<p>x</p>"}`, `{"id":1}`, `{`, `[]`, `{"text":"a"}{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := parseRecord(in)
		if err != nil {
			return
		}
		if s, _, ok := r.text(); ok && strings.TrimSpace(s) == "" {
			t.Errorf("text() = %q, true; want false for blank text", s)
		}
		_ = r.published()
	})
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "Caf\xe9", "\xff\xfeT\x00", "\uFEFFx", "a\x00b", "\xe2\x82"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, _, _, err := decodeText(in)
		if err == nil && !utf8.ValidString(out) {
			t.Errorf("decodeText(%q) = %q, not UTF-8", in, out)
		}
	})
}

func FuzzParseTimestamp(f *testing.F) {
	for _, s := range []string{"2016-10-15", "2016-10-15T23:30:00-05:00", "Sat, 15 Oct 2016 10:42:00 GMT", "2016-13-45", "20161015"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, tz := range []*time.Location{nil, time.UTC} {
			day, err := parseTimestamp(in, tz)
			if err != nil {
				if !errors.Is(err, ErrBadDate) {
					t.Errorf("parseTimestamp(%q) error %v does not wrap ErrBadDate", in, err)
				}
				continue
			}
			if _, err := ParseDate(day); err != nil {
				t.Errorf("parseTimestamp(%q) = %q, which ParseDate refuses: %v", in, day, err)
			}
		}
	})
}

func FuzzParseManifestJSON(f *testing.F) {
	for _, s := range []string{`[{"file":"a.txt","published":"2016-10-15"}]`, `{"articles":[{"file":"a"}]}`, `[1,2]`, `{"x":1}`, `[{"file":3}]`, ``} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		m, errs, err := parseManifestJSON("m.json", in)
		if err != nil {
			return
		}
		for _, e := range errs {
			if e.Line < 1 {
				t.Errorf("row error %v without a line", e)
			}
		}
		for _, r := range m.rows {
			if r.err == nil && r.published != "" {
				if _, err := ParseDate(r.published); err != nil {
					t.Errorf("row %+v kept with bad date", r)
				}
			}
		}
	})
}
