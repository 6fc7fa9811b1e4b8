package corpus

import (
	"strings"
	"testing"
)

func FuzzParseManifest(f *testing.F) {
	for _, s := range []string{
		"file,published\n000_62f247836c1428e8.txt,2016-12-10\n001_c3fb7415e5c467af.txt,2016-10-15\n",
		"\uFEFFfile,published,title,source,url\r\na.txt,2016-02-29,\"Kerry, Lavrov meet\",Reuters,https://example.com/a\r\n",
		"published,file\n2016-01-01,sub/a.md\n2016-01-02,./sub/../b.md\n",
		"file,published\na.txt,2016-13-45\na.txt,2016-01-01\n,2016-01-01\nb.txt\nc.txt,2016-01-01,x\n",
		"file,published\n\"a\nb.txt\",2016-01-01\n\"c.txt,2016-01-01\n",
		"file,published\n  \n\t,\nd.txt,\n",
		"file,date\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, errs, err := parseManifest("m.csv", data)
		if err != nil {
			if m != nil || errs != nil {
				t.Fatalf("parseManifest(%q) = %v, %v with error %v; want nil results", data, m, errs, err)
			}
			if !strings.HasPrefix(err.Error(), "m.csv:") {
				t.Fatalf("parseManifest(%q) error %q does not name the file", data, err)
			}
			return
		}
		for _, e := range errs {
			if e.File != "m.csv" || e.Line < 1 {
				t.Errorf("parseManifest(%q) row error %q lacks file or line", data, e)
			}
		}
		for key, r := range m.rows {
			if key == "" || r.file == "" || r.line < 2 {
				t.Errorf("parseManifest(%q) row %q = %+v; want a file and a line after the header", data, key, r)
			}
			if r.err != nil {
				continue
			}
			if r.published != "" {
				if _, err := ParseDate(r.published); err != nil {
					t.Errorf("parseManifest(%q) accepted row %d with %v", data, r.line, err)
				}
			}
		}
	})
}

func TestParseManifestKeys(t *testing.T) {
	m, errs, err := parseManifest("m.csv", []byte("file,published\n./sub/../a.txt,2016-01-01\nsub//b.txt,2016-01-02\n"))
	if err != nil || len(errs) > 0 {
		t.Fatalf("parseManifest: %v %v", errs, err)
	}
	for key, want := range map[string]string{"a.txt": "2016-01-01", "sub/b.txt": "2016-01-02"} {
		if r := m.rows[key]; r == nil || r.published != want {
			t.Errorf("rows[%q] = %+v; want published %s", key, r, want)
		}
	}
}
