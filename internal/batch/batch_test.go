package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

// out is an output line, report or error.
type out struct {
	ID       json.RawMessage        `json:"id"`
	Line     int64                  `json:"line"`
	Error    string                 `json:"error"`
	RefDate  *checker.ReferenceDate `json:"reference_date"`
	Findings []checker.Finding      `json:"findings"`
}

func decodeAll(t *testing.T, b []byte) []out {
	t.Helper()
	var res []out
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var o out
		require.NoError(t, json.Unmarshal(sc.Bytes(), &o), sc.Text())
		res = append(res, o)
	}
	require.NoError(t, sc.Err())
	return res
}

// badLine returns the bad line for i, if i is one, and the error it must
// produce.
func badLine(i int) (line, wantErr string, ok bool) {
	switch {
	case i%101 == 0:
		return `{"id": "x` + fmt.Sprint(i), "not a JSON object", true
	case i%103 == 0:
		return fmt.Sprintf(`{"id": %d, "published": "2026-02-04"}`, i), `missing "text"`, true
	case i%107 == 0:
		return fmt.Sprintf(`{"id": %d, "text": "x", "published": "4 Feb"}`, i), `"published"`, true
	case i%109 == 0:
		return fmt.Sprintf(`{"id": %d, "text": "x", "format": "docx"}`, i), "docx", true
	}
	return "", "", false
}

func TestTenThousandLinesInOrder(t *testing.T) {
	const n = 10000
	var in bytes.Buffer
	for i := 1; i <= n; i++ {
		if line, _, ok := badLine(i); ok {
			in.WriteString(line + "\n")
			continue
		}
		story := fmt.Sprintf("Line %d: the council met on Tuesday and will vote next week.", i)
		b, err := json.Marshal(map[string]any{"id": i, "text": story, "published": "2026-02-04"})
		require.NoError(t, err)
		in.Write(b)
		in.WriteString("\n")
		if i%500 == 0 {
			in.WriteString("\n") // blank lines are skipped
		}
	}
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	var calls atomic.Int64
	check := func(ctx context.Context, doc checker.Document) (checker.Report, error) {
		if calls.Add(1)%13 == 0 {
			time.Sleep(50 * time.Microsecond) // finish out of order
		}
		return c.Check(ctx, doc)
	}
	var progress []Stats
	var outBuf bytes.Buffer
	stats, err := Run(context.Background(), &in, &outBuf, Options{
		Check: check, Workers: 8, Window: 32,
		Progress: func(s Stats) { progress = append(progress, s) }, ProgressEvery: time.Millisecond,
	})
	require.NoError(t, err)
	got := decodeAll(t, outBuf.Bytes())
	require.Len(t, got, n)
	bad := 0
	for i, o := range got {
		num := i + 1
		if _, wantErr, ok := badLine(num); ok {
			bad++
			assert.Contains(t, o.Error, wantErr, "line %d", num)
			assert.Nil(t, o.RefDate)
			continue
		}
		require.Equal(t, fmt.Sprint(num), string(o.ID), "reports out of order at %d", num)
		require.Empty(t, o.Error)
		require.NotNil(t, o.RefDate)
		assert.Equal(t, "2026-02-04", o.RefDate.Date)
	}
	assert.Equal(t, int64(n), stats.Lines)
	assert.Equal(t, int64(bad), stats.Errors)
	assert.Greater(t, bad, 300)
	require.NotEmpty(t, progress)
	assert.Equal(t, stats.Lines, progress[len(progress)-1].Lines)
}

func TestErrorReportsKeepIDAndLine(t *testing.T) {
	in := "{\"id\":\"a\",\"text\":\"ok\"}\r\n\n{\"id\":\"b\",\"text\":\"x\",\"published\":\"yesterday\"}\nnot json\n{\"text\":\"no id\"}\n{\"id\":\"c\",\"text\":\"" +
		strings.Repeat("x", 200) + "\"}\n{\"id\":\"d\",\"text\":\"last, no newline\"}"
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	var buf bytes.Buffer
	stats, err := Run(context.Background(), strings.NewReader(in), &buf, Options{Check: c.Check, MaxLine: 100})
	require.NoError(t, err)
	got := decodeAll(t, buf.Bytes())
	require.Len(t, got, 6)
	assert.Equal(t, `"a"`, string(got[0].ID))
	assert.Empty(t, got[0].Error)
	for i, want := range []struct {
		id, err string
		line    int64
	}{
		{`"b"`, "published", 3},
		{"null", "not a JSON object", 4},
		{"null", `missing "id"`, 5},
		{"null", "longer than 100 bytes", 6},
	} {
		o := got[i+1]
		assert.Equal(t, want.id, string(o.ID))
		assert.Contains(t, o.Error, want.err)
		assert.Equal(t, want.line, o.Line)
	}
	assert.Equal(t, `"d"`, string(got[5].ID))
	assert.Equal(t, int64(4), stats.Errors)
	assert.Equal(t, int64(len(in)), stats.Bytes)
}

// While the first line is stuck, the reader runs at most Window lines
// ahead: memory is bounded by the window, not the stream.
func TestWindowBoundsReadAhead(t *testing.T) {
	const window = 6
	var in strings.Builder
	for i := range 1000 {
		fmt.Fprintf(&in, `{"id":%d,"text":"t%d"}`+"\n", i, i)
	}
	release := make(chan struct{})
	var started atomic.Int64
	// The first line is held back, so nothing can be written: whichever
	// worker picks it up, no more than the window may be read meanwhile.
	check := func(ctx context.Context, doc checker.Document) (checker.Report, error) {
		started.Add(1)
		if doc.Text == "t0" {
			<-release
		}
		return checker.Report{}, nil
	}
	// Workers > 1 so that others keep going while the first is stuck.
	done := make(chan error, 1)
	var buf bytes.Buffer
	go func() {
		_, err := Run(context.Background(), strings.NewReader(in.String()), &buf, Options{Check: check, Workers: 3, Window: window})
		done <- err
	}()
	time.Sleep(100 * time.Millisecond)
	assert.LessOrEqual(t, started.Load(), int64(window))
	close(release)
	require.NoError(t, <-done)
	assert.Len(t, decodeAll(t, buf.Bytes()), 1000)
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

func TestWriteErrorStops(t *testing.T) {
	var in strings.Builder
	for i := range 100000 {
		fmt.Fprintf(&in, `{"id":%d,"text":"t"}`+"\n", i)
	}
	check := func(context.Context, checker.Document) (checker.Report, error) { return checker.Report{}, nil }
	_, err := Run(context.Background(), strings.NewReader(in.String()), failWriter{}, Options{Check: check})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "disk full")
}

// TestBadLinesKeepTheirID: a line that is not the object expected keeps
// its id when it has one, and its error names the field, not a Go type.
func TestBadLinesKeepTheirID(t *testing.T) {
	for _, c := range []struct {
		line, id, msg string
	}{
		{`{"id":"a1","text":5}`, `"a1"`, `"text": want a string, not a JSON number`},
		{`{"id":7,"format":["x"],"text":"a"}`, `7`, `"format": want a string, not a JSON array`},
		{`{"id":"a3","text":"x","published":5}`, `"a3"`, `"published": want a string, not a JSON number`},
	} {
		_, id, err := parseLine([]byte(c.line))
		require.Error(t, err, c.line)
		assert.Equal(t, c.id, string(id), c.line)
		assert.Contains(t, err.Error(), c.msg, c.line)
		assert.NotContains(t, err.Error(), "Go struct", c.line)
	}
}
