// Package analysis holds what a rule sees and what it returns: the Pass of
// shared analyses over one article, the Rule definition, and the Finding,
// Span and Severity types. It is a leaf that both package checker (which runs
// rules) and package rules (which defines them) import, in the manner of
// golang.org/x/tools/go/analysis.
package analysis

import (
	"time"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/desk"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/text"
)

// Severity is how serious a finding is: error, warning or info.
type Severity string

// The severities, from least to most serious.
const (
	Info    Severity = "info"
	Warning Severity = "warning"
	Error   Severity = "error"
)

// Rank orders severities: info 1, warning 2, error 3; anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Info:
		return 1
	case Warning:
		return 2
	case Error:
		return 3
	}
	return 0
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(s string) (Severity, bool) {
	v := Severity(s)
	return v, v.Rank() > 0
}

// Span is a stretch of the caller's input. Start and End are byte offsets
// (End exclusive); Line and Column are 1-based, the column counted in
// characters. A rule fills only Start and End, as offsets into Pass.Text;
// the checker maps them to the original input and fills the rest.
type Span struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
}

// Related is a second place a finding points at, with a note that says what
// it shows (for a date, how it was resolved).
type Related struct {
	Span
	Note string `json:"note"`
}

// Finding is one contradiction a rule reports.
type Finding struct {
	Rule     string    `json:"rule"`
	Severity Severity  `json:"severity"`
	Message  string    `json:"message"`
	Span     Span      `json:"span"`
	Related  []Related `json:"related"`
}

// At returns a Span over [start, end) of Pass.Text, for a rule to report.
func At(start, end int) Span { return Span{Start: start, End: end} }

// Reference is the date relative expressions are resolved against, and
// where it came from: "flag", "front-matter", "metadata", "dateline" or
// "today".
type Reference struct {
	Date   time.Time `json:"-"`
	Source string    `json:"source"`
	// Assumed is true when the date was guessed (today, or a dateline
	// without a year whose year was inferred).
	Assumed bool `json:"-"`
	// Start and End locate the dateline in Pass.Text when Source is
	// "dateline".
	Start, End int `json:"-"`
	// Copy is the copy's own date (its dateline or metadata) when a date
	// was given that differs from it; nil otherwise.
	Copy *CopyDate `json:"-"`
}

// CopyDate is the date the copy gives itself, and where.
type CopyDate struct {
	Date time.Time
	// Source is "dateline", "front-matter" or "metadata".
	Source string
	// Start and End locate a dateline's date in Pass.Text; both 0 for
	// metadata.
	Start, End int
}

// Pass is everything a rule may read about one article: its plain text and
// the analyses run once over it. Rules never parse text themselves.
type Pass struct {
	// Text is the article as plain text; all offsets below index it.
	Text string
	// Reference is the publication date used to resolve relative dates.
	Reference Reference
	// Dateline covers the date of the dateline the copy opens with, if
	// any (zero otherwise): a date of filing, not of an event.
	Dateline text.Span
	// Reading is the one reading of Text every analysis shares: its
	// sentences and tokens, each token with its part of speech and lemma.
	Reading *text.Reading
	// Sentences splits Text into sentences (Reading.Sentences).
	Sentences []text.Sentence
	// Dates holds every time expression, resolved, in order of position.
	Dates []dates.Expr
	// Events holds the event mentions and their groups.
	Events events.Analysis
	// Quantities holds every number with its unit and counted noun.
	Quantities []quantities.Quantity
	// Entities holds the people and organisations spoken of, every mention
	// of a person resolved, and the ages and birth dates given them.
	Entities entities.Analysis
	// Facts is the desk's facts file, nil when none was given; Desk links
	// the copy's people, names and events to it.
	Facts *facts.Facts
	Desk  desk.Analysis
	// Settings holds the values a configuration gave rules' settings, by
	// rule ID and setting name; see Rule.Settings and Pass.Setting.
	Settings map[string]map[string]float64
}

// Setting is a threshold of a rule worth changing, with its default and
// the range it may take.
type Setting struct {
	Name, Doc         string
	Default, Min, Max float64
}

// Setting returns the configured value of rule id's setting name, or def.
func (p *Pass) Setting(id, name string, def float64) float64 {
	if v, ok := p.Settings[id][name]; ok {
		return v
	}
	return def
}

// Rule is one check: its documented identity and the function that runs it.
type Rule struct {
	// ID is the stable, kebab-case name users see and configure.
	ID string
	// Summary is one line for `copydesk rules`.
	Summary string
	// Doc explains what the rule catches and why.
	Doc string
	// Bad is an example the rule fires on; Good a corrected one it passes.
	Bad, Good string
	// Severity is the default severity of its findings.
	Severity Severity
	// Run reports the rule's findings on one article. It may leave
	// Finding.Rule and Finding.Severity empty: the checker fills them.
	Run func(*Pass) []Finding
	// Settings are the thresholds a configuration may change.
	Settings []Setting
	// Facts is the desk's facts file (YAML) a desk rule's examples assume;
	// empty for rules that compare the copy with itself.
	Facts string
}
