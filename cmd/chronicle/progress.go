package main

import (
	"time"

	"github.com/schollz/progressbar/v3"
)

// progress shows on standard error how many articles a long run has
// done and how fast, when standard error is a terminal and --quiet is
// not given. A nil *progress shows nothing.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress display for e, or nil when it should
// show nothing.
func newProgress(e *env, quiet bool) *progress {
	if quiet || !e.Terminal {
		return nil
	}
	return &progress{bar: progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(e.Stderr),
		progressbar.OptionSetDescription("reading articles"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)}
}

// done counts one more article done.
func (p *progress) done() {
	if p != nil {
		p.bar.Add(1)
	}
}

// clear takes the display off the line, so that a message can be written.
func (p *progress) clear() {
	if p != nil {
		p.bar.Clear()
	}
}

// finish takes the display away for good.
func (p *progress) finish() {
	if p != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
