package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/copydesk/copydesk/internal/batch"
)

// jsonl checks JSON lines ({"id", "text", "published", "format"}) from
// each file in turn, writing one report per line in input order.
func (e *env) jsonl(cf *checkFlags, workers int) int {
	if cf.format != "text" && cf.format != "json" {
		return e.fail("--jsonl writes JSON lines; --format %s does not apply", cf.format)
	}
	s, err := newSetups(cf, nil).forFile(cf.files[0])
	if err != nil {
		return e.fail("%v", err)
	}
	var total int64 // input size when known, for the time left
	for _, name := range cf.files {
		total += e.size(name)
	}
	prog := e.progress(total)
	var sum batch.Stats
	for _, name := range cf.files {
		r, closeFn, err := e.open(name)
		if err != nil {
			return e.fail("%v", err)
		}
		opts := batch.Options{Check: s.checker.Check, Workers: workers, Fails: s.fails}
		if prog != nil {
			base := sum
			opts.Progress = func(st batch.Stats) { prog(base, st) }
		}
		st, err := batch.Run(context.Background(), r, e.stdout, opts)
		closeFn()
		sum.Lines += st.Lines
		sum.Errors += st.Errors
		sum.Failing += st.Failing
		sum.Bytes += st.Bytes
		sum.Elapsed += st.Elapsed
		if err != nil {
			return e.fail("%s: %v", name, err)
		}
	}
	if prog != nil {
		fmt.Fprintln(e.stderr)
	}
	if sum.Failing > 0 {
		return exitFindings
	}
	return exitOK
}

// open opens an input, "-" being standard input.
func (e *env) open(name string) (io.Reader, func(), error) {
	if name == "-" {
		return e.stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read %s: %w", name, err)
	}
	return f, func() { f.Close() }, nil
}

// size is an input's size in bytes when it is a regular file, else 0.
func (e *env) size(name string) int64 {
	var st os.FileInfo
	var err error
	if name == "-" {
		f, ok := e.stdin.(*os.File)
		if !ok {
			return 0
		}
		st, err = f.Stat()
	} else {
		st, err = os.Stat(name)
	}
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	return st.Size()
}

// progress returns a function drawing a progress line on stderr, or nil
// when stderr is not a terminal.
func (e *env) progress(total int64) func(base, st batch.Stats) {
	f, ok := e.stderr.(*os.File)
	if !ok {
		return nil
	}
	if st, err := f.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return func(base, st batch.Stats) {
		fmt.Fprint(e.stderr, "\r\033[K"+progressLine(base, st, total))
	}
}

// progressLine says how far a run is: lines done, rate, bad lines and,
// when the input size is known, the time left.
func progressLine(base, st batch.Stats, total int64) string {
	lines := base.Lines + st.Lines
	elapsed := base.Elapsed + st.Elapsed
	line := fmt.Sprintf("%d lines", lines)
	if secs := elapsed.Seconds(); secs > 0 {
		line += fmt.Sprintf(", %.0f/s", float64(lines)/secs)
	}
	if bad := base.Errors + st.Errors; bad > 0 {
		line += fmt.Sprintf(", %d bad", bad)
	}
	if done := base.Bytes + st.Bytes; total > 0 && done > 0 && done <= total {
		left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		line += fmt.Sprintf(", %d%%, %s left", done*100/total, left.Round(time.Second))
	}
	return line
}
