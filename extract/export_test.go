package extract

import "time"

// Hooks for the per-stage benchmarks in bench_test.go, which live in the
// external test package.

// StorySentences runs Extract's first stage on text: sentence splitting
// and the dropping of page furniture. It returns the number of sentences.
func (x *Extractor) StorySentences(text string) int {
	return len(storySentences(text, x.nlp.Sentences(text)))
}

// EventInput is an article after the stages before event finding: its
// story sentences, their tokens and their time expressions.
type EventInput struct {
	text  string
	pub   time.Time
	lead  int         // end of the headline and lead
	sents []eventSent // the story sentences
}

// eventSent is one story sentence of an EventInput.
type eventSent struct {
	start, end int
	toks       []token
	timexes    []Timex
}

// PrepareEvents runs the stages of Extract before event finding on text.
func (x *Extractor) PrepareEvents(text string, pub time.Time) *EventInput {
	in := &EventInput{text: text, pub: civil(pub.Date())}
	if pub.IsZero() {
		in.pub = time.Time{}
	}
	sents := storySentences(text, x.nlp.Sentences(text))
	in.lead = leadEnd(text, sents)
	doc := &document{}
	var timexes []Timex
	for _, sp := range sents {
		n := len(timexes)
		var c *sentence
		timexes, c = x.sentenceTimexes(timexes, text, sp.Start, sp.End, in.pub, doc, nil)
		in.sents = append(in.sents, eventSent{start: sp.Start, end: sp.End, toks: c.toks, timexes: timexes[n:]})
	}
	return in
}

// Events runs event finding on a prepared article, as Extract does after
// the time expressions: the people the article names, then each
// sentence's event mentions, with part-of-speech tags and named entities
// computed afresh. It returns the number of events.
func (x *Extractor) Events(in *EventInput) int {
	ppl := findPeople(in.text, x.gaz)
	var events []Event
	for _, s := range in.sents {
		c := &sentence{text: in.text, start: s.start, end: s.end, toks: s.toks, pub: in.pub, nlp: x.nlp, doc: &document{}}
		events = x.sentenceEvents(events, c, s.timexes, s.start < in.lead, ppl)
	}
	return len(events)
}
