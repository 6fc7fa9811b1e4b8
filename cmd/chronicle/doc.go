/*
Chronicle turns news articles into an ordered, sourced timeline of
diplomatic and conflict events.

Usage:

	chronicle extract [--published YYYY-MM-DD | --manifest FILE] PATH...
	chronicle timeml [-o DIR] FILE.tml...

The subcommands are:

	extract   print, for each article, one JSON line with its temporal
	          expressions resolved against its publication date
	timeml    tag TimeML documents with chronicle's TIMEX3 expressions, so
	          chronicle can be scored against TimeML corpora

Run "chronicle COMMAND -h" for a command's flags.

Exit status is 0 when every input was used, 1 when some input failed, and 2
for usage errors.
*/
package main
