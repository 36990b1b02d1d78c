package checker_test

import (
	"context"
	"math/rand"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

// peakHeap runs f and returns the most heap in use seen while it ran,
// sampled every few milliseconds, above what was in use before.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(stop)
	<-done
	if p := peak.Load(); p > before.HeapInuse {
		return p - before.HeapInuse
	}
	return 0
}

// TestPeakMemory holds a check's heap within 20 times its input: a 5 MiB
// single line of dated sentences and 2 MiB of random bytes stay under
// 100 MB, a 6.6 MB Markdown list of 100,000 dated items under 200 MB.
func TestPeakMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-megabyte input: skipped with -short")
	}
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 2<<20)
	rnd.Read(random)
	var list strings.Builder
	for i := range 100000 {
		list.WriteString("- Item ")
		list.WriteString(strings.Repeat("x", i%7))
		list.WriteString(" was filed on Wednesday, Feb. 5, 2026, in the archive.\n")
	}
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text, format string
		limit              uint64
	}{
		{"5 MiB single line", strings.Repeat("The vote is set for Wednesday, Feb. 5, 2026, officials said. ", (5<<20)/62), "text", 100 << 20},
		{"2 MiB random bytes", string(random), "text", 100 << 20},
		{"Markdown list", list.String(), "markdown", 200 << 20},
	} {
		peak := peakHeap(func() {
			_, err := c.Check(context.Background(), checker.Document{Text: tc.text, Format: tc.format, Published: pub})
			require.NoError(t, err)
		})
		t.Logf("%s (%d bytes): peak heap %d MB", tc.name, len(tc.text), peak>>20)
		assert.Less(t, peak, tc.limit, tc.name)
	}
}
