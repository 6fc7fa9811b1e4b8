package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/extract/timeml"
)

// timemlDoc is a small TimeML document with gold annotations.
const timemlDoc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
NAIROBI, Kenya (AP) _

Suspected bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, killing dozens &amp; injuring hundreds, witnesses said. The embassy <SIGNAL sid="s1">had</SIGNAL> been warned <TIMEX3 tid="t2" type="DATE" value="1998-W31">last week</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`

// runTimeMLCmd runs "chronicle timeml args" and returns its exit status and
// output.
func runTimeMLCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = run(context.Background(), e, append([]string{"timeml"}, args...))
	return code, out.String(), errb.String()
}

// checkTagged checks that out is in the tagged version of the document in
// and has its text, unchanged outside TEXT and with valid tags.
func checkTagged(t *testing.T, in, out string) {
	t.Helper()
	want, err := timeml.Parse("in.tml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	got, err := timeml.Parse("out.tml", []byte(out))
	if err != nil {
		t.Fatalf("output does not parse: %v\n%s", err, out)
	}
	if got.Text() != want.Text() {
		t.Errorf("output text = %q; want %q", got.Text(), want.Text())
	}
	head, tail := in[:strings.Index(in, "<TEXT>")], in[strings.LastIndex(in, "</TEXT>"):]
	if !strings.HasPrefix(out, head) || !strings.HasSuffix(out, tail) {
		t.Errorf("output changed what is outside TEXT:\n%s", out)
	}
	if strings.Contains(out, "<EVENT") || strings.Contains(out, "<SIGNAL") {
		t.Errorf("output keeps EVENT or SIGNAL tags:\n%s", out)
	}
	for _, tag := range got.Tags {
		if tag.TID == "t0" || tag.Type == "" {
			t.Errorf("output tag %+v: want a tid other than t0 and a type", tag)
		}
	}
}

func TestTimeMLStdout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "APW19980807.0261.tml")
	if err := os.WriteFile(path, []byte(timemlDoc), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name  string
		stdin string
		args  []string
	}{
		{"file", "", []string{path}},
		{"dash", timemlDoc, []string{"-"}},
		{"no args", timemlDoc, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTimeMLCmd(t, tt.stdin, tt.args...)
			if code != 0 || stderr != "" {
				t.Fatalf("chronicle timeml %q = exit %d, stderr %q; want 0 and nothing", tt.args, code, stderr)
			}
			checkTagged(t, timemlDoc, stdout)
		})
	}
}

func TestTimeMLDir(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "new", "out")
	docs := map[string]string{
		"a.tml": timemlDoc,
		"b.tml": strings.Replace(timemlDoc, "Friday", "Thursday", 1),
		"c.tml": "<TimeML>\r\n<TEXT>\r\nNo dates here.\r\n</TEXT>\r\n</TimeML>\r\n",
	}
	var args []string
	for name, data := range docs {
		if err := os.WriteFile(filepath.Join(in, name), []byte(data), 0o666); err != nil {
			t.Fatal(err)
		}
		args = append(args, filepath.Join(in, name))
	}
	code, stdout, stderr := runTimeMLCmd(t, "", append([]string{"-o", out}, args...)...)
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("chronicle timeml -o = exit %d, stdout %q, stderr %q; want 0 and no output", code, stdout, stderr)
	}
	for name, data := range docs {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		checkTagged(t, data, string(got))
	}
}

func TestTimeMLPartial(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	good, broken, missing := filepath.Join(in, "good.tml"), filepath.Join(in, "broken.tml"), filepath.Join(in, "missing.tml")
	if err := os.WriteFile(good, []byte(timemlDoc), 0o666); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(broken, []byte("<TimeML>\n<TEXT>\nno end tag\n</TimeML>\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runTimeMLCmd(t, "", "-o", out, broken, good, missing)
	if code != 1 {
		t.Errorf("exit %d; want 1", code)
	}
	if stdout != "" {
		t.Errorf("stdout %q; want nothing", stdout)
	}
	want := broken + ": no <TEXT> element\n" +
		missing + ": no such file or directory\n" +
		"chronicle timeml: some inputs failed: 2 of 3 files\n"
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	got, err := os.ReadFile(filepath.Join(out, "good.tml"))
	if err != nil {
		t.Fatalf("good file not written: %v", err)
	}
	checkTagged(t, timemlDoc, string(got))
	if _, err := os.Stat(filepath.Join(out, "broken.tml")); err == nil {
		t.Errorf("broken file written")
	}
}

func TestTimeMLUsage(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"help", []string{"-h"}, 0, "usage: chronicle timeml [-o DIR] FILE.tml..."},
		{"bad flag", []string{"-x"}, 2, "chronicle timeml: usage error: flag provided but not defined: -x"},
		{"several files to stdout", []string{"a.tml", "b.tml"}, 2, "2 files need -o DIR"},
		{"stdin to a directory", []string{"-o", dir, "-"}, 2, "standard input cannot be written to -o DIR"},
		{"same base name", []string{"-o", dir, "x/a.tml", "y/a.tml"}, 2, "x/a.tml and y/a.tml would both be written to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runTimeMLCmd(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("chronicle timeml %q = exit %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.want)
			}
			if stdout != "" {
				t.Errorf("chronicle timeml %q wrote %q to stdout", tt.args, stdout)
			}
		})
	}
}
