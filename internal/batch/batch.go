// Package batch checks a stream of JSON lines, one article per line
// ({"id", "text", "published", "format"}), on several cores, and writes
// one report per line in input order. Memory stays bounded however long
// the stream: at most Window lines are in flight between the reader and
// the writer.
package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/copydesk/copydesk/checker"
)

// Line is one input line.
type Line struct {
	// ID is echoed in the report as given (a string or a number).
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Published string          `json:"published"`
	Format    string          `json:"format"`
}

// Report is one output line: a report with the input line's id.
type Report struct {
	ID json.RawMessage `json:"id"`
	checker.Report
}

// ErrorReport is the output line for an input line that could not be
// checked; Line is its 1-based line number in the input.
type ErrorReport struct {
	ID    json.RawMessage `json:"id"`
	Line  int64           `json:"line"`
	Error string          `json:"error"`
}

// Options configure Run.
type Options struct {
	// Check checks one document (required).
	Check func(context.Context, checker.Document) (checker.Report, error)
	// Workers is how many checks run at once; 0 means GOMAXPROCS.
	Workers int
	// Window bounds the lines read but not yet written; 0 means 4×Workers.
	Window int
	// MaxLine is the longest line accepted, in bytes; 0 means 16 MiB.
	// Longer lines get an error report.
	MaxLine int
	// Fails, when set, says whether a report counts towards Stats.Failing.
	Fails func(checker.Report) bool
	// Progress, when set, is called with the running totals at most every
	// ProgressEvery (default one second), and once at the end.
	Progress      func(Stats)
	ProgressEvery time.Duration
}

// Stats are a run's totals.
type Stats struct {
	// Lines is the reports written; Errors how many were error reports;
	// Failing how many reports Options.Fails accepted.
	Lines, Errors, Failing int64
	// Bytes is the input consumed by the lines written, newlines included.
	Bytes   int64
	Elapsed time.Duration
}

// job is one line on its way through the pipeline.
type job struct {
	seq    int64 // 0-based position among non-blank lines
	lineNo int64 // 1-based line number in the input
	raw    []byte
	size   int64
	err    error // set by the reader for a line too long
	out    []byte
	bad    bool
	fails  bool
}

// Run reads r to its end and writes one JSON line per non-blank input line
// to w, in input order. Bad lines get an ErrorReport and the run goes on;
// Run returns an error only when reading or writing fails or ctx ends.
func Run(ctx context.Context, r io.Reader, w io.Writer, opts Options) (Stats, error) {
	if opts.Check == nil {
		return Stats{}, errors.New("batch: Options.Check is nil")
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := opts.Window
	if window <= 0 {
		window = 4 * workers
	}
	window = max(window, workers)
	maxLine := opts.MaxLine
	if maxLine <= 0 {
		maxLine = 16 << 20
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	slots := make(chan struct{}, window) // one per line in flight
	jobs := make(chan *job, workers)
	done := make(chan *job, window)
	readErr := make(chan error, 1)

	go func() {
		defer close(jobs)
		readErr <- read(ctx, r, maxLine, slots, jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.run(ctx, opts)
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	stats, werr := write(w, done, slots, opts)
	if werr != nil {
		cancel()
		for range done { // let the workers finish
		}
		return stats, werr
	}
	if err := <-readErr; err != nil {
		return stats, err
	}
	return stats, ctx.Err()
}

// read splits r into lines and hands them out, taking a slot for each.
func read(ctx context.Context, r io.Reader, maxLine int, slots chan struct{}, jobs chan<- *job) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var seq, lineNo, blank int64
	for {
		raw, size, tooLong, err := readLine(br, maxLine)
		if size > 0 {
			lineNo++
			if tooLong || len(bytes.TrimSpace(raw)) > 0 {
				select {
				case slots <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				j := &job{seq: seq, lineNo: lineNo, raw: raw, size: blank + size}
				blank = 0
				if tooLong {
					j.raw, j.err = nil, fmt.Errorf("line longer than %d bytes", maxLine)
				}
				seq++
				jobs <- j
			} else {
				blank += size
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading input: %w", err)
		}
	}
}

// readLine returns the next line without its newline, the bytes it took
// from the input, and whether it was longer than maxLine (then its bytes
// are dropped, not kept).
func readLine(br *bufio.Reader, maxLine int) (line []byte, size int64, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		size += int64(len(frag))
		if !tooLong {
			if len(line)+len(frag) > maxLine+2 { // room for "\r\n"
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		if !tooLong && len(line) > maxLine {
			tooLong, line = true, nil
		}
		return line, size, tooLong, err
	}
}

// write puts finished jobs back in input order and writes them.
func write(w io.Writer, done <-chan *job, slots <-chan struct{}, opts Options) (Stats, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	start := time.Now()
	every := opts.ProgressEvery
	if every <= 0 {
		every = time.Second
	}
	var stats Stats
	lastProgress := start
	pending := map[int64]*job{}
	var next int64
	for j := range done {
		pending[j.seq] = j
		for {
			j, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if _, err := bw.Write(j.out); err != nil {
				return stats, fmt.Errorf("writing output: %w", err)
			}
			<-slots
			stats.Lines++
			stats.Bytes += j.size
			if j.bad {
				stats.Errors++
			}
			if j.fails {
				stats.Failing++
			}
		}
		if len(done) == 0 {
			if err := bw.Flush(); err != nil {
				return stats, fmt.Errorf("writing output: %w", err)
			}
		}
		if opts.Progress != nil && time.Since(lastProgress) >= every {
			lastProgress = time.Now()
			stats.Elapsed = lastProgress.Sub(start)
			opts.Progress(stats)
		}
	}
	stats.Elapsed = time.Since(start)
	if opts.Progress != nil {
		opts.Progress(stats)
	}
	if err := bw.Flush(); err != nil {
		return stats, fmt.Errorf("writing output: %w", err)
	}
	return stats, nil
}

// run checks the job's line and encodes its output line.
func (j *job) run(ctx context.Context, opts Options) {
	var id json.RawMessage
	fail := func(err error) {
		j.bad = true
		j.out = encode(ErrorReport{ID: nullIfEmpty(id), Line: j.lineNo, Error: err.Error()})
	}
	if j.err != nil {
		fail(j.err)
		return
	}
	doc, id, err := parseLine(j.raw)
	if err != nil {
		fail(err)
		return
	}
	rep, err := opts.Check(ctx, doc)
	if err != nil {
		fail(err)
		return
	}
	j.fails = opts.Fails != nil && opts.Fails(rep)
	j.out = encode(Report{ID: id, Report: rep})
}

// parseLine reads one input line into a Document.
func parseLine(raw []byte) (checker.Document, json.RawMessage, error) {
	var l Line
	if err := json.Unmarshal(raw, &l); err != nil {
		// Keep the line's id when it has one, and name the field at fault
		// rather than a Go type.
		var only struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.Unmarshal(raw, &only)
		return checker.Document{}, only.ID, lineError(err)
	}
	if len(l.ID) == 0 || string(l.ID) == "null" {
		return checker.Document{}, nil, errors.New(`missing "id"`)
	}
	if l.Text == nil {
		return checker.Document{}, l.ID, errors.New(`missing "text"`)
	}
	doc := checker.Document{Text: *l.Text, Format: l.Format}
	if l.Published != "" {
		t, err := ParseDate(l.Published)
		if err != nil {
			return checker.Document{}, l.ID, err
		}
		doc.Published = t
	}
	return doc, l.ID, nil
}

// ParseDate reads a publication date: YYYY-MM-DD, or an RFC 3339 time
// whose calendar date is taken as written.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf(`"published": %q is not a date of the form YYYY-MM-DD`, s)
}

func nullIfEmpty(id json.RawMessage) json.RawMessage {
	if len(id) == 0 {
		return json.RawMessage("null")
	}
	return id
}

// encode marshals v as one JSON line.
func encode(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(ErrorReport{ID: json.RawMessage("null"), Error: "encoding report: " + err.Error()})
	}
	return append(b, '\n')
}

// lineError says what is wrong with a line that is not the JSON object
// expected, naming the field, not a Go type.
func lineError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" {
		return fmt.Errorf("%q: want a string, not a JSON %s", te.Field, te.Value) // every field but id is one
	}
	return errors.New("not a JSON object: " + strings.TrimPrefix(err.Error(), "json: "))
}
