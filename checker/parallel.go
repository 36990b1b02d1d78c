package checker

import (
	"context"
	"runtime"
	"sync"

	"github.com/copydesk/copydesk/checker/dates"
)

// sectionResult is what the reading of one section leaves for the report.
type sectionResult struct {
	findings []Finding
	dates    []dates.Expr
}

// readSections reads each section of a long copy with read and hands each
// result to keep, in section order. Up to c.workers(len(secs)) sections
// are read at once, and a section starts only when the result that waits
// longest has been kept, so memory follows the number of workers, not the
// input. Once ctx ends no section starts and nothing more is kept; it
// returns when every section it started is done.
func (c *Checker) readSections(ctx context.Context, secs []section, read func(section) sectionResult, keep func(section, sectionResult)) {
	w := c.workers(len(secs))
	if w <= 1 {
		for _, sec := range secs {
			if ctx.Err() != nil {
				return
			}
			keep(sec, read(sec))
		}
		return
	}
	results := make([]chan sectionResult, len(secs))
	var wg sync.WaitGroup
	defer wg.Wait()
	next := 0
	start := func() {
		sec, out := secs[next], make(chan sectionResult, 1)
		results[next] = out
		next++
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- read(sec)
		}()
	}
	for next < w {
		start()
	}
	for i, sec := range secs {
		r := <-results[i]
		if ctx.Err() != nil {
			return
		}
		if next < len(secs) {
			start()
		}
		keep(sec, r)
	}
}

// workers is how many of n sections are read at once: Options.Workers,
// or GOMAXPROCS when that is 0, and never more than n.
func (c *Checker) workers(n int) int {
	w := c.opts.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return min(w, n)
}
