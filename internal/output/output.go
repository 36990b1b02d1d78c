// Package output writes copydesk reports in the formats the CLI offers:
// text for people, JSON for programs, SARIF for code-scanning views and
// GitHub workflow annotations.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/checker"
)

// Formats lists the output formats New accepts.
var Formats = []string{"text", "json", "sarif", "github"}

// Writer prints the reports of one run. Report is called once per input
// file, with the file's original text (for positions the report does not
// carry); Close ends the run (SARIF writes everything there).
type Writer interface {
	Report(file, src string, rep checker.Report) error
	Close() error
}

// Valid reports whether format is one of Formats.
func Valid(format string) bool {
	for _, f := range Formats {
		if f == format {
			return true
		}
	}
	return false
}

// New returns the Writer for format (see Formats); version names the tool
// version in SARIF. An unknown format gets the text writer: check Valid
// first.
func New(format, version string, w io.Writer) Writer {
	return NewStyled(format, version, w, Style{})
}

// Style tunes the text format: Quiet leaves out the closing summary line,
// so that correct copy prints nothing (--quiet); Color colours each
// finding's severity, for a terminal.
type Style struct {
	Quiet, Color bool
}

// NewStyled is New with the text format in style st.
func NewStyled(format, version string, w io.Writer, st Style) Writer {
	switch format {
	case "json":
		return &jsonWriter{enc: json.NewEncoder(w)}
	case "sarif":
		return newSARIF(version, w)
	case "github":
		return &githubWriter{w: w}
	}
	return &textWriter{w: w, quiet: st.Quiet, color: st.Color}
}

// FileReport is one line of JSON output: a report with its file name.
type FileReport struct {
	File string `json:"file"`
	checker.Report
}

// jsonWriter writes one JSON object per file, one per line.
type jsonWriter struct{ enc *json.Encoder }

func (j *jsonWriter) Report(file, _ string, rep checker.Report) error {
	return j.enc.Encode(FileReport{File: file, Report: rep})
}

func (j *jsonWriter) Close() error { return nil }

// textWriter writes FILE:LINE:COL: SEVERITY: MESSAGE [RULE] lines, related
// spans indented below, and a closing summary.
type textWriter struct {
	w          io.Writer
	quiet      bool
	color      bool
	files      int
	suppressed int
	counts     map[checker.Severity]int
	refs       map[checker.ReferenceDate]bool
	ref        checker.ReferenceDate
	err        error
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) Report(file, _ string, rep checker.Report) error {
	if t.counts == nil {
		t.counts = map[checker.Severity]int{}
		t.refs = map[checker.ReferenceDate]bool{}
	}
	t.files++
	t.suppressed += rep.Suppressed
	t.refs[rep.ReferenceDate] = true
	t.ref = rep.ReferenceDate
	for _, f := range rep.Findings {
		t.counts[f.Severity]++
		t.printf("%s:%d:%d: %s: %s [%s]\n", file, f.Span.Line, f.Span.Column, t.severity(f.Severity), OneLine(f.Message), f.Rule)
		for _, r := range f.Related {
			t.printf("    %s:%d:%d: %q — %s\n", file, r.Line, r.Column, OneLine(r.Text), OneLine(r.Note))
		}
	}
	return t.err
}

func (t *textWriter) Close() error {
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
	if t.quiet {
		return t.err
	}
	if t.suppressed > 0 {
		summary += fmt.Sprintf(" (%d suppressed)", t.suppressed)
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

// OneLine folds line breaks so that each entry stays on one line.
func OneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// WriteDates prints the dates of one report: one line each in text, or one
// JSON object {"file", "reference_date", "dates"}.
func WriteDates(w io.Writer, format, file string, rep checker.Report) error {
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
		fmt.Fprintf(&b, "%s:%d:%d: %q %s %s %s %s %s — %s\n", file, d.Line, d.Column, OneLine(d.Text),
			d.Type, d.Value, interval, orDash(d.Granularity), tense, OneLine(d.Resolved))
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

// severityColors are ANSI colours for each severity: red, yellow, cyan.
var severityColors = map[checker.Severity]string{checker.Error: "\x1b[31m", checker.Warning: "\x1b[33m", checker.Info: "\x1b[36m"}

// severity writes a severity, coloured when the writer colours.
func (t *textWriter) severity(s checker.Severity) string {
	if c, ok := severityColors[s]; ok && t.color {
		return c + string(s) + "\x1b[0m"
	}
	return string(s)
}
