package extract_test

import (
	"encoding/csv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chronicle-news/chronicle/extract"
)

// The fuzzer's publication date is a day number counted from fuzzEpoch and
// folded into fuzzSpan days, so any int64 gives a date between 1900 and 2099.
var fuzzEpoch = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

const fuzzSpan = 73049 // days from 1900-01-01 to 2099-12-31

// fuzzDay returns the publication date the fuzzer uses for day number n.
func fuzzDay(n int64) time.Time {
	n %= fuzzSpan
	if n < 0 {
		n += fuzzSpan
	}
	return fuzzEpoch.AddDate(0, 0, int(n))
}

// dayNumber is the inverse of fuzzDay for a YYYY-MM-DD date.
func dayNumber(tb testing.TB, s string) int64 {
	return int64(pubDate(tb, s).Sub(fuzzEpoch).Hours() / 24)
}

// articlesDir holds the sample articles and their manifest.
var articlesDir = filepath.Join("..", "testdata", "articles")

// articleFiles returns the sample articles' paths.
func articleFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no sample articles in %s: %v", articlesDir, err)
	}
	return files
}

// readManifest returns the sample articles' publication dates by file name.
func readManifest(tb testing.TB) map[string]string {
	tb.Helper()
	f, err := os.Open(filepath.Join(articlesDir, "manifest.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatalf("cannot read manifest: %v", err)
	}
	published := map[string]string{}
	for _, r := range recs {
		if len(r) >= 2 {
			published[r[0]] = r[1]
		}
	}
	return published
}

// articleSeeds returns the paragraphs of the sample articles with their
// publication dates from the manifest.
func articleSeeds(tb testing.TB) (paras []string, pubs []string) {
	tb.Helper()
	published := readManifest(tb)
	for _, file := range articleFiles(tb) {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		pub := published[filepath.Base(file)]
		for line := range strings.Lines(string(data)) {
			if line = strings.TrimSpace(line); line != "" {
				paras = append(paras, line)
				pubs = append(pubs, pub)
			}
		}
	}
	return paras, pubs
}

func FuzzTimexes(f *testing.F) {
	// Publication dates on the edges: year ends, ISO week 53, leap days,
	// month ends, weekends, and a few arbitrary days.
	edges := []string{
		"2016-10-15", "2016-10-16", "2016-12-31", "2017-01-01", "2021-01-01", "2015-12-31",
		"2016-01-03", "2016-01-31", "2016-02-29", "2000-02-29", "1999-12-31", "2019-12-30",
		"1900-01-01", "2099-12-31", "2014-01-13",
	}
	rng := rand.New(rand.NewPCG(2016, 1015))
	for range 5 {
		edges = append(edges, fuzzDay(rng.Int64N(fuzzSpan)).Format(time.DateOnly))
	}
	paras, pubs := articleSeeds(f)
	for i, p := range paras {
		pub := pubs[i]
		if pub == "" {
			pub = edges[i%len(edges)]
		}
		f.Add(p, dayNumber(f, pub))
		f.Add(p, dayNumber(f, edges[i%len(edges)]))
	}
	for _, table := range resolveTables {
		for i, tt := range table {
			pub := tt.pub
			if pub == "" {
				pub = edges[i%len(edges)]
			}
			f.Add(tt.in, dayNumber(f, pub))
		}
	}

	x := sharedExtractor()
	f.Fuzz(func(t *testing.T, text string, day int64) {
		pub := fuzzDay(day)
		checkTimexes(t, text, pub, x.Timexes(text, pub))

		// Without a publication date, relative expressions stay
		// underspecified: the resolver must not fall back on the clock.
		first := x.Timexes(text, time.Time{})
		checkTimexes(t, text, time.Time{}, first)
		for _, tx := range first {
			if relativeRule(tx) && !underspecified(tx.Value) {
				t.Errorf("Timexes(%q, zero pub): %s resolved without a publication date", text, tx)
			}
		}
		second := x.Timexes(text, time.Time{})
		if diff := cmp.Diff(first, second); diff != "" {
			t.Errorf("Timexes(%q, zero pub) not deterministic (-first +second):\n%s", text, diff)
		}
	})
}

// checkTimexes checks the invariants every result of Timexes(text, pub) holds.
func checkTimexes(t *testing.T, text string, pub time.Time, got []extract.Timex) {
	t.Helper()
	pubs := "zero"
	if !pub.IsZero() {
		pubs = pub.Format(time.DateOnly)
	}
	prevEnd := 0
	for i, tx := range got {
		if tx.Start < 0 || tx.Start >= tx.End || tx.End > len(text) {
			t.Errorf("Timexes(%q, %s)[%d] = %s at [%d, %d); want 0 <= start < end <= %d", text, pubs, i, tx, tx.Start, tx.End, len(text))
			continue
		}
		if s := text[tx.Start:tx.End]; s != tx.Text {
			t.Errorf("Timexes(%q, %s)[%d].Text = %q; want text[%d:%d] = %q", text, pubs, i, tx.Text, tx.Start, tx.End, s)
		}
		if utf8.ValidString(text) && !utf8.ValidString(tx.Text) {
			t.Errorf("Timexes(%q, %s)[%d].Text = %q splits a UTF-8 character", text, pubs, i, tx.Text)
		}
		if tx.Start < prevEnd {
			t.Errorf("Timexes(%q, %s)[%d] = %s starts at %d, before the previous expression ends at %d", text, pubs, i, tx, tx.Start, prevEnd)
		}
		prevEnd = tx.End
		if !strings.Contains(tx.Sentence, tx.Text) {
			t.Errorf("Timexes(%q, %s)[%d].Sentence = %q; want it to hold %q", text, pubs, i, tx.Sentence, tx.Text)
		}
		if msg := checkValue(tx.Type, tx.Value); msg != "" {
			t.Errorf("Timexes(%q, %s)[%d] = %s: %s value %q: %s", text, pubs, i, tx, tx.Type, tx.Value, msg)
		}
		if !validMods[tx.Mod] {
			t.Errorf("Timexes(%q, %s)[%d] = %s: unknown mod %q", text, pubs, i, tx, tx.Mod)
		}
		checkSpan(t, text, pubs, i, tx, pub)
	}
}

// checkSpan checks the calendar extent of tx: present only for dates and
// times, well-formed, ordered, and what ParseValue gives for the value.
func checkSpan(t *testing.T, text, pubs string, i int, tx extract.Timex, pub time.Time) {
	t.Helper()
	if tx.Type != extract.Date && tx.Type != extract.Time {
		if tx.Date != nil {
			t.Errorf("Timexes(%q, %s)[%d] = %s: %s has a date %+v; want none", text, pubs, i, tx, tx.Type, *tx.Date)
		}
		return
	}
	want, ok := extract.ParseValue(tx.Value, pub)
	if !ok {
		if tx.Date != nil {
			t.Errorf("Timexes(%q, %s)[%d] = %s: date %+v for a value ParseValue cannot place", text, pubs, i, tx, *tx.Date)
		}
		return
	}
	if tx.Date == nil {
		t.Errorf("Timexes(%q, %s)[%d] = %s: no date; want %+v", text, pubs, i, tx, want)
		return
	}
	if diff := cmp.Diff(want, *tx.Date); diff != "" {
		t.Errorf("Timexes(%q, %s)[%d] = %s: date differs from ParseValue (-want +got):\n%s", text, pubs, i, tx, diff)
	}
	d := tx.Date
	for _, s := range []string{d.Start, d.End} {
		if s == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			t.Errorf("Timexes(%q, %s)[%d] = %s: bad date bound %q: %v", text, pubs, i, tx, s, err)
		}
	}
	if d.Start == "" && d.End == "" || d.Start != "" && d.End != "" && d.Start > d.End {
		t.Errorf("Timexes(%q, %s)[%d] = %s: date [%q, %q]; want start <= end", text, pubs, i, tx, d.Start, d.End)
	}
}

var validMods = map[string]bool{
	"": true, "START": true, "MID": true, "END": true, "APPROX": true,
	"BEFORE": true, "AFTER": true, "ON_OR_BEFORE": true, "ON_OR_AFTER": true,
	"LESS_THAN": true, "MORE_THAN": true, "EQUAL_OR_LESS": true, "EQUAL_OR_MORE": true,
}

// relativeRule reports whether tx was resolved against the publication date
// alone, so that without one its value must stay underspecified.
func relativeRule(tx extract.Timex) bool {
	rule := strings.TrimSuffix(tx.Rule, "-mod")
	rule = strings.TrimSuffix(rule, "-part-of-day")
	switch rule {
	case "weekday", "today", "yesterday", "tomorrow", "month", "month-day":
		return true
	case "holiday", "holiday-week": // "Christmas", but not "Christmas 2016"
		return !strings.ContainsAny(tx.Text, "0123456789")
	}
	return strings.HasPrefix(rule, "relative-") || strings.HasPrefix(rule, "weekend")
}

// underspecified reports whether a value leaves its date unknown: a
// reference or a value whose year is X.
func underspecified(v string) bool {
	return strings.HasSuffix(v, "_REF") || strings.HasPrefix(v, "X")
}

// checkValue reports what is wrong with a TIMEX3 value of type typ, or "".
func checkValue(typ extract.Type, v string) string {
	switch typ {
	case extract.Date, extract.Time:
		return checkDateValue(v)
	case extract.Duration:
		return checkDurationValue(v)
	case extract.Set:
		// "every week" is P1W, "every Tuesday" XXXX-WXX-2
		if strings.HasPrefix(v, "P") {
			return checkDurationValue(v)
		}
		return checkDateValue(v)
	}
	return "unknown type"
}

// checkDateValue checks a DATE or TIME value against the TIMEX3 grammar:
// YYYY, YYY, YY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-D, YYYY-Www-WE,
// YYYY-Qn, YYYY-Hn, YYYY-SP/SU/FA/WI, with X for unknown digits, a time
// (THH, THH:MM, THH:MM:SS) or part of day (TMO, TAF, TEV, TNI, TDT) after a
// day, or PAST_REF, PRESENT_REF, FUTURE_REF.
func checkDateValue(v string) string {
	switch v {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return ""
	}
	date, clock, hasClock := strings.Cut(v, "T")
	if hasClock && date == "" {
		return "a time of day needs a date, such as XXXX-XX-XXT" + clock
	}
	parts := strings.Split(date, "-")
	year := parts[0]
	switch {
	case len(year) == 4:
	case len(year) == 2 || len(year) == 3:
		if len(parts) > 1 {
			return "a decade or century takes no month, week or day"
		}
	default:
		return "want a year of 2, 3 or 4 digits"
	}
	if !digitsOrX(year) {
		return "year is not digits or X"
	}
	dayLevel := false
	switch len(parts) {
	case 1:
	case 2:
		p := parts[1]
		switch {
		case len(p) == 2 && (p == "XX" || inRange(p, 1, 12)):
		case len(p) == 3 && p[0] == 'W' && (p[1:] == "XX" || inRange(p[1:], 1, 53)):
		case len(p) == 2 && p[0] == 'Q' && (p[1] == 'X' || '1' <= p[1] && p[1] <= '4'):
		case len(p) == 2 && p[0] == 'H' && (p[1] == 'X' || p[1] == '1' || p[1] == '2'):
		case p == "SP" || p == "SU" || p == "FA" || p == "WI":
		default:
			return "bad month, week, quarter, half or season " + p
		}
	case 3:
		p, q := parts[1], parts[2]
		switch {
		case len(p) == 2 && (p == "XX" || inRange(p, 1, 12)):
			if len(q) != 2 || !(q == "XX" || inRange(q, 1, 31)) {
				return "bad day " + q
			}
			dayLevel = true
		case len(p) == 3 && p[0] == 'W' && (p[1:] == "XX" || inRange(p[1:], 1, 53)):
			switch {
			case q == "WE":
			case len(q) == 1 && (q == "X" || '1' <= q[0] && q[0] <= '7'):
				dayLevel = true
			default:
				return "bad weekday " + q
			}
		default:
			return "bad month or week " + p
		}
	default:
		return "too many parts"
	}
	if !hasClock {
		return ""
	}
	if !dayLevel {
		return "a time of day needs a day"
	}
	switch clock {
	case "MO", "AF", "EV", "NI", "DT":
		return ""
	}
	hms := strings.Split(clock, ":")
	if len(hms) > 3 {
		return "bad time " + clock
	}
	for i, f := range hms {
		hi := 59
		if i == 0 {
			hi = 24
		}
		if len(f) != 2 || !(f == "XX" || inRange(f, 0, hi)) {
			return "bad time " + clock
		}
	}
	return ""
}

// checkDurationValue checks a DURATION value: P, then amounts (digits, a
// decimal point, or X) each followed by a unit letter, with time units after T.
func checkDurationValue(v string) string {
	rest, ok := strings.CutPrefix(v, "P")
	if !ok || rest == "" {
		return "want P and at least one amount"
	}
	date, clock, hasClock := strings.Cut(rest, "T")
	if msg := checkAmounts(date, []string{"WE", "DE", "CE", "Y", "Q", "M", "W", "D"}); msg != "" {
		return msg
	}
	if hasClock {
		if clock == "" {
			return "empty time part"
		}
		return checkAmounts(clock, []string{"H", "M", "S"})
	}
	if date == "" {
		return "no amount"
	}
	return ""
}

// checkAmounts checks a run of amounts, each digits (with at most one
// decimal point) or X, followed by one of units.
func checkAmounts(s string, units []string) string {
	for s != "" {
		n := 0
		for n < len(s) && ('0' <= s[n] && s[n] <= '9' || s[n] == '.') {
			n++
		}
		switch {
		case n > 0:
			if strings.Count(s[:n], ".") > 1 || s[0] == '.' || s[n-1] == '.' {
				return "bad amount " + s[:n]
			}
		case strings.HasPrefix(s, "X"):
			n = 1
		default:
			return "want an amount at " + s
		}
		s = s[n:]
		found := false
		for _, u := range units {
			if strings.HasPrefix(s, u) {
				s, found = s[len(u):], true
				break
			}
		}
		if !found {
			return "want a unit at " + s
		}
	}
	return ""
}

// digitsOrX reports whether s is ASCII digits and X only.
func digitsOrX(s string) bool {
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != 'X' {
			return false
		}
	}
	return s != ""
}

// inRange reports whether s is all digits with a value in [lo, hi].
func inRange(s string, lo, hi int) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return s != "" && lo <= n && n <= hi
}

func TestCheckValue(t *testing.T) {
	tests := []struct {
		typ  extract.Type
		v    string
		want bool // well-formed
	}{
		{extract.Date, "2016-10-14", true},
		{extract.Date, "2016-W41", true},
		{extract.Date, "2014-W02-WE", true},
		{extract.Date, "XXXX-WXX-6", true},
		{extract.Date, "2016-Q3", true},
		{extract.Date, "2016-H2", true},
		{extract.Date, "2016-SU", true},
		{extract.Date, "199", true},
		{extract.Date, "20", true},
		{extract.Date, "XXXX-08", true},
		{extract.Date, "PAST_REF", true},
		{extract.Time, "2016-12-09TNI", true},
		{extract.Time, "XXXX-WXX-4TNI", true},
		{extract.Time, "2016-12-09T17:00", true},
		{extract.Date, "2016-13", false},
		{extract.Date, "2016-W54", false},
		{extract.Date, "2016-10-32", false},
		{extract.Date, "2016-10TNI", false},
		{extract.Date, "16", true},
		{extract.Date, "1", false},
		{extract.Date, "PAST", false},
		{extract.Time, "TMO", false},
		{extract.Duration, "PT72H", true},
		{extract.Duration, "P5Y", true},
		{extract.Duration, "PXD", true},
		{extract.Duration, "P1.5Y", true},
		{extract.Duration, "P4Y6M", true},
		{extract.Duration, "PT1H30M", true},
		{extract.Duration, "P", false},
		{extract.Duration, "PT", false},
		{extract.Duration, "P5", false},
		{extract.Duration, "5Y", false},
		{extract.Duration, "P5H", false},
		{extract.Set, "P1W", true},
		{extract.Set, "XXXX-WXX-2", true},
		{extract.Set, "TMO", false},
	}
	for _, tt := range tests {
		msg := checkValue(tt.typ, tt.v)
		if got := msg == ""; got != tt.want {
			t.Errorf("checkValue(%s, %q) = %q; want well-formed %v", tt.typ, tt.v, msg, tt.want)
		}
	}
}
