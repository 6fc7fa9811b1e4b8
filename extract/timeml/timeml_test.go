package timeml_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract/timeml"
)

// doc wraps body in a TimeML document with a creation time of 1998-02-13
// (tid t0) and a TLINK after the text.
func doc(body string) string {
	return `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
<TEXT>` + body + `</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
`
}

// timex returns a gold TIMEX3 element.
func timex(tid, typ, value, text string) string {
	return fmt.Sprintf(`<TIMEX3 tid="%s" type="%s" value="%s" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">%s</TIMEX3>`, tid, typ, value, text)
}

func TestParse(t *testing.T) {
	dct := time.Date(1998, 2, 13, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		data string
		text string
		tags []timeml.Tag
		dct  time.Time
		dctv string
	}{
		{
			name: "plain",
			data: doc("Bombs exploded " + timex("t1", "DATE", "1998-08-07", "Friday") + ", witnesses said."),
			text: "Bombs exploded Friday, witnesses said.",
			tags: []timeml.Tag{{Start: 15, End: 21, TID: "t1", Type: "DATE", Value: "1998-08-07"}},
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "entities",
			data: doc(`AT&amp;T &quot;` + timex("t1", "DATE", "PRESENT_REF", "now") + `&quot; &#233;t&eacute; &#x41;&lt;`),
			text: `AT&T "now" été A<`,
			tags: []timeml.Tag{{Start: 6, End: 9, TID: "t1", Type: "DATE", Value: "PRESENT_REF"}},
			dct:  dct, dctv: "1998-02-13",
		},
		{
			// Python's html.unescape takes the longest legacy name
			// without ';' and leaves unknown names alone.
			name: "references as html.unescape reads them",
			data: doc(`&ampx; &notin &not &bogus; &#128; &#0; &#1; &#xD800; &#99999999999; &# &#x; &`),
			text: "&x; ¬in ¬ &bogus; € \ufffd  \ufffd \ufffd &# &#x; &",
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "nested tags",
			data: doc(`<s>Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">in</SIGNAL> ` +
				`<TIMEX3 tid="t5" type="DATE" value="1998-W06" mod="END"><b>last</b> week</TIMEX3>.</s>`),
			text: "Prices fell in last week.",
			tags: []timeml.Tag{{Start: 15, End: 24, TID: "t5", Type: "DATE", Value: "1998-W06", Mod: "END"}},
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "nested TIMEX3 as score.py pairs them",
			data: doc(`<TIMEX3 tid="t1" type="DURATION" value="P2D">two days <TIMEX3 tid="t2" type="DATE" value="1998-02-12">Thursday</TIMEX3></TIMEX3>`),
			text: "two days Thursday",
			tags: []timeml.Tag{
				{Start: 0, End: 17, TID: "t1", Type: "DURATION", Value: "P2D"},
				{Start: 9, End: 17, TID: "t2", Type: "DATE", Value: "1998-02-12"},
			},
			dct: dct, dctv: "1998-02-13",
		},
		{
			name: "tags at the text edges",
			data: doc(timex("t1", "DATE", "1998-02-09", "Monday") + " and " + timex("t2", "DATE", "1998-02-10", "Tuesday")),
			text: "Monday and Tuesday",
			tags: []timeml.Tag{
				{Start: 0, End: 6, TID: "t1", Type: "DATE", Value: "1998-02-09"},
				{Start: 11, End: 18, TID: "t2", Type: "DATE", Value: "1998-02-10"},
			},
			dct: dct, dctv: "1998-02-13",
		},
		{
			name: "UTF-8 offsets are bytes",
			data: doc("Café " + timex("t1", "DATE", "1998-02-09", "Monday")),
			text: "Café Monday",
			tags: []timeml.Tag{{Start: 6, End: 12, TID: "t1", Type: "DATE", Value: "1998-02-09"}},
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "line endings",
			data: doc("a\r\nb\rc\r<EVENT>\n</EVENT>d"),
			text: "a\nb\nc\n\nd",
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "stray and unclosed TIMEX3",
			data: doc(`a</TIMEX3> <TIMEX3 tid="t1" type="DATE" value="X"/>b <TIMEX3 tid="t2" type="DATE" value="Y">c`),
			text: "a b c",
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "attribute values decoded",
			data: doc(`<TIMEX3 tid='t9' type = "SET" value="a&amp;b" mod="APPROX">daily</TIMEX3>`),
			text: "daily",
			tags: []timeml.Tag{{Start: 0, End: 5, Type: "SET", Value: "a&b", Mod: "APPROX"}},
			dct:  dct, dctv: "1998-02-13",
		},
		{
			name: "first TEXT to last /TEXT",
			data: "<TEXT>a</TEXT><TEXT>b</TEXT>",
			text: "ab",
		},
		{
			name: "creation time with a time of day",
			data: `<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="TIME" value="1998-02-13T14:30:00">x</TIMEX3></DCT><TEXT></TEXT>`,
			dct:  dct, dctv: "1998-02-13T14:30:00",
		},
		{
			name: "creation time not a full date",
			data: `<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT></TEXT>`,
			dctv: "1998-02",
		},
		{
			name: "no creation time",
			data: `<TEXT>` + timex("t1", "DATE", "1998", "1998") + `</TEXT>`,
			text: "1998",
			tags: []timeml.Tag{{Start: 0, End: 4, TID: "t1", Type: "DATE", Value: "1998"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := timeml.Parse("x.tml", []byte(tt.data))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := d.Text(); got != tt.text {
				t.Errorf("Text() = %q; want %q", got, tt.text)
			}
			if diff := cmp.Diff(tt.tags, d.Tags); diff != "" {
				t.Errorf("Tags (-want +got):\n%s", diff)
			}
			if !d.DCT.Equal(tt.dct) || d.DCTValue != tt.dctv {
				t.Errorf("DCT = %v, %q; want %v, %q", d.DCT, d.DCTValue, tt.dct, tt.dctv)
			}
			for _, g := range d.Tags {
				if g.Start < 0 || g.End > len(d.Text()) || g.Start > g.End {
					t.Errorf("tag %+v out of the text", g)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
		msg  string
	}{
		{"no TEXT", "<TimeML>\n<DOCID>x</DOCID>\n</TimeML>\n", timeml.ErrNoText, "x.tml: no <TEXT> element"},
		{"TEXT never closed", "<TEXT>a</TEXT\n", timeml.ErrNoText, "x.tml: no <TEXT> element"},
		{"/TEXT before TEXT", "</TEXT><TEXT>", timeml.ErrNoText, "x.tml: no <TEXT> element"},
		{"not UTF-8", "<TEXT>\nab\n\xffc</TEXT>", timeml.ErrEncoding, "x.tml:3: invalid UTF-8 at byte 10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := timeml.Parse("x.tml", []byte(tt.data))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse(%q) error = %v; want %v", tt.data, err, tt.want)
			}
			if err.Error() != tt.msg {
				t.Errorf("Parse(%q) error = %q; want %q", tt.data, err, tt.msg)
			}
			var e *timeml.Error
			if !errors.As(err, &e) || e.Name != "x.tml" {
				t.Errorf("Parse(%q) error = %#v; want a *timeml.Error naming x.tml", tt.data, err)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	tests := []struct {
		name string
		body string // content of TEXT
		tags []timeml.Tag
		want string // content of TEXT written
	}{
		{
			name: "replace gold",
			body: `Bombs <EVENT eid="e1">exploded</EVENT> ` + timex("t1", "DATE", "1998-08-07", "Friday") + `.`,
			tags: []timeml.Tag{{Start: 15, End: 21, TID: "t1", Type: "DATE", Value: "1998-08-06"}},
			want: `Bombs exploded <TIMEX3 tid="t1" type="DATE" value="1998-08-06">Friday</TIMEX3>.`,
		},
		{
			name: "no tags",
			body: `<s>Bombs <EVENT eid="e1">exploded</EVENT> ` + timex("t1", "DATE", "1998-08-07", "Friday") + `.</s>`,
			want: `<s>Bombs exploded Friday.</s>`,
		},
		{
			name: "tids assigned around t0 and given ones",
			body: "a b c",
			tags: []timeml.Tag{{Start: 4, End: 5, TID: "t2", Type: "DATE", Value: "C"}, {Start: 0, End: 1, Type: "DATE", Value: "A"}, {Start: 2, End: 3, Type: "TIME", Value: "B"}},
			want: `<TIMEX3 tid="t1" type="DATE" value="A">a</TIMEX3> <TIMEX3 tid="t3" type="TIME" value="B">b</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="C">c</TIMEX3>`,
		},
		{
			name: "mod and escaped values",
			body: "in the late 1990s",
			tags: []timeml.Tag{{Start: 7, End: 17, TID: "t1", Type: "DATE", Value: `19<9>&"`, Mod: "END"}},
			want: `in the <TIMEX3 tid="t1" type="DATE" value="19&lt;9&gt;&amp;&quot;" mod="END">late 1990s</TIMEX3>`,
		},
		{
			name: "kept tags stay outside at the edges",
			body: "<s><b>Monday</b></s>",
			tags: []timeml.Tag{{Start: 0, End: 6, TID: "t1", Type: "DATE", Value: "X"}},
			want: `<s><b><TIMEX3 tid="t1" type="DATE" value="X">Monday</TIMEX3></b></s>`,
		},
		{
			name: "adjacent tags",
			body: "MondayTuesday",
			tags: []timeml.Tag{{Start: 6, End: 13, TID: "t2", Type: "DATE", Value: "B"}, {Start: 0, End: 6, TID: "t1", Type: "DATE", Value: "A"}},
			want: `<TIMEX3 tid="t1" type="DATE" value="A">Monday</TIMEX3><TIMEX3 tid="t2" type="DATE" value="B">Tuesday</TIMEX3>`,
		},
		{
			name: "entities kept whole",
			body: "AT&amp;T &#233;t&eacute; 1&#x2013;2",
			// text "AT&T été 1–2": tag "&", "été", "–"
			tags: []timeml.Tag{
				{Start: 2, End: 3, TID: "t1", Type: "DATE", Value: "A"},
				{Start: 5, End: 10, TID: "t2", Type: "DATE", Value: "B"},
				{Start: 12, End: 15, TID: "t3", Type: "DATE", Value: "C"},
			},
			want: `AT<TIMEX3 tid="t1" type="DATE" value="A">&amp;</TIMEX3>T <TIMEX3 tid="t2" type="DATE" value="B">&#233;t&eacute;</TIMEX3> 1<TIMEX3 tid="t3" type="DATE" value="C">&#x2013;</TIMEX3>2`,
		},
		{
			name: "line endings",
			body: "a\r\nb\rc",
			tags: []timeml.Tag{{Start: 0, End: 2, TID: "t1", Type: "DATE", Value: "A"}, {Start: 4, End: 5, TID: "t2", Type: "DATE", Value: "C"}},
			want: "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"A\">a\r\n</TIMEX3>b\r<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"C\">c</TIMEX3>",
		},
		{
			name: "malformed text made safe",
			body: "a & b < c &amp d\r<EVENT>\n</EVENT>",
			want: "a &amp; b &lt; c &amp; d\n\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := timeml.Parse("x.tml", []byte(doc(tt.body)))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			var b bytes.Buffer
			if err := d.Write(&b, tt.tags); err != nil {
				t.Fatalf("Write: %v", err)
			}
			if diff := cmp.Diff(doc(tt.want), b.String()); diff != "" {
				t.Errorf("Write (-want +got):\n%s", diff)
			}
			// The output reads as the same text.
			d2, err := timeml.Parse("out.tml", b.Bytes())
			if err != nil {
				t.Fatalf("Parse(Write output): %v", err)
			}
			if d2.Text() != d.Text() {
				t.Errorf("text of the output = %q; want %q", d2.Text(), d.Text())
			}
		})
	}
}

func TestWriteErrors(t *testing.T) {
	// Text "Café 10–12 ≂̸ x": é is 2 bytes, – 3, and &NotEqualTilde; is
	// two code points (5 bytes) that cannot be split.
	body := "Café 10&#x2013;12 &NotEqualTilde; x"
	tests := []struct {
		name string
		tags []timeml.Tag
		want error
		msg  string
	}{
		{"empty", []timeml.Tag{{Start: 2, End: 2, TID: "t1"}}, timeml.ErrTagSpan, "x.tml:5: bad tag span: tag t1 [2,2) in a text of 21 bytes"},
		{"negative", []timeml.Tag{{Start: -1, End: 2, TID: "t1"}}, timeml.ErrTagSpan, "x.tml:5: bad tag span: tag t1 [-1,2) in a text of 21 bytes"},
		{"past the end", []timeml.Tag{{Start: 20, End: 23, TID: "t1"}}, timeml.ErrTagSpan, "x.tml:5: bad tag span: tag t1 [20,23) in a text of 21 bytes"},
		{"splits UTF-8", []timeml.Tag{{Start: 0, End: 4, TID: "t1"}}, timeml.ErrTagSpan, `x.tml:5: bad tag span: tag t1 [0,4) "Caf\xc3" splits a character`},
		{"splits a reference", []timeml.Tag{{Start: 6, End: 9, TID: "t1"}}, timeml.ErrTagSpan, `x.tml:5: bad tag span: tag t1 [6,9) "10\xe2" splits a character`},
		{"splits a two-rune reference", []timeml.Tag{{Start: 14, End: 17, TID: "t1"}}, timeml.ErrTagSpan, `x.tml:5: bad tag span: tag t1 [14,17) "≂" splits a character`},
		{"overlap", []timeml.Tag{{Start: 0, End: 6, TID: "t1"}, {Start: 5, End: 7, TID: "t2"}}, timeml.ErrTagOverlap, `x.tml:5: tags overlap: tag t2 [5,7) " 1" and tag t1 [0,6) "Café "`},
		{"tid of the creation time", []timeml.Tag{{Start: 0, End: 5, TID: "t0"}}, timeml.ErrTID, `x.tml:5: tid already in use: tag t0 [0,5) "Café"`},
		{"duplicate tid", []timeml.Tag{{Start: 0, End: 5, TID: "t1"}, {Start: 20, End: 21, TID: "t1"}}, timeml.ErrTID, `x.tml:5: tid already in use: tag t1 [20,21) "x"`},
	}
	d, err := timeml.Parse("x.tml", []byte(doc(body)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := d.Text(), "Café 10–12 ≂̸ x"; got != want {
		t.Fatalf("Text() = %q; want %q", got, want)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			err := d.Write(&b, tt.tags)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Write(%+v) error = %v; want %v", tt.tags, err, tt.want)
			}
			if err.Error() != tt.msg {
				t.Errorf("Write(%+v) error = %q; want %q", tt.tags, err, tt.msg)
			}
			if b.Len() != 0 {
				t.Errorf("Write(%+v) wrote %q; want nothing", tt.tags, b.String())
			}
		})
	}
}

func TestTrimSpan(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		s, e       int
	}{
		{"Friday", 0, 6, 0, 6},
		{" Friday\n", 0, 8, 1, 7},
		{"\u00a0Friday\u2003", 0, 11, 2, 8},
		{"a   b", 1, 4, 4, 4},
		{"", 0, 0, 0, 0},
	}
	for _, tt := range tests {
		s, e := timeml.TrimSpan(tt.text, tt.start, tt.end)
		if s != tt.s || e != tt.e {
			t.Errorf("TrimSpan(%q, %d, %d) = %d, %d; want %d, %d", tt.text, tt.start, tt.end, s, e, tt.s, tt.e)
		}
	}
}

// FuzzParseWrite checks that Parse and Write never panic, that the output
// of Write always reads as the same text, outside TEXT unchanged, and that
// tags Write accepts come back from Parse as they were given.
func FuzzParseWrite(f *testing.F) {
	f.Add(doc("Bombs exploded "+timex("t1", "DATE", "1998-08-07", "Friday")+", witnesses said."), 0, 5)
	f.Add(doc(`AT&amp;T &quot;`+timex("t1", "DATE", "PRESENT_REF", "now")+`&quot; &#233;t&eacute;`), 2, 1)
	f.Add(doc("a\r\nb\rc\r<EVENT>\n</EVENT>d &notin &amp &#x41 < &"), 1, 3)
	f.Add(doc(`<s><TIMEX3 tid="t1" type="DURATION" value="P2D">two <b>days</b> <TIMEX3 tid="t2" type="DATE" value="X">Thu</TIMEX3></TIMEX3></s>`), 4, 4)
	f.Add("<TEXT>&am<EVENT>p; <<SIGNAL>b>x</TEXT>", 0, 2)
	f.Add("<TEXT>é&NotEqualTilde;😀</TEXT>", 2, 3)
	f.Fuzz(func(t *testing.T, data string, start, length int) {
		d, err := timeml.Parse("f.tml", []byte(data))
		if err != nil {
			return
		}
		text := d.Text()
		for _, g := range d.Tags {
			if g.Start < 0 || g.Start > g.End || g.End > len(text) {
				t.Fatalf("gold tag %+v out of a text of %d bytes", g, len(text))
			}
		}
		// Write with no tags keeps the text and drops every TIMEX3.
		var b bytes.Buffer
		if err := d.Write(&b, nil); err != nil {
			t.Fatalf("Write(nil): %v", err)
		}
		d2 := reparse(t, d, b.Bytes(), data)
		if len(d2.Tags) != 0 {
			t.Errorf("Write(nil) output has tags %+v", d2.Tags)
		}
		// Gold tags, when Write takes them, come back unchanged.
		b.Reset()
		if err := d.Write(&b, d.Tags); err == nil {
			d2 := reparse(t, d, b.Bytes(), data)
			want := slices.Clone(d.Tags)
			for i := range want {
				if want[i].TID == "" && i < len(d2.Tags) {
					want[i].TID = d2.Tags[i].TID // assigned by Write
				}
			}
			if diff := cmp.Diff(want, d2.Tags); diff != "" {
				t.Errorf("tags after Write(gold) (-want +got):\n%s", diff)
			}
		}
		// So does a tag at any offsets Write accepts.
		tag := timeml.Tag{Start: start, End: start + length, Type: "DATE", Value: `v<&">`, Mod: "END"}
		b.Reset()
		if err := d.Write(&b, []timeml.Tag{tag}); err == nil {
			d2 := reparse(t, d, b.Bytes(), data)
			if len(d2.Tags) != 1 {
				t.Fatalf("tags after Write(%+v) = %+v; want one", tag, d2.Tags)
			}
			got := d2.Tags[0]
			tag.TID = got.TID
			if diff := cmp.Diff(tag, got); diff != "" || got.TID == "" {
				t.Errorf("tag after Write (-want +got):\n%s", diff)
			}
			// The tid Write chose is one it accepts.
			if err := d.Write(io.Discard, []timeml.Tag{tag}); err != nil {
				t.Errorf("Write(%+v) with the tid Write gave: %v", tag, err)
			}
		} else if b.Len() != 0 {
			t.Errorf("Write(%+v) failed (%v) but wrote %q", tag, err, b.String())
		}
	})
}

// reparse parses the output of d.Write and checks that it has d's text and
// that everything outside TEXT is as in the input data.
func reparse(t *testing.T, d *timeml.Document, out []byte, data string) *timeml.Document {
	t.Helper()
	d2, err := timeml.Parse("out.tml", out)
	if err != nil {
		t.Fatalf("Parse(Write output %q): %v", out, err)
	}
	if d2.Text() != d.Text() {
		t.Fatalf("text of Write output %q = %q; want %q", out, d2.Text(), d.Text())
	}
	i, j := strings.Index(data, "<TEXT>"), strings.LastIndex(data, "</TEXT>")
	s := string(out)
	i2, j2 := strings.Index(s, "<TEXT>"), strings.LastIndex(s, "</TEXT>")
	if data[:i] != s[:i2] || data[j:] != s[j2:] {
		t.Fatalf("Write output %q changed what is outside TEXT in %q", out, data)
	}
	return d2
}

func ExampleDocument_Write() {
	data := []byte(`<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1">exploded</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>
</TimeML>
`)
	d, err := timeml.Parse("example.tml", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %q %+v\n", d.DCT.Format(time.DateOnly), d.Text(), d.Tags)
	i := strings.Index(d.Text(), "Friday")
	if err := d.Write(os.Stdout, []timeml.Tag{{Start: i, End: i + len("Friday"), Type: "DATE", Value: "1998-08-07"}}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1998-08-07 "Bombs exploded on Friday." [{Start:18 End:24 TID:t1 Type:DATE Value:1998-08-07 Mod:}]
	// <TimeML>
	// <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
	// <TEXT>Bombs exploded on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>.</TEXT>
	// </TimeML>
}
