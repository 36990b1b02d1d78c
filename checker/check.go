package checker

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/input"
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/tagger"
	"github.com/copydesk/copydesk/checker/text"
	"github.com/copydesk/copydesk/rules"
)

// ErrTooLarge is returned for a document above Options.MaxBytes.
var ErrTooLarge = errors.New("document too large")

// InternalErrorRule is the rule ID of the finding that reports a rule or
// analysis that failed; the other rules' findings still stand.
const InternalErrorRule = "internal-error"

// Checker checks documents with fixed options. It holds no mutable state,
// so one Checker may serve concurrent calls.
type Checker struct {
	opts  Options
	rules []*Rule
}

// New validates opts (every rule ID it names must exist) and returns a
// Checker. The first New of a process loads the tagger's weights and the
// lexicon.
func New(opts Options) (*Checker, error) {
	all := opts.Rules
	if all == nil {
		all = rules.All()
	}
	known := make(map[string]*Rule, len(all))
	for _, r := range all {
		known[r.ID] = r
	}
	off := make(map[string]bool, len(opts.Disabled))
	for _, id := range opts.Disabled {
		if known[id] == nil {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
		off[id] = true
	}
	for id, sev := range opts.Severity {
		if known[id] == nil {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
		if sev.Rank() == 0 {
			return nil, fmt.Errorf("rule %q: unknown severity %q", id, sev)
		}
	}
	if err := checkSettings(known, opts.Settings); err != nil {
		return nil, err
	}
	// The tagger's weights and the lexicon load once per process (about
	// 80 ms); loading them here keeps that out of the first check.
	tagger.Default()
	lexicon.Default()
	c := &Checker{opts: opts}
	for _, r := range all {
		if !off[r.ID] {
			c.rules = append(c.rules, r)
		}
	}
	return c, nil
}

// Check checks doc with the default options.
func Check(ctx context.Context, doc Document) (Report, error) {
	c, err := New(Options{})
	if err != nil {
		return Report{}, err
	}
	return c.Check(ctx, doc)
}

// Rules returns the rules this Checker runs (those not disabled), in
// order, with the severity each reports at.
func (c *Checker) Rules() []*Rule {
	out := make([]*Rule, 0, len(c.rules))
	for _, r := range c.rules {
		if sev, ok := c.opts.Severity[r.ID]; ok && sev != r.Severity {
			cp := *r
			cp.Severity = sev
			r = &cp
		}
		out = append(out, r)
	}
	return out
}

// Check checks one document. It returns an error for input it cannot read
// (unknown format, too large, unparseable) and the context's error when ctx
// ends first; a rule that fails becomes an internal-error finding instead.
//
// Check returns when ctx ends even if an analysis or rule is still running;
// that step goes on, on its own goroutine, until it returns (the following
// steps are skipped). A caller that must bound such work uses CheckTracked.
func (c *Checker) Check(ctx context.Context, doc Document) (Report, error) {
	rep, _, err := c.CheckTracked(ctx, doc)
	return rep, err
}

// CheckTracked is Check, and also tells when all the work the check started
// has ended: done is closed once no analysis or rule of this check is
// running any more. It is already closed when CheckTracked returns, except
// when ctx ended in the middle of a step; done then closes when that step
// returns (the steps after it are skipped), or never if the step never
// returns. A caller that bounds the checks in flight, such as a server
// with a concurrency limit, holds a check's slot until done is closed, so
// that abandoned work keeps counting against the bound.
func (c *Checker) CheckTracked(ctx context.Context, doc Document) (rep Report, done <-chan struct{}, err error) {
	if err := ctx.Err(); err != nil {
		return Report{}, closed, err
	}
	if c.opts.MaxBytes > 0 && len(doc.Text) > c.opts.MaxBytes {
		return Report{}, closed, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(doc.Text), c.opts.MaxBytes)
	}
	format, err := input.ParseFormat(doc.Format)
	if err != nil {
		return Report{}, closed, err
	}
	if format == "" {
		format = input.Detect(doc.Name, []byte(doc.Text))
	}
	// Reading the input is a step like the others: a deadline that ends
	// first returns at once, and done tracks the read still running.
	var (
		in      *input.Doc
		readErr error
	)
	read := func() {
		if err := safely(func() { in, readErr = input.Parse([]byte(doc.Text), format) }); err != nil {
			readErr = fmt.Errorf("reading the %s input: %w", format, err)
		}
	}
	if done, err := untilDone(ctx, read); err != nil {
		return Report{}, done, err
	}
	if readErr != nil {
		return Report{}, closed, readErr
	}
	dayFirst := c.opts.DayFirst
	if doc.DayFirst != nil {
		dayFirst = *doc.DayFirst
	}
	steps := &guard{}
	// The analyses and rules run until done or until ctx ends; if ctx ends
	// first they may go on for a while on their own goroutine, so nothing
	// here reads found, ds or steps.failed after an error.
	found, ds := []Finding{}, []Date{}
	maxRule, maxDates := limit(c.opts.MaxPerRule, DefaultMaxPerRule), limit(c.opts.MaxDates, DefaultMaxDates)
	kept := newBounded(maxRule)
	var (
		m   *mapper
		ref analysis.Reference
	)
	done, err = untilDone(ctx, func() {
		// Everything after the read runs here, where the deadline is
		// watched: on a long input, finding the dateline and indexing
		// the lines take time too.
		// A dateline opens the copy or not; it is looked for once.
		dl, hasDateline := dates.FindDateline(in.Text, dayFirst)
		ref = c.reference(doc, in, dl, hasDateline)
		m = newMapper(doc.Text, in)
		c.readSections(ctx, sections(in.Text, SectionBytes), func(sec section) sectionResult {
			pass := &analysis.Pass{Text: in.Text[sec.start:sec.end], Reference: referenceIn(ref, sec), Settings: c.opts.Settings, Facts: c.opts.Facts}
			if hasDateline && sec.start == 0 {
				pass.Dateline = text.Span{Start: dl.Start, End: dl.End}
			}
			opts := c.opts
			opts.DayFirst = dayFirst
			runAnalyses(ctx, pass, opts, sec.start == 0, steps)
			return sectionResult{findings: c.runRules(ctx, pass, steps), dates: pass.Dates}
		}, func(sec section, r sectionResult) {
			found = kept.add(found, sortFindings(m.findings(shiftFindings(r.findings, sec.start))))
			if maxDates < 0 || len(ds) < maxDates {
				ds = append(ds, m.dates(r.dates, sec.start)...)
			}
		})
	})
	if err != nil {
		return Report{}, done, err
	}
	if err := ctx.Err(); err != nil {
		return Report{}, done, err
	}
	rep = Report{
		ReferenceDate: ReferenceDate{Date: ref.Date.Format(time.DateOnly), Source: ref.Source},
		Findings:      sortFindings(append(kept.summaries(found), m.findings(steps.failed)...)),
		Dates:         ds,
	}
	rep.Findings, rep.Suppressed = dropSuppressed(rep.Findings, suppressions(doc.Text))
	if maxDates >= 0 && len(rep.Dates) > maxDates {
		rep.Dates = rep.Dates[:maxDates]
	}
	return rep, done, nil
}

// runRules runs every rule over pass, each guarded, and fills in the
// findings' rule IDs and severities. It stops early when ctx ends.
func (c *Checker) runRules(ctx context.Context, pass *analysis.Pass, guard *guard) []Finding {
	var found []Finding
	for _, r := range c.rules {
		if ctx.Err() != nil {
			return nil
		}
		var fs []Finding
		guard.run("rule ", r.ID, func() { fs = r.Run(pass) })
		sev := r.Severity
		if s, ok := c.opts.Severity[r.ID]; ok {
			sev = s
		}
		for _, f := range fs {
			f.Rule = r.ID
			if f.Severity == "" || sev != r.Severity {
				f.Severity = sev
			}
			found = append(found, f)
		}
	}
	return found
}

// reference picks the publication date: the caller's, the document's own
// metadata, a dateline, or today.
func (c *Checker) reference(doc Document, in *input.Doc, dl dates.Dateline, hasDateline bool) analysis.Reference {
	switch {
	case !doc.Published.IsZero():
		ref := analysis.Reference{Date: day(doc.Published), Source: "flag"}
		if own, ok := copyDate(in, ref.Date, dl, hasDateline); ok && !own.Date.Equal(ref.Date) {
			ref.Copy = &own
		}
		return ref
	case !in.Published.IsZero():
		return analysis.Reference{Date: day(in.Published), Source: in.PublishedSource}
	}
	today := c.opts.Today
	if today.IsZero() {
		today = time.Now().UTC()
	}
	today = day(today)
	if hasDateline {
		if t, ok := dl.Date(today); ok {
			return analysis.Reference{Date: t, Source: "dateline", Assumed: dl.Year == 0, Start: dl.Start, End: dl.End}
		}
	}
	return analysis.Reference{Date: today, Source: "today", Assumed: true}
}

// copyDate returns the date the copy gives itself: its metadata, else a
// dateline (a yearless one read near the date given).
func copyDate(in *input.Doc, near time.Time, dl dates.Dateline, hasDateline bool) (analysis.CopyDate, bool) {
	if !in.Published.IsZero() {
		return analysis.CopyDate{Date: day(in.Published), Source: in.PublishedSource}, true
	}
	if hasDateline {
		if t, ok := dl.Date(near); ok {
			return analysis.CopyDate{Date: t, Source: "dateline", Start: dl.Start, End: dl.End}, true
		}
	}
	return analysis.CopyDate{}, false
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// guard runs the steps of one check, each recovered from a panic, and
// keeps an internal-error finding for each step that failed.
type guard struct {
	mu     sync.Mutex // sections may fail at once
	failed []Finding
}

// run runs f, the step named kind and name ("rule ", "age-year"); the
// name is joined only for a step that fails, and f does not escape, so a
// step costs no allocation of its own.
func (g *guard) run(kind, name string, f func()) {
	if err := safely(f); err != nil {
		g.mu.Lock()
		g.failed = append(g.failed, internalError(kind+name, err))
		g.mu.Unlock()
	}
}

// safely runs f, turning a panic into an error with its stack's first lines.
func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			stack := strings.SplitN(string(debug.Stack()), "\n", 12)
			err = fmt.Errorf("panic: %v [%s]", r, strings.Join(stack[min(len(stack), 5):], " | "))
		}
	}()
	f()
	return nil
}

func internalError(what string, err error) Finding {
	return Finding{
		Rule:     InternalErrorRule,
		Severity: Error,
		Message:  fmt.Sprintf("%s failed; its findings are missing, the others stand (please report this): %v", what, err),
	}
}

// sortFindings orders findings by position, then rule and message, and
// drops exact duplicates.
func sortFindings(fs []Finding) []Finding {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return a.Span.End < b.Span.End
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := out[len(out)-1]
			if p.Rule == f.Rule && p.Span.Start == f.Span.Start && p.Span.End == f.Span.End && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// limit returns the bound an option sets: def for 0, -1 (none) for a
// negative value.
func limit(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return -1
	}
	return v
}

// bounded keeps the first n findings of each rule as sections are read
// (n < 0 keeps all), and counts the rest.
type bounded struct {
	n     int
	count map[string]int
	first map[string]Span // where each rule's first finding stands
}

func newBounded(n int) *bounded {
	return &bounded{n: n, count: map[string]int{}, first: map[string]Span{}}
}

// add appends to dst the findings of fs, in order, that are within the
// bound of their rule.
func (b *bounded) add(dst, fs []Finding) []Finding {
	for _, f := range fs {
		if b.count[f.Rule] == 0 {
			b.first[f.Rule] = f.Span
		}
		b.count[f.Rule]++
		if b.n < 0 || b.count[f.Rule] <= b.n {
			dst = append(dst, f)
		}
	}
	return dst
}

// summaries appends to dst, for each rule that had more findings than the
// bound, one info finding that says how many more there were.
func (b *bounded) summaries(dst []Finding) []Finding {
	rules := make([]string, 0, len(b.count))
	for r := range b.count {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	for _, r := range rules {
		if more := b.count[r] - b.n; b.n >= 0 && more > 0 {
			dst = append(dst, Finding{
				Rule:     r,
				Severity: Info,
				Message:  fmt.Sprintf("%d more %s findings in this document are not shown (at most %d per rule)", more, r, b.n),
				Span:     b.first[r],
			})
		}
	}
	return dst
}

// checkSettings checks that every setting names a rule and a setting it
// has, with a value in range.
func checkSettings(known map[string]*Rule, settings map[string]map[string]float64) error {
	ids := make([]string, 0, len(settings))
	for id := range settings {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		r := known[id]
		if r == nil {
			return fmt.Errorf("settings: unknown rule %q", id)
		}
		for name, v := range settings[id] {
			i := slices.IndexFunc(r.Settings, func(s analysis.Setting) bool { return s.Name == name })
			if i < 0 {
				return fmt.Errorf("settings: %s has no setting %q%s", id, name, settingNames(r))
			}
			if s := r.Settings[i]; v < s.Min || v > s.Max {
				return fmt.Errorf("settings: %s: %s: %g is out of range %g to %g (%s)", id, name, v, s.Min, s.Max, s.Doc)
			}
		}
	}
	return nil
}

// settingNames lists a rule's settings for an error message.
func settingNames(r *Rule) string {
	if len(r.Settings) == 0 {
		return " (it has none)"
	}
	names := make([]string, len(r.Settings))
	for i, s := range r.Settings {
		names[i] = s.Name
	}
	return " (it has: " + strings.Join(names, ", ") + ")"
}
