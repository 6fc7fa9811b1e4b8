//go:build !unix

package main

import (
	"os"
	"time"
)

// usage returns the CPU time, user plus system, of the process that ps
// describes; its peak resident set size is unknown here, and 0.
func usage(ps *os.ProcessState) (cpu time.Duration, maxRSS int64) {
	return ps.UserTime() + ps.SystemTime(), 0
}
