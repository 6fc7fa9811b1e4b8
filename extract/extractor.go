package extract

import (
	"context"
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/extract/fingerprint"
	"github.com/chronicle-news/chronicle/extract/internal/clock"
	"github.com/chronicle-news/chronicle/extract/internal/gazetteer"
	"github.com/chronicle-news/chronicle/extract/internal/nlp"
)

// Extractor finds and resolves temporal expressions in articles. It is safe
// for concurrent use; the language models it uses are loaded once and shared.
type Extractor struct {
	nlp   tagger               // sentence splitter and part-of-speech tagger
	clock *clock.Finder        // clock times, from github.com/olebedev/when
	gaz   *gazetteer.Gazetteer // places, organisations and titles
	types [numTypes]bool       // the event types to find
	err   error                // why the models could not be loaded, if they could not
}

// An Option configures an Extractor.
type Option func(*Extractor)

// WithEventTypes sets the event types to find. By default every type but
// Statement is found.
func WithEventTypes(types ...EventType) Option {
	return func(x *Extractor) {
		x.types = [numTypes]bool{}
		for _, t := range types {
			if t >= 0 && int(t) < numTypes {
				x.types[t] = true
			}
		}
	}
}

// New returns an Extractor using the built-in English models, which are
// loaded once per process and shared.
func New(opts ...Option) *Extractor {
	x := &Extractor{}
	for _, t := range EventTypes() {
		x.types[t] = t != Statement
	}
	for _, o := range opts {
		o(x)
	}
	p, err := nlp.NewProse()
	if err != nil {
		x.err = fmt.Errorf("cannot load language models: %w", err)
		return x
	}
	x.nlp, x.clock, x.gaz = p, clock.New(), gazetteer.Default()
	return x
}

// Extract finds the temporal expressions in a's body and resolves them
// against a's publication date. An article without a publication date still
// gets its expressions, left underspecified where they are relative.
func (x *Extractor) Extract(ctx context.Context, a Article) (Result, error) {
	res := Result{Article: a, Timexes: []Timex{}, Warnings: append([]string{}, a.Warnings...)}
	res.Article.Warnings = nil
	res.Article.Fingerprint = fingerprint.Of(a.Body).String()
	var pub time.Time
	if a.Published != "" {
		t, err := time.Parse(time.DateOnly, a.Published)
		if err != nil {
			return res, fmt.Errorf("article %s: bad publication date %q: %w", a.ID, a.Published, err)
		}
		pub = t
	} else {
		res.Warnings = append(res.Warnings, "no publication date: relative dates left unresolved")
	}
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if x.err != nil {
		return res, x.err
	}
	res.Timexes, res.Events = x.analyze(a.Body, pub)
	return res, nil
}

// analyze finds the time expressions and event mentions of an article
// body, skipping page furniture.
func (x *Extractor) analyze(text string, pub time.Time) ([]Timex, []Event) {
	timexes, events := []Timex{}, []Event{}
	if x.nlp == nil {
		return timexes, events
	}
	if !pub.IsZero() {
		pub = civil(pub.Date())
	}
	doc := &document{}
	sents := storySentences(text, x.nlp.Sentences(text))
	ppl := findPeople(text, x.gaz)
	lead := leadEnd(text, sents)
	var toks []token // reused: nothing keeps a sentence's tokens after it
	for _, sp := range sents {
		n := len(timexes)
		var c *sentence
		timexes, c = x.sentenceTimexes(timexes, text, sp.Start, sp.End, pub, doc, toks)
		events = x.sentenceEvents(events, c, timexes[n:], sp.Start < lead, ppl)
		toks = c.toks
	}
	return timexes, events
}

// Timexes finds the temporal expressions in text, resolved against the
// publication date pub; a zero pub means the date is unknown. Offsets are
// byte offsets into text.
func (x *Extractor) Timexes(text string, pub time.Time) []Timex {
	out := []Timex{}
	if x.nlp == nil {
		return out
	}
	if !pub.IsZero() {
		pub = civil(pub.Date())
	}
	doc := &document{}
	var toks []token
	for _, sp := range x.nlp.Sentences(text) {
		var c *sentence
		out, c = x.sentenceTimexes(out, text, sp.Start, sp.End, pub, doc, toks)
		toks = c.toks
	}
	return out
}

// sentenceTimexes appends the expressions of the sentence text[start:end] to
// out, and returns the sentence's context for the event finder. The
// sentence's tokens reuse buf.
func (x *Extractor) sentenceTimexes(out []Timex, text string, start, end int, pub time.Time, doc *document, buf []token) ([]Timex, *sentence) {
	s := text[start:end]
	toks := tokenize(buf, s, start)
	m := matcher{toks: toks}
	if x.clock != nil {
		m.clocks = clockTokens(toks, x.clock.Find(s), start)
	}
	c := &sentence{text: text, start: start, end: end, toks: toks, pub: pub, nlp: x.nlp, doc: doc}
	matches := m.all()
	if len(matches) == 0 {
		return out, c
	}
	for _, mt := range matches {
		c.rule = ""
		value, mod := mt.resolve(c)
		rule := mt.rule
		if c.rule != "" {
			rule = c.rule
		}
		from, to := toks[mt.start].start, toks[mt.end-1].end
		t := Timex{
			Text: text[from:to], Start: from, End: to, Sentence: s,
			Type: mt.typ, Value: value, Mod: mod, Rule: rule,
		}
		if t.Type == Date || t.Type == Time {
			if sp, ok := ParseValue(value, pub); ok {
				t.Date = &sp
			}
		}
		doc.remember(t)
		c.inSent = append(c.inSent, t)
		out = append(out, t)
	}
	return out, c
}
