//go:build linux

package tense

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker/text"
)

// threadCPU returns the CPU time the calling OS thread has used.
func threadCPU() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(1 /* RUSAGE_THREAD */, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUTime reports the CPU time (not wall time) per article check, which
// stays meaningful on a loaded machine where benchmarks are noisy. Run with
// COPYDESK_CPUTIME=1 go test -run CPUTime -v.
func TestCPUTime(t *testing.T) {
	if os.Getenv("COPYDESK_CPUTIME") == "" {
		t.Skip("set COPYDESK_CPUTIME=1 to measure")
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b := &testing.B{}
	for _, n := range []int{1, 10, 100} {
		src, qs := queries(b, n)
		iters := 2000 / n
		measure := func(name string, f func()) {
			f()
			start := threadCPU()
			for i := 0; i < iters; i++ {
				f()
			}
			t.Logf("%-9s %4dx (%6d bytes, %5d queries): %9.1f µs CPU/op", name, n, len(src), len(qs),
				float64(threadCPU()-start)/float64(iters)/1e3)
		}
		measure("split", func() { text.Sentences(src) })
		measure("words", func() {
			var buf []text.Token
			for _, s := range text.Sentences(src) {
				buf = text.AppendWords(buf[:0], src, s)
			}
		})
		measure("split+At", func() {
			text.Sentences(src)
			for _, q := range qs {
				At(src, q.sent, q.start, q.end)
			}
		})
	}
}
