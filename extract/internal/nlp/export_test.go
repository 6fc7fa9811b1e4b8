package nlp

// Document runs the port of prose's pipeline on text, for the test that
// compares it with prose: each token as text, tag and entity label, the
// entities as text and label, and the number of near ties among the tags
// and labels chosen, where prose's choice is random.
func (p *Prose) Document(text string) (toks [][3]string, ents [][2]string, ties int) {
	pt := tokenizeProse(text)
	p.tagger.tag(pt, &ties)
	p.ner.classify(pt, &ties)
	for _, t := range pt {
		toks = append(toks, [3]string{t.text, t.tag, t.label})
	}
	for _, e := range chunk(pt) {
		ents = append(ents, [2]string{e.Text, e.Label})
	}
	return toks, ents, ties
}
