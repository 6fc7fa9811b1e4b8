package main

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"maps"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The inputs of the browser test: the samples, and an article whose title,
// source, URL, ID and sentences carry markup and script.
const (
	browserArticles = "../../testdata/articles"
	browserHostile  = "../../testdata/inputs/hostile"
)

// hostileText are fragments of the hostile article's sentences that report
// events. The page must show each as text, and run none of them.
var hostileText = []string{
	`<script>window.__pwned=1</script>`,
	`"><img src=x onerror="window.__pwned=2">`,
	`</details></article><script>window.__pwned=6</script>`,
	`<a href="javascript:window.__pwned=7">read more</a>`,
}

// browserTimeout bounds a whole run of the page checks, browser start included.
const browserTimeout = 60 * time.Second

// TestBrowserPage builds the timeline page and the JSON timeline of the
// samples and the hostile article, opens the page in headless Chromium and
// checks it against the page's DOM contract: no console errors, no network,
// one element per event, working filters, hostile text shown and never run,
// no horizontal scroll on a phone, keyboard access. It writes a desktop and
// a phone screenshot for review: into testdata/page with -update, else into
// $CHRONICLE_SCREENSHOTS or a temporary directory.
//
// Without Chromium the test is skipped, unless CHRONICLE_BROWSER_TEST=1
// (as in CI), when it fails.
func TestBrowserPage(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "timeline.html")
	jsonFile := filepath.Join(dir, "timeline.json")
	for _, out := range []struct{ format, file string }{{"html", page}, {"json", jsonFile}} {
		code, _, stderr := runCmd(t, "", "build", "--format", out.format, "-o", out.file, browserArticles, browserHostile)
		if code != 0 {
			t.Fatalf("chronicle build --format %s = exit %d; want 0\n%s", out.format, code, stderr)
		}
	}
	tl := readPageTimeline(t, jsonFile)

	shots := os.Getenv("CHRONICLE_SCREENSHOTS")
	switch {
	case *update:
		shots = "../../testdata/page"
	case shots == "":
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	c := &pageCheck{exe: exe, file: page, tl: tl, shots: shots, errorf: t.Errorf, logf: t.Logf}
	start := time.Now()
	if err := c.run(); err != nil {
		t.Fatal(err)
	}
	t.Logf("browser checks took %v", time.Since(start).Round(time.Millisecond))
}

// TestBrowserChecks runs the page checks on two pages written here from the
// JSON timeline: one that keeps the DOM contract, which must pass, and one
// that breaks it in several ways, each of which must be reported. It shows
// that the checks of TestBrowserPage can fail, and that a failure there is
// the page's.
func TestBrowserChecks(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	jsonFile := filepath.Join(dir, "timeline.json")
	code, _, stderr := runCmd(t, "", "build", "--format", "json", "-o", jsonFile, browserArticles, browserHostile)
	if code != 0 {
		t.Fatalf("chronicle build = exit %d; want 0\n%s", code, stderr)
	}
	tl := readPageTimeline(t, jsonFile)

	t.Run("conforming", func(t *testing.T) {
		page := writeFakePage(t, t.TempDir(), tl, false)
		c := &pageCheck{exe: exe, file: page, tl: tl, errorf: t.Errorf, logf: t.Logf}
		if err := c.run(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("broken", func(t *testing.T) {
		page := writeFakePage(t, t.TempDir(), tl, true)
		var errs []string
		errorf := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
		c := &pageCheck{exe: exe, file: page, tl: tl, errorf: errorf, logf: t.Logf}
		if err := c.run(); err != nil {
			t.Fatal(err)
		}
		all := strings.Join(errs, "\n")
		for _, want := range []string{
			"no Content-Security-Policy meta tag",
			"console error: broken page",
			"network request to file://",
			"window.__pwned",
			"javascript: link",
			"lacks the hidden attribute",
			"#filter-count",
			"still drawn",
			"no <meta name=\"viewport\"",
			"on a 375 px phone at load the page is 9",
		} {
			if !strings.Contains(all, want) {
				t.Errorf("the checks of a broken page report no %q; they report:\n%s", want, all)
			}
		}
	})
}

// chromium returns the Chromium binary to test with: $CHROME_PATH,
// /usr/bin/chromium or chromium in $PATH. Without one it skips the test, or
// fails it when CHRONICLE_BROWSER_TEST=1.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CHROME_PATH"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			t.Fatalf("CHROME_PATH: %v", err)
		}
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "chromium not installed; apt-get install chromium, or set CHROME_PATH"
	if os.Getenv("CHRONICLE_BROWSER_TEST") == "1" {
		t.Fatal(msg + " (CHRONICLE_BROWSER_TEST=1 makes this a failure)")
	}
	t.Skip(msg)
	return ""
}

// pageTimeline is the part of the JSON timeline that the page checks use.
type pageTimeline struct {
	Articles []struct {
		ID     string `json:"id"`
		Title  string `json:"title"`
		Source string `json:"source"`
		URL    string `json:"url"`
	} `json:"articles"`
	Events  []pageEvent `json:"events"`  // dated events
	Undated []pageEvent `json:"undated"` // undated events
}

// pageEvent is an event of the JSON timeline, as the page checks see it.
type pageEvent struct {
	ID           string        `json:"id"`
	Type         string        `json:"type"`
	Status       string        `json:"status"`
	Headline     string        `json:"headline"`
	Participants []string      `json:"participants"`
	Mentions     []pageMention `json:"mentions"`

	raw     string // the event's JSON, lower-case
	undated bool   // whether it is one of the undated events
}

// pageMention is a report of an event in the JSON timeline.
type pageMention struct {
	Article  string `json:"article"`  // ID of the article
	Sentence string `json:"sentence"` // the sentence reporting the event
	Time     struct {
		Text string `json:"text"` // the time expression, as written
	} `json:"time"`
}

// all returns the dated events, then the undated ones.
func (tl *pageTimeline) all() []*pageEvent {
	var all []*pageEvent
	for i := range tl.Events {
		all = append(all, &tl.Events[i])
	}
	for i := range tl.Undated {
		all = append(all, &tl.Undated[i])
	}
	return all
}

// readPageTimeline reads the JSON timeline in file, and checks that the
// hostile article's payloads are in sentences that report events.
func readPageTimeline(t *testing.T, file string) *pageTimeline {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var (
		tl  pageTimeline
		raw struct {
			Events  []json.RawMessage `json:"events"`
			Undated []json.RawMessage `json:"undated"`
		}
	)
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	for i := range tl.Events {
		tl.Events[i].raw = strings.ToLower(string(raw.Events[i]))
	}
	for i := range tl.Undated {
		tl.Undated[i].raw = strings.ToLower(string(raw.Undated[i]))
		tl.Undated[i].undated = true
	}
	all := tl.all()
	for _, s := range hostileText {
		if !slices.ContainsFunc(all, func(e *pageEvent) bool {
			return slices.ContainsFunc(e.Mentions, func(m pageMention) bool { return strings.Contains(m.Sentence, s) })
		}) {
			t.Fatalf("no event's evidence has %q: the hostile fixture in %s no longer tests the page", s, browserHostile)
		}
	}
	return &tl
}

// pageCheck is one run of the page checks: it opens a timeline page in
// Chromium and compares it with the JSON timeline built from the same inputs.
type pageCheck struct {
	exe    string                           // Chromium binary
	file   string                           // the page
	tl     *pageTimeline                    // the JSON timeline of the same inputs
	shots  string                           // directory for desktop.png and phone.png; empty for none
	errorf func(format string, args ...any) // reports a way in which the page breaks its contract
	logf   func(format string, args ...any) // logs progress

	pageURL string // file:// URL of the page

	mu       sync.Mutex // guards console and requests
	console  []string   // console errors, exceptions and error log entries
	requests []string   // URLs of requests other than the page and data: URLs
}

// run runs the checks, reporting the page's failures with errorf. It
// returns an error when the checks cannot be run.
func (c *pageCheck) run() error {
	abs, err := filepath.Abs(c.file)
	if err != nil {
		return err
	}
	c.pageURL = (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()

	ctx, cancel := context.WithTimeout(context.Background(), browserTimeout)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(c.exe),
		chromedp.NoSandbox, // CI runs as root
		chromedp.WindowSize(1280, 800),
	)
	actx, cancel := chromedp.NewExecAllocator(ctx, opts...)
	defer cancel()
	ctx, cancel = chromedp.NewContext(actx, chromedp.WithListener(c.listen))
	defer cancel()

	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 800),
		chromedp.Navigate(c.pageURL),
		chromedp.Sleep(300*time.Millisecond), // for late errors, such as a broken image's
	); err != nil {
		return fmt.Errorf("cannot open %s in %s: %w", c.pageURL, c.exe, err)
	}
	steps := []struct {
		name string
		f    func(context.Context) error
	}{
		{"contract", c.checkContract},
		{"screenshots", c.screenshots},
		{"keyboard", c.checkKeyboard},
		{"filters", c.checkFilters},
		{"hostile", c.checkHostile},
		{"phone width, all open", func(ctx context.Context) error { return c.checkPhone(ctx, "") }},
	}
	for _, s := range steps {
		if err := s.f(ctx); err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	for _, m := range c.console {
		c.errorf("console error: %s", m)
	}
	for _, u := range c.requests {
		c.errorf("network request to %s; the page may load nothing but itself", u)
	}
	return nil
}

// listen records console errors, exceptions, error log entries and
// requests. It runs in chromedp's event loop, so it only records.
func (c *pageCheck) listen(ev any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError {
			var args []string
			for _, a := range ev.Args {
				if len(a.Value) > 0 {
					var s string
					if json.Unmarshal(a.Value, &s) == nil {
						args = append(args, s)
						continue
					}
					args = append(args, string(a.Value))
				} else {
					args = append(args, a.Description)
				}
			}
			c.console = append(c.console, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
		c.console = append(c.console, fmt.Sprintf("exception at %s:%d:%d: %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, msg))
	case *log.EventEntryAdded:
		if e := ev.Entry; e.Level == log.EntryLevelError {
			c.console = append(c.console, fmt.Sprintf("%s (%s log, %s)", e.Text, e.Source, e.URL))
		}
	case *network.EventRequestWillBeSent:
		u := ev.Request.URL
		if u != c.pageURL && !strings.HasPrefix(u, "data:") {
			c.requests = append(c.requests, u)
		}
	}
}

// eval evaluates the JavaScript expression js in the page into a T.
func eval[T any](ctx context.Context, js string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](js))
}

// contractJS reads what the contract fixes of the page.
const contractJS = `(() => {
	const q = s => document.querySelector(s);
	const boxes = name => [...document.querySelectorAll('form#filters input[type=checkbox][name=' + name + ']')]
		.map(i => ({value: i.value, checked: i.checked}));
	const sel = q('form#filters select#filter-participant');
	return {
		csp: [...document.querySelectorAll('meta[http-equiv]')]
			.filter(m => m.httpEquiv.toLowerCase() === 'content-security-policy').map(m => m.content),
		main: !!q('main#timeline'),
		undatedSection: !!q('main#timeline section#undated'),
		events: [...document.querySelectorAll('[data-event-id]')].map(e => ({
			eventID: e.dataset.eventId, id: e.id, tag: e.localName, event: e.classList.contains('event'),
			type: e.dataset.type ?? null, status: e.dataset.status ?? null, participants: e.dataset.participants ?? null,
			inMain: !!e.closest('main#timeline'), undated: !!e.closest('section#undated'),
			evidence: e.querySelectorAll('details.evidence').length,
			timex: e.querySelectorAll('details.evidence mark.timex').length,
		})),
		filters: !!q('form#filters'),
		types: boxes('type'),
		statuses: boxes('status'),
		participants: sel ? [...sel.options].map(o => o.value) : null,
		search: !!q('form#filters input[type=search]#filter-search'),
		count: q('p#filter-count') ? q('p#filter-count').textContent : null,
	};
})()`

// box is a filter checkbox.
type box struct {
	Value   string `json:"value"`
	Checked bool   `json:"checked"`
}

// domEvent is an element of the page with a data-event-id.
type domEvent struct {
	EventID      string  `json:"eventID"`      // data-event-id
	ID           string  `json:"id"`           // id
	Tag          string  `json:"tag"`          // element name, such as article
	Event        bool    `json:"event"`        // whether it has the class event
	Type         *string `json:"type"`         // data-type, nil when missing
	Status       *string `json:"status"`       // data-status, nil when missing
	Participants *string `json:"participants"` // data-participants, nil when missing
	InMain       bool    `json:"inMain"`       // whether it is inside main#timeline
	Undated      bool    `json:"undated"`      // whether it is inside section#undated
	Evidence     int     `json:"evidence"`     // number of details.evidence in it
	Timex        int     `json:"timex"`        // number of mark.timex in its evidence
}

// checkContract checks the elements, attributes and filter controls of the
// page against the JSON timeline, and its Content-Security-Policy.
func (c *pageCheck) checkContract(ctx context.Context) error {
	p, err := eval[struct {
		CSP            []string   `json:"csp"`
		Main           bool       `json:"main"`
		UndatedSection bool       `json:"undatedSection"`
		Events         []domEvent `json:"events"`
		Filters        bool       `json:"filters"`
		Types          []box      `json:"types"`
		Statuses       []box      `json:"statuses"`
		Participants   []string   `json:"participants"`
		Search         bool       `json:"search"`
		Count          *string    `json:"count"`
	}](ctx, contractJS)
	if err != nil {
		return err
	}
	c.logf("Content-Security-Policy: %q", p.CSP)
	c.checkCSP(p.CSP)
	if !p.Main {
		c.errorf("no <main id=\"timeline\">")
	}
	all := c.tl.all()
	if !p.UndatedSection && len(c.tl.Undated) > 0 {
		c.errorf("no <section id=\"undated\"> in main#timeline, though the timeline has %d undated events", len(c.tl.Undated))
	}
	if got, want := len(p.Events), len(all); got != want {
		c.errorf("%d [data-event-id] elements; want %d (%d events + %d undated)", got, want, len(c.tl.Events), len(c.tl.Undated))
	}
	byID := map[string]domEvent{}
	for _, d := range p.Events {
		if _, dup := byID[d.EventID]; dup {
			c.errorf("two elements have data-event-id=%q", d.EventID)
		}
		byID[d.EventID] = d
	}
	known := map[string]bool{}
	for _, e := range all {
		known[e.ID] = true
		d, ok := byID[e.ID]
		if !ok {
			c.errorf("event %s has no element with data-event-id=%q", e.ID, e.ID)
			continue
		}
		str := func(p *string) string {
			if p == nil {
				return "(none)"
			}
			return fmt.Sprintf("%q", *p)
		}
		if d.Tag != "article" || !d.Event || d.ID != e.ID {
			c.errorf("event %s: element <%s id=%q> (class event: %v); want <article class=\"event\" id=%q>", e.ID, d.Tag, d.ID, d.Event, e.ID)
		}
		if want := fmt.Sprintf("%q", e.Type); str(d.Type) != want {
			c.errorf("event %s: data-type = %s; want %s", e.ID, str(d.Type), want)
		}
		if want := fmt.Sprintf("%q", e.Status); str(d.Status) != want {
			c.errorf("event %s: data-status = %s; want %s", e.ID, str(d.Status), want)
		}
		if want := fmt.Sprintf("%q", strings.Join(e.Participants, "|")); str(d.Participants) != want {
			c.errorf("event %s: data-participants = %s; want %s", e.ID, str(d.Participants), want)
		}
		if !d.InMain {
			c.errorf("event %s is not inside main#timeline", e.ID)
		}
		if d.Undated != e.undated {
			c.errorf("event %s: inside section#undated: %v; want %v", e.ID, d.Undated, e.undated)
		}
		if d.Evidence != 1 {
			c.errorf("event %s has %d details.evidence; want 1", e.ID, d.Evidence)
		}
		timed := slices.ContainsFunc(e.Mentions, func(m pageMention) bool {
			return m.Time.Text != "" && strings.Contains(m.Sentence, m.Time.Text)
		})
		if timed && d.Timex == 0 {
			c.errorf("event %s: no mark.timex in its evidence, though a sentence has its time expression", e.ID)
		}
	}
	for _, d := range p.Events {
		if !known[d.EventID] {
			c.errorf("element with data-event-id=%q is no event of the timeline", d.EventID)
		}
	}

	if !p.Filters {
		c.errorf("no <form id=\"filters\">")
	}
	c.checkBoxes("type", p.Types, all, func(e *pageEvent) string { return e.Type })
	c.checkBoxes("status", p.Statuses, all, func(e *pageEvent) string { return e.Status })
	switch {
	case p.Participants == nil:
		c.errorf("no select#filter-participant in form#filters")
	case len(p.Participants) == 0 || p.Participants[0] != "":
		c.errorf("select#filter-participant: first option is not \"\" (everyone): %q", p.Participants)
	default:
		for _, e := range all {
			for _, who := range e.Participants {
				if !slices.Contains(p.Participants, who) {
					c.errorf("select#filter-participant has no option %q (a participant of %s)", who, e.ID)
				}
			}
		}
	}
	if !p.Search {
		c.errorf("no input[type=search]#filter-search in form#filters")
	}
	if p.Count == nil {
		c.errorf("no p#filter-count")
	} else if got := spaces.ReplaceAllString(strings.TrimSpace(*p.Count), " "); got != "" {
		if want := fmt.Sprintf("Showing %d of %d events", len(all), len(all)); got != want {
			c.errorf("#filter-count at load = %q; want %q", got, want)
		}
	}
	return nil
}

// checkCSP checks that the page has a Content-Security-Policy meta tag
// that keeps injected inline script from running.
func (c *pageCheck) checkCSP(policies []string) {
	if len(policies) == 0 {
		c.errorf("no Content-Security-Policy meta tag")
		return
	}
	for _, policy := range policies {
		dirs := map[string][]string{}
		for d := range strings.SplitSeq(policy, ";") {
			if f := strings.Fields(strings.ToLower(d)); len(f) > 0 {
				dirs[f[0]] = f[1:]
			}
		}
		src, ok := dirs["script-src"]
		if !ok {
			src, ok = dirs["default-src"]
		}
		if !ok {
			c.errorf("Content-Security-Policy %q has neither script-src nor default-src, so it lets any script run", policy)
			continue
		}
		inline := slices.Contains(src, "'unsafe-inline'") && !slices.ContainsFunc(src, func(s string) bool {
			return strings.HasPrefix(s, "'nonce-") || strings.HasPrefix(s, "'sha")
		})
		if inline || slices.Contains(src, "*") || slices.Contains(src, "'unsafe-eval'") {
			c.errorf("Content-Security-Policy %q lets injected script run", policy)
		}
	}
}

// checkBoxes checks that the checkboxes of a filter have a value for every
// value of field in the timeline, all checked at load.
func (c *pageCheck) checkBoxes(name string, boxes []box, all []*pageEvent, field func(*pageEvent) string) {
	for _, e := range all {
		v := field(e)
		i := slices.IndexFunc(boxes, func(b box) bool { return b.Value == v })
		if i < 0 {
			c.errorf("form#filters has no input[type=checkbox][name=%s][value=%q] (%s of %s)", name, v, name, e.ID)
			boxes = append(boxes, box{Value: v, Checked: true}) // once
		} else if !boxes[i].Checked {
			c.errorf("the %s checkbox %q is not checked at load", name, v)
			boxes[i].Checked = true
		}
	}
}

// screenshots writes desktop.png, the whole page 1280 pixels wide, and
// phone.png, the first screen 375 pixels wide, and checks that a phone
// needs no horizontal scroll.
func (c *pageCheck) screenshots(ctx context.Context) error {
	if c.shots != "" {
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return err
		}
		file := filepath.Join(c.shots, "desktop.png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			return err
		}
		c.logf("wrote %s", file)
	}
	return c.checkPhone(ctx, "phone.png")
}

// checkPhone shows the page 375 pixels wide, as a phone does, checks that
// it needs no horizontal scroll, writes a screenshot of the first screen
// into shot unless shot or c.shots is empty, and returns to the desktop.
func (c *pageCheck) checkPhone(ctx context.Context, shot string) error {
	if err := chromedp.Do(ctx,
		chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile, chromedp.EmulateScale(2)),
		chromedp.Sleep(100*time.Millisecond),
	); err != nil {
		return err
	}
	w, err := eval[struct {
		Viewport string `json:"viewport"`
		Width    int    `json:"width"`
		Widest   string `json:"widest"`
	}](ctx, `(() => {
		const de = document.documentElement, m = document.querySelector('meta[name=viewport]');
		let widest = '';
		for (const e of document.body.querySelectorAll('*')) {
			const r = e.getBoundingClientRect();
			if (r.right > 376) {
				widest = '<' + e.localName + (e.id ? ' id=' + e.id : '') + (e.className ? ' class=' + e.className : '') + '> ends at ' + Math.round(r.right) + ' px';
				break;
			}
		}
		return {viewport: m ? m.content : '', width: Math.max(de.scrollWidth, window.innerWidth), widest};
	})()`)
	if err != nil {
		return err
	}
	if !strings.Contains(strings.ReplaceAll(w.Viewport, " ", ""), "width=device-width") {
		c.errorf("no <meta name=\"viewport\" content=\"width=device-width\">, so a phone lays the page out as a desktop")
	}
	// A phone widens its layout viewport to the content, so innerWidth grows
	// with scrollWidth; compare both with the screen.
	state := "at load"
	if shot == "" {
		state = "with every details open"
	}
	if w.Width > 375 {
		if w.Widest == "" {
			w.Widest = "none; the layout viewport is"
		}
		c.errorf("on a 375 px phone %s the page is %d px wide: a horizontal scroll or a zoomed-out page (first element past the edge: %s)", state, w.Width, w.Widest)
	}
	if shot != "" && c.shots != "" {
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			return err
		}
		file := filepath.Join(c.shots, shot)
		if err := os.WriteFile(file, png, 0o644); err != nil {
			return err
		}
		c.logf("wrote %s", file)
	}
	return chromedp.Do(ctx, chromedp.EmulateViewport(1280, 800))
}

// checkKeyboard checks that Tab from the top of the page reaches the first
// filter control, and that Enter on an evidence summary opens it.
func (c *pageCheck) checkKeyboard(ctx context.Context) error {
	if _, err := eval[chromedp.Void](ctx, `document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0)`); err != nil {
		return err
	}
	const first = `document.querySelector('form#filters').querySelector('input, select, textarea, button')`
	reached := false
	for range 10 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			return err
		}
		ok, err := eval[bool](ctx, `!!document.querySelector('form#filters') && document.activeElement === `+first)
		if err != nil {
			return err
		}
		if ok {
			reached = true
			break
		}
	}
	if !reached {
		c.errorf("10 presses of Tab do not reach the first control of form#filters")
	}

	closed, err := eval[bool](ctx, `(() => {
		const s = document.querySelector('details.evidence > summary');
		if (!s) return false;
		s.parentElement.open = false;
		s.focus();
		return document.activeElement === s;
	})()`)
	if err != nil {
		return err
	}
	if !closed {
		c.errorf("no focusable details.evidence > summary")
		return nil
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		return err
	}
	opened, err := eval[bool](ctx, `document.querySelector('details.evidence > summary').parentElement.open`)
	if err != nil {
		return err
	}
	if !opened {
		c.errorf("Enter on the first evidence summary does not open its details")
	}
	_, err = eval[chromedp.Void](ctx, `document.querySelector('details.evidence').open = false, document.activeElement.blur()`)
	return err
}

// checkFilters unchecks a type, then a status, and checks again, chooses a
// participant and back, searches for a word of one headline and clears the
// search, checking after each step which events are hidden and what
// #filter-count says.
func (c *pageCheck) checkFilters(ctx context.Context) error {
	all := c.tl.all()
	everyone := func(*pageEvent) bool { return true }
	for _, f := range []struct {
		name  string
		field func(*pageEvent) string
	}{
		{"type", func(e *pageEvent) string { return e.Type }},
		{"status", func(e *pageEvent) string { return e.Status }},
	} {
		v, ok := partial(all, func(e *pageEvent) []string { return []string{f.field(e)} })
		if !ok {
			c.logf("every event has the same %s; not filtering by it", f.name)
			continue
		}
		c.logf("filter: unchecking %s %q", f.name, v)
		sel := chromedp.CSS(fmt.Sprintf(`form#filters input[type=checkbox][name=%s][value=%q]`, f.name, v))
		if err := chromedp.Do(ctx, chromedp.Click(sel)); err != nil {
			c.errorf("cannot click the %s checkbox %q: %v", f.name, v, err)
			continue
		}
		step := fmt.Sprintf("after unchecking %s %q", f.name, v)
		if err := c.expect(ctx, step, func(e *pageEvent) bool { return f.field(e) != v }); err != nil {
			return err
		}
		if err := chromedp.Do(ctx, chromedp.Click(sel)); err != nil {
			return err
		}
		if err := c.expect(ctx, fmt.Sprintf("after checking %s %q again", f.name, v), everyone); err != nil {
			return err
		}
	}

	if who, ok := partial(all, func(e *pageEvent) []string { return e.Participants }); ok {
		set := func(v string) error {
			_, err := eval[chromedp.Void](ctx, fmt.Sprintf(`(() => {
				const s = document.querySelector('select#filter-participant');
				s.value = %q;
				s.dispatchEvent(new Event('input', {bubbles: true}));
				s.dispatchEvent(new Event('change', {bubbles: true}));
			})()`, v))
			return err
		}
		c.logf("filter: choosing participant %q", who)
		if err := set(who); err != nil {
			c.errorf("cannot choose %q in select#filter-participant: %v", who, err)
		} else {
			if err := c.expect(ctx, fmt.Sprintf("after choosing participant %q", who), func(e *pageEvent) bool {
				return slices.Contains(e.Participants, who)
			}); err != nil {
				return err
			}
			if err := set(""); err != nil {
				return err
			}
			if err := c.expect(ctx, "after choosing everyone again", everyone); err != nil {
				return err
			}
		}
	}

	word, e, ok := c.searchWord()
	if !ok {
		c.errorf("no headline has a word that no other event has; cannot check the search (test data changed?)")
		return nil
	}
	c.logf("filter: searching for %q, a word of the headline of %s alone", word, e.ID)
	search := chromedp.CSS("form#filters input#filter-search")
	if err := chromedp.Do(ctx, chromedp.SendKeys(search, word)); err != nil {
		c.errorf("cannot type into #filter-search: %v", err)
		return nil
	}
	if err := c.expect(ctx, fmt.Sprintf("after searching for %q (from the headline %q)", word, e.Headline), func(x *pageEvent) bool { return x == e }); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(strings.Repeat(kb.Backspace, len(word)))); err != nil {
		return err
	}
	return c.expect(ctx, "after clearing the search", everyone)
}

// partial returns the first value, in order, of values(e) for some but not
// all events.
func partial(all []*pageEvent, values func(*pageEvent) []string) (string, bool) {
	n := map[string]int{}
	for _, e := range all {
		for _, v := range slices.Compact(slices.Sorted(slices.Values(values(e)))) {
			n[v]++
		}
	}
	for _, v := range slices.Sorted(maps.Keys(n)) {
		if n[v] < len(all) {
			return v, true
		}
	}
	return "", false
}

var wordRE = regexp.MustCompile(`\pL{5,}`)

// searchWord returns a word of an event's headline that no other event has
// anywhere, nor the articles it cites, so that a search for it must show
// that event alone, whichever of its fields the page searches.
func (c *pageCheck) searchWord() (string, *pageEvent, bool) {
	all := c.tl.all()
	titles := map[string]string{}
	for _, a := range c.tl.Articles {
		titles[a.ID] = strings.ToLower(a.Title + " " + a.Source + " " + a.URL)
	}
	hay := make([]string, len(all))
	for i, e := range all {
		hay[i] = e.raw
		for _, m := range e.Mentions {
			hay[i] += " " + titles[m.Article]
		}
	}
	for i, e := range all {
		for _, w := range wordRE.FindAllString(e.Headline, -1) {
			lw := strings.ToLower(w)
			unique := true
			for j := range all {
				if j != i && strings.Contains(hay[j], lw) {
					unique = false
					break
				}
			}
			if unique {
				return w, e, true
			}
		}
	}
	return "", nil, false
}

// stateJS reads which events are hidden.
const stateJS = `[...document.querySelectorAll('[data-event-id]')].map(e => ({
	id: e.dataset.eventId, hidden: e.hasAttribute('hidden'), rendered: e.getClientRects().length > 0,
}))`

// expect waits up to two seconds for the events for which show is true to
// be the ones without the hidden attribute, then reports those that are
// not, hidden events that are still drawn, and a wrong #filter-count.
func (c *pageCheck) expect(ctx context.Context, step string, show func(*pageEvent) bool) error {
	all := c.tl.all()
	want := map[string]bool{}
	n := 0
	for _, e := range all {
		want[e.ID] = show(e)
		if show(e) {
			n++
		}
	}
	type state struct {
		ID       string `json:"id"`
		Hidden   bool   `json:"hidden"`
		Rendered bool   `json:"rendered"`
	}
	var (
		got   []state
		wrong []string
	)
	for deadline := time.Now().Add(2 * time.Second); ; {
		var err error
		if got, err = eval[[]state](ctx, stateJS); err != nil {
			return err
		}
		wrong = wrong[:0]
		for _, s := range got {
			if w, ok := want[s.ID]; ok && w == s.Hidden {
				verb := "lacks"
				if w {
					verb = "has"
				}
				wrong = append(wrong, fmt.Sprintf("%s %s the hidden attribute", s.ID, verb))
			}
		}
		if len(wrong) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(wrong) > 0 {
		more := ""
		if len(wrong) > 5 {
			more = fmt.Sprintf(" (and %d more)", len(wrong)-5)
			wrong = wrong[:5]
		}
		c.errorf("%s: %s%s", step, strings.Join(wrong, "; "), more)
	}
	var drawn []string
	for _, s := range got {
		if s.Hidden && s.Rendered {
			drawn = append(drawn, s.ID)
		}
	}
	if len(drawn) > 0 {
		c.errorf("%s: %d events have the hidden attribute but are still drawn, such as %s (a CSS display rule overrides [hidden]?)", step, len(drawn), drawn[0])
	}
	count, err := eval[string](ctx, `(document.querySelector('#filter-count') || {}).textContent || ''`)
	if err != nil {
		return err
	}
	if got, want := spaces.ReplaceAllString(strings.TrimSpace(count), " "), fmt.Sprintf("Showing %d of %d events", n, len(all)); got != want {
		c.errorf("%s: #filter-count = %q; want %q", step, got, want)
	}
	return nil
}

// checkHostile opens every details element, clicks every javascript: link,
// and checks that no script of the hostile article ran and that its markup
// shows as text.
func (c *pageCheck) checkHostile(ctx context.Context) error {
	links, err := eval[[]string](ctx, `(() => {
		for (const d of document.querySelectorAll('details')) {
			if (!d.open) d.querySelector('summary')?.click();
			d.open = true;
		}
		const js = [...document.querySelectorAll('a[href], area[href]')].filter(a => a.protocol === 'javascript:');
		for (const a of js) a.click();
		return js.map(a => a.getAttribute('href'));
	})()`)
	if err != nil {
		return err
	}
	for _, l := range links {
		c.errorf("the page has a javascript: link, href=%q; an article's URL must not become one", l)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
		return err
	}
	pwned, err := eval[string](ctx, `typeof window.__pwned === 'undefined' ? '' : String(window.__pwned)`)
	if err != nil {
		return err
	}
	if pwned != "" {
		c.errorf("the hostile article's script ran: window.__pwned = %s", pwned)
	}
	text, err := eval[string](ctx, `document.body.innerText`)
	if err != nil {
		return err
	}
	text = spaces.ReplaceAllString(text, " ")
	for _, s := range hostileText {
		if !strings.Contains(text, s) {
			c.errorf("the hostile text %q does not show as text in the page", s)
		}
	}
	return nil
}

// writeFakePage writes into dir a timeline page made from tl that keeps the
// DOM contract, or with broken set one that breaks it: no CSP, evidence
// written as raw HTML, a console error, an image to load, a type filter
// that does nothing, a rule that overrides [hidden], no viewport meta tag
// and a wide element. It returns the
// page's path.
func writeFakePage(t *testing.T, dir string, tl *pageTimeline, broken bool) string {
	t.Helper()
	type part struct{ Before, Timex, After string }
	type mention struct {
		Parts []part
		Raw   template.HTML // the sentence as HTML, in the broken page
	}
	type event struct {
		*pageEvent
		Joined   string
		Mentions []mention
		Broken   bool
	}
	var data struct {
		Broken                        bool
		Script                        template.JS
		CSP                           string
		Types, Statuses, Participants []string
		Events, Undated               []event
	}
	data.Broken = broken
	for _, e := range tl.all() {
		ev := event{pageEvent: e, Joined: strings.Join(e.Participants, "|"), Broken: broken}
		for _, m := range e.Mentions {
			var mm mention
			if before, after, ok := strings.Cut(m.Sentence, m.Time.Text); ok && m.Time.Text != "" {
				mm.Parts = []part{{before, m.Time.Text, after}}
			} else {
				mm.Parts = []part{{Before: m.Sentence}}
			}
			mm.Raw = template.HTML(m.Sentence) // only in the broken page, to be caught
			ev.Mentions = append(ev.Mentions, mm)
		}
		if e.undated {
			data.Undated = append(data.Undated, ev)
		} else {
			data.Events = append(data.Events, ev)
		}
		data.Types = append(data.Types, e.Type)
		data.Statuses = append(data.Statuses, e.Status)
		data.Participants = append(data.Participants, e.Participants...)
	}
	for _, l := range []*[]string{&data.Types, &data.Statuses, &data.Participants} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
	script := fakeScript
	if broken {
		script = strings.Replace(script, `types.has(e.dataset.type) &&`, ``, 1)
		script += "\nconsole.error('broken page');\n"
	}
	data.Script = template.JS(script)
	sum := sha256.Sum256([]byte(script))
	data.CSP = "default-src 'none'; script-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'; style-src 'unsafe-inline'"

	tmpl := template.Must(template.New("page").Parse(fakePage))
	var b strings.Builder
	if err := tmpl.Execute(&b, data); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "timeline.html")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// fakePage is the template of writeFakePage.
const fakePage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
{{if not .Broken}}<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">{{end}}
{{if not .Broken}}<meta name="viewport" content="width=device-width, initial-scale=1">{{end}}
<title>Timeline</title>
<style>body { font: 16px sans-serif; margin: 1em; } .event { border-top: 1px solid #ccc; }{{if .Broken}} .event { display: block; }{{end}}</style>
</head><body>
<form id="filters">
<fieldset><legend>Type</legend>{{range .Types}}<label><input type="checkbox" name="type" value="{{.}}" checked> {{.}}</label> {{end}}</fieldset>
<fieldset><legend>Status</legend>{{range .Statuses}}<label><input type="checkbox" name="status" value="{{.}}" checked> {{.}}</label> {{end}}</fieldset>
<label>Participant <select id="filter-participant"><option value="">Everyone</option>{{range .Participants}}<option>{{.}}</option>{{end}}</select></label>
<label>Search <input type="search" id="filter-search"></label>
</form>
<p id="filter-count"></p>
{{if .Broken}}<img src="missing.png" alt=""><div style="width: 900px">wide</div>{{end}}
<main id="timeline">
{{range .Events}}{{template "event" .}}{{end}}
<section id="undated"><h2>Undated</h2>
{{range .Undated}}{{template "event" .}}{{end}}
</section>
</main>
<script>{{.Script}}</script>
</body></html>
{{define "event"}}<article class="event" id="{{.ID}}" data-event-id="{{.ID}}" data-type="{{.Type}}" data-status="{{.Status}}" data-participants="{{.Joined}}">
<h3>{{.Headline}}</h3>
<details class="evidence"><summary>Evidence</summary>
{{range .Mentions}}<p>{{if $.Broken}}{{.Raw}}{{else}}{{range .Parts}}{{.Before}}{{if .Timex}}<mark class="timex">{{.Timex}}</mark>{{end}}{{.After}}{{end}}{{end}}</p>
{{end}}</details></article>
{{end}}`

// fakeScript is the filter script of writeFakePage.
const fakeScript = `(() => {
	const form = document.getElementById('filters');
	const events = [...document.querySelectorAll('[data-event-id]')];
	const count = document.getElementById('filter-count');
	const checked = name => new Set([...form.querySelectorAll('input[name=' + name + ']:checked')].map(i => i.value));
	function apply() {
		const types = checked('type'), statuses = checked('status');
		const who = document.getElementById('filter-participant').value;
		const q = document.getElementById('filter-search').value.trim().toLowerCase();
		let n = 0;
		for (const e of events) {
			const show = types.has(e.dataset.type) && statuses.has(e.dataset.status) &&
				(who === '' || e.dataset.participants.split('|').includes(who)) &&
				(q === '' || e.textContent.toLowerCase().includes(q));
			e.hidden = !show;
			if (show) n++;
		}
		count.textContent = 'Showing ' + n + ' of ' + events.length + ' events';
	}
	form.addEventListener('input', apply);
	form.addEventListener('change', apply);
	apply();
})();`
