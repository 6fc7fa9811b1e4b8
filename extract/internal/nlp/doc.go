// Package nlp wraps the natural-language tools chronicle borrows:
// part-of-speech tagging and named entities with the models of
// github.com/jdkato/prose/v2, and the Punkt segmenter of
// gopkg.in/neurosnap/sentences.v1.
//
// prose's tokenizer, tagger and entity chunker are ported here (see
// perceptron.go) and run on prose's model data: they give prose's output
// several times faster. A test checks the port against prose on the
// TimeML corpus.
//
// The package exposes only its own small types (Span, Token, Entity) so
// that the underlying libraries can be replaced without touching the
// extractor. The models are loaded once per process and shared; a Prose is
// cheap to create and safe for concurrent use.
package nlp
