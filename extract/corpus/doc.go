// Package corpus reads news articles for extraction.
//
// [Read] takes files and directories (walked recursively for .txt and .md
// files) and the path "-" for standard input, and streams one
// [extract.Article] per file to a callback, in a deterministic order: inputs
// in the order given, each directory in lexical order. Each article's
// publication date comes from [Options.Published] (the --published flag) if
// set, else from the manifest row for the file, else it is unknown.
//
// A manifest is a CSV file whose header names the columns
//
//	file,published[,title,source,url]
//
// A row's file is either a file name, which matches an article with that
// base name anywhere, or a slash-separated path relative to the manifest's
// directory or to the directory given on the command line. Dates are
// YYYY-MM-DD and must be real calendar dates.
//
// Problems with one input (an unreadable, empty or binary file, invalid
// UTF-8, a bad manifest row) do not stop the others: they are gathered in
// an [ErrorList] whose entries print as "file:line: message".
package corpus
