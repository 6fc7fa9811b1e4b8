/*
Chronicle-bench measures chronicle's end-to-end throughput, its scaling
over CPU cores and its memory, on a news corpus of a requested size.

Usage:

	go run ./cmd/chronicle-bench [--sizes MB,...] [--runs N] [--scaling MB] [--corpus-dir DIR] [--timeml DIR] [--json]

Run it inside the chronicle repository. For each size it builds a corpus
of about that many megabytes (10^6 bytes) as JSON Lines, one article a
line with id, title, published, source and text. The articles are real
newswire: the TimeBank and AQUAINT documents of the TempEval-3 corpus
(their text without tags, published on their creation time), read from
../shared/data/timeml/tbaq-cleaned beside the repository or from
--timeml, and the five sample articles of testdata/articles. They are
repeated until the size is reached; repetition k has unique ids and its
publication dates shifted by 7*k days, so weekdays keep their meaning. The
corpus is the same bytes on every run and is kept in --corpus-dir (by
default chronicle-bench in the system's temporary directory), named after
its size and content, so a rerun does not build it again. Without the
TimeML corpus the sample articles alone are used, and said so.

It then builds chronicle once and runs, on each corpus, "chronicle extract"
with its output to a file and "chronicle build -o timeline.json", both
with --quiet, and measures for each run the wall time, the CPU time (user
plus system), the peak resident memory, and from them megabytes per
CPU-second, megabytes per second of wall time and articles per second.
CPU time is the steadiest of these on a busy machine: other processes
slow the wall clock, not the work done. With --runs N each command runs
N times and the run with the median wall time is reported.

Last it runs both commands on the --scaling corpus (by default the
smallest size; 0 turns it off) with GOMAXPROCS=1 and with GOMAXPROCS set
to the number of CPUs, alternately, --runs times each, and reports the
speed-up (wall time on one core over wall time on all) as the median over
the pairs of runs, with the least and greatest: runs close in time
suffer the same from a host whose speed drifts.

The results are printed on standard output as a Markdown table, or with
--json as one JSON object; progress goes to standard error. The exit
status is 0 on success, 1 when a step failed and 2 for usage errors.
*/
package main
