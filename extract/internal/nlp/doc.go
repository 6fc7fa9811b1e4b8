// Package nlp wraps the natural-language tools chronicle borrows: sentence
// segmentation and part-of-speech tagging from github.com/jdkato/prose/v2
// and the Punkt segmenter of gopkg.in/neurosnap/sentences.v1.
//
// The package exposes only its own small types (Span, Token) so that the
// underlying libraries can be replaced without touching the extractor. The
// models are loaded once per process and shared; a Prose is cheap to create
// and safe for concurrent use.
package nlp
