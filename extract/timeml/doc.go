// Package timeml reads and writes TimeML documents, the annotation format of
// the TempEval-3 temporal expression corpora (TimeBank, AQUAINT).
//
// [Parse] reads a document the way the project's scorer (score.py) does: the
// text is what lies between the first <TEXT> and the last </TEXT>, with
// every tag removed, line endings normalised to "\n" and character
// references decoded exactly as Python's html.unescape decodes them. The
// offsets of the gold TIMEX3 annotations are byte offsets into that text,
// so an extractor run on [Document.Text] can be compared with them directly.
//
// [Document.Write] writes the document back with other TIMEX3 annotations:
// everything outside TEXT is copied byte for byte, and inside TEXT the
// original TIMEX3, EVENT and SIGNAL tags are replaced by the given ones.
// Text offsets are mapped back to the raw file, so a tag never splits a
// character reference.
package timeml

//go:generate sh -c "python3 mkentity.py entity.go && gofmt -w entity.go"
