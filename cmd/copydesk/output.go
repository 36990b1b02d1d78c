package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/checker"
)

// fileReport is one line of JSON output: a report with its file name.
type fileReport struct {
	File string `json:"file"`
	checker.Report
}

// writer prints reports in one output format.
type writer interface {
	report(file string, rep checker.Report) error
	close() error
}

func newWriter(format string, w io.Writer) writer {
	if format == "json" {
		return &jsonWriter{enc: json.NewEncoder(w)}
	}
	return &textWriter{w: w}
}

// jsonWriter writes one JSON object per file, one per line.
type jsonWriter struct{ enc *json.Encoder }

func (j *jsonWriter) report(file string, rep checker.Report) error {
	return j.enc.Encode(fileReport{File: file, Report: rep})
}

func (j *jsonWriter) close() error { return nil }

// textWriter writes FILE:LINE:COL: SEVERITY: MESSAGE [RULE] lines, related
// spans indented below, and a closing summary.
type textWriter struct {
	w      io.Writer
	files  int
	counts map[checker.Severity]int
	refs   map[checker.ReferenceDate]bool
	ref    checker.ReferenceDate
	err    error
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) report(file string, rep checker.Report) error {
	if t.counts == nil {
		t.counts = map[checker.Severity]int{}
		t.refs = map[checker.ReferenceDate]bool{}
	}
	t.files++
	t.refs[rep.ReferenceDate] = true
	t.ref = rep.ReferenceDate
	for _, f := range rep.Findings {
		t.counts[f.Severity]++
		t.printf("%s:%d:%d: %s: %s [%s]\n", file, f.Span.Line, f.Span.Column, f.Severity, oneLine(f.Message), f.Rule)
		for _, r := range f.Related {
			t.printf("    %s:%d:%d: %q — %s\n", file, r.Line, r.Column, oneLine(r.Text), oneLine(r.Note))
		}
	}
	return t.err
}

func (t *textWriter) close() error {
	var parts []string
	for _, s := range []checker.Severity{checker.Error, checker.Warning, checker.Info} {
		if n := t.counts[s]; n > 0 {
			parts = append(parts, plural(n, string(s)))
		}
	}
	summary := "no findings"
	if len(parts) > 0 {
		summary = strings.Join(parts, ", ")
	}
	ref := "reference dates vary by file"
	if len(t.refs) == 1 {
		ref = fmt.Sprintf("reference date %s (%s)", t.ref.Date, t.ref.Source)
	}
	t.printf("%s in %s; %s\n", summary, plural(t.files, "file"), ref)
	return t.err
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// oneLine folds line breaks so that each entry stays on one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// writeDates prints the dates of one report: one line each in text, or one
// JSON object {"file", "reference_date", "dates"}.
func writeDates(w io.Writer, format, file string, rep checker.Report) error {
	if format == "json" {
		return json.NewEncoder(w).Encode(struct {
			File          string                `json:"file"`
			ReferenceDate checker.ReferenceDate `json:"reference_date"`
			Dates         []checker.Date        `json:"dates"`
		}{file, rep.ReferenceDate, rep.Dates})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: reference date %s (%s)\n", file, rep.ReferenceDate.Date, rep.ReferenceDate.Source)
	for _, d := range rep.Dates {
		interval := "-"
		if d.From != "" {
			interval = fmt.Sprintf("[%s, %s)", d.From, d.To)
		}
		tense := d.Tense
		if d.TenseCue != "" {
			tense += fmt.Sprintf(" (%q)", d.TenseCue)
		}
		fmt.Fprintf(&b, "%s:%d:%d: %q %s %s %s %s %s — %s\n", file, d.Line, d.Column, oneLine(d.Text),
			d.Type, d.Value, interval, orDash(d.Granularity), tense, oneLine(d.Resolved))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
