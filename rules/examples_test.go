package rules_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/rules"
)

// published reads the "(published [WEEKDAY] YYYY[-MM-DD])" note of a
// documented example.
var published = regexp.MustCompile(`\(published (?:[A-Z][a-z]+ )?(\d{4})(-\d\d-\d\d)?\)`)

// example turns a rule's documented example into copy and its publication
// date: the note is taken out, and an elision ("…", "...") ends a sentence.
// The date defaults to 2026-02-04; ok is false for an example that is no
// copy (a command line).
func example(s string) (text string, pub time.Time, ok bool) {
	if strings.HasPrefix(strings.TrimSpace(s), "copydesk ") {
		return "", time.Time{}, false
	}
	pub = time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)
	if m := published.FindStringSubmatch(s); m != nil {
		day := m[1] + "-06-15"
		if m[2] != "" {
			day = m[1] + m[2]
		}
		var err error
		if pub, err = time.Parse(time.DateOnly, day); err != nil {
			return "", time.Time{}, false
		}
		s = published.ReplaceAllString(s, "")
	}
	s = strings.NewReplacer("\n... ", "\n", "\n… ", "\n", "…", ". ", "...", ". ").Replace(s)
	return strings.TrimSpace(s), pub, true
}

// TestDocumentedExamples checks every rule's documentation: its bad example
// fires the rule, its good example does not.
func TestDocumentedExamples(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.ID, func(t *testing.T) {
			bad, pub, ok := example(r.Bad)
			require.True(t, ok, "the bad example must be copy")
			doc := checker.Document{Text: bad, Format: "text", Published: pub}
			if strings.Contains(r.Bad, "no --date given") {
				doc.Published = time.Time{}
			}
			assert.True(t, fires(t, r, doc), "the bad example does not fire: %q", bad)
			good, pub, ok := example(r.Good)
			if !ok {
				return
			}
			assert.False(t, fires(t, r, checker.Document{Text: good, Format: "text", Published: pub}), "the good example fires: %q", good)
		})
	}
}

// fires reports whether rule r reports on doc, with the facts file its
// examples assume.
func fires(t *testing.T, r *analysis.Rule, doc checker.Document) bool {
	t.Helper()
	return len(messages(t, r, doc)) > 0
}

// messages returns the messages of rule r's findings on doc, with the
// facts file its examples assume.
func messages(t *testing.T, r *analysis.Rule, doc checker.Document) []string {
	t.Helper()
	opts := checker.Options{Today: time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)}
	if r.Facts != "" {
		f, err := facts.Parse([]byte(r.Facts), "example")
		require.NoError(t, err)
		opts.Facts = f
	}
	c, err := checker.New(opts)
	require.NoError(t, err)
	rep, err := c.Check(context.Background(), doc)
	require.NoError(t, err)
	var out []string
	for _, f := range rep.Findings {
		if f.Rule == r.ID {
			out = append(out, f.Message)
		}
	}
	return out
}

// messageCase is a text and what the one finding of a rule on it says.
type messageCase struct{ text, want string }

// checkMessages runs rule r over each case's text, published on pub, and
// asserts it reports once, with a message that holds the case's words.
func checkMessages(t *testing.T, r *analysis.Rule, pub time.Time, cases []messageCase) {
	t.Helper()
	for _, c := range cases {
		msgs := messages(t, r, checker.Document{Text: c.text, Format: "text", Published: pub})
		if assert.Len(t, msgs, 1, c.text) {
			assert.Contains(t, msgs[0], c.want, c.text)
		}
	}
}

// fireCase is a text and whether a rule must fire on it.
type fireCase struct {
	text string
	want bool
}

// checkFires runs rule r over each case's text, published on pub, and
// asserts it fires exactly where the case wants.
func checkFires(t *testing.T, r *analysis.Rule, pub time.Time, cases []fireCase) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.want, fires(t, r, checker.Document{Text: c.text, Format: "text", Published: pub}), c.text)
	}
}
