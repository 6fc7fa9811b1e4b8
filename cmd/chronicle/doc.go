/*
Chronicle turns news articles into an ordered, sourced timeline of
diplomatic and conflict events.

Usage:

	chronicle build [--format FORMAT] [-o FILE] [--published YYYY-MM-DD | --manifest FILE] [--tz ZONE] [--types TYPES] PATH...
	chronicle extract [--published YYYY-MM-DD | --manifest FILE] [--tz ZONE] [--types TYPES] PATH...
	chronicle merge [--format FORMAT] [-o FILE] [--types TYPES] FILE...
	chronicle timeml [-o DIR] FILE.tml...

The subcommands are:

	build     find the events of the articles, merge the reports of each
	          event and write the ordered, sourced timeline
	extract   print, for each article, one JSON line with its temporal
	          expressions and its event mentions
	merge     build the timeline from extract output, in one file or
	          in shards extracted apart: the same timeline as build
	timeml    tag TimeML documents with chronicle's TIMEX3 expressions, so
	          chronicle can be scored against TimeML corpora

Articles may be text, Markdown, HTML or JSON Lines files, gzipped or
not, directories of them, or standard input. Run "chronicle COMMAND -h"
for a command's inputs and flags.

Problems with single inputs are reported on standard error as
file:line: message, followed by a summary line of the articles used and
the inputs skipped and failed. Exit status is 0 when every input was used,
1 when some input failed (the output is still written from the others),
and 2 for usage errors or when no input was usable.
*/
package main
