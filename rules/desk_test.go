package rules_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/facts"
)

// deskTestFacts is the desk the tests below check copy against.
const deskTestFacts = `people:
  - name: Ilona Marwick
    forms: [Ilona Marwik]
    born: 1971-04-09
    offices:
      - title: mayor of Port Alder
        from: 2014-06-01
        to: 2019-11-20
      - title: interior minister
        from: 2019-11-20
  - name: Tomas Brenner
    born: 1958
  - name: Anna Brenner
    born: 1990-02-01
organisations:
  - name: Halvard Shipping
places:
  - name: Castravel
  - name: Lindhaven
events:
  - name: Strait summit
    recurs: yearly
    dates:
      - from: 2025-11-05
        place: Dunmere
      - from: 2026-11-18
        to: 2026-11-19
        place: Castravel
  - name: Harbour Trade Fair
    recurs: yearly
    dates:
      - from: 2026-10-13
        to: 2026-10-16
        place: Tarnwick
`

// deskFindings checks copy published on 2026-03-03 against the desk and
// returns the desk findings, as "rule: message".
func deskFindings(t *testing.T, text string) []string {
	t.Helper()
	f, err := facts.Parse([]byte(deskTestFacts), "desk.yaml")
	require.NoError(t, err)
	c, err := checker.New(checker.Options{Facts: f})
	require.NoError(t, err)
	rep, err := c.Check(context.Background(), checker.Document{Text: text, Published: time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)})
	require.NoError(t, err)
	var out []string
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Rule, "desk-") {
			out = append(out, f.Rule+": "+f.Message)
		}
	}
	return out
}

// TestDeskGuards: each link the desk rules stand on, with paraphrases that
// must and must not fire.
func TestDeskGuards(t *testing.T) {
	for _, tc := range []struct {
		name, text, rule string // rule "" for none
	}{
		// an event's own date modifies its noun
		{"date before the noun", "Officials prepared for next month's Strait summit.", "desk-event"},
		{"date in the possessive", "Delegates left early for April's Strait summit, officials said.", "desk-event"},
		{"date right before the noun", "Hotels near the April 9 Strait summit are full.", "desk-event"},
		// or follows it, joined only by a verb of taking place
		{"date after a verb of taking place", "The Harbour Trade Fair will open in Tarnwick on Oct. 6, organisers said.", "desk-event"},
		{"date after a relative clause", "The Harbour Trade Fair, which will run on Oct. 1, has sold out.", "desk-event"},
		{"date after is", "The Strait summit is on April 2 this year.", "desk-event"},
		{"date after a mis-tagged verb", "The Harbour Trade Fair opens on Oct. 20, 2026, in Tarnwick.", "desk-event"},
		// a date of another act is not the event's
		{"date of the event's own act", "The Harbour Trade Fair named a new director on Monday.", ""},
		{"another noun between", "Castravel, host of the Strait summit, will hold its regatta on July 4.", ""},
		{"the event in a prepositional phrase", "Campaigning for the Harbour Trade Fair began on Monday in Tarnwick.", ""},
		// the right date agrees
		{"the desk's month", "The Strait summit in Castravel this November will discuss fishing.", ""},
		{"the desk's days", "The Harbour Trade Fair opens on Oct. 13 in Tarnwick.", ""},
		{"last year's instance", "Last year's Strait summit in Dunmere ended without a deal.", ""},
		// places
		{"another city", "Leaders will meet at the Strait summit in Porto this November.", "desk-event"},
		{"another city, relative clause", "The Strait summit, which opens in Porto in November, will discuss fishing.", "desk-event"},
		{"another city, anaphora", "The Strait summit is in November. The summit in Porto will discuss fishing.", "desk-event"},
		{"a venue in the desk's city", "The Strait summit at the Harbour Hall in Castravel opens in November.", ""},
		{"a country holds the city", "The Strait summit in Portugal opens in November.", ""},
		{"a place after another noun", "After the Strait summit, the minister met Brenner in Porto.", ""},
		// names close to a house form
		{"a surname misspelt", "Interior Minister Ilona Marvick opened the bridge.", "desk-name"},
		{"an organisation misspelt", "The contract went to Halverd Shipping on Monday.", "desk-name"},
		{"a place misspelt", "The ferry to Lindhoven was cancelled.", "desk-name"},
		{"an accepted form", "Interior Minister Ilona Marwik opened the bridge.", ""},
		{"a name not close", "Interior Minister Ilona Marquez opened the bridge.", ""},
		{"a short name is left alone", "The ferry to Linda was cancelled.", ""},
		// ages
		{"an age the birth date contradicts", "Interior Minister Ilona Marwick, 56, opened the bridge.", "desk-age"},
		{"the right age", "Interior Minister Ilona Marwick, 54, opened the bridge.", ""},
		{"a year-only birth allows two ages", "Tomas Brenner, 67, and Tomas Brenner's son met. Brenner, 68, smiled.", ""},
		{"a surname two desk people share links neither", "Brenner, 20, opened the bridge.", ""},
		{"an age at a dated earlier time", "Ilona Marwick was 40 when she became mayor on June 1, 2014.", "desk-age"},
		// titles
		{"an office held before", "Mayor Ilona Marwick opened the bridge.", "desk-title"},
		{"a former office", "Former Mayor Ilona Marwick opened the bridge.", ""},
		{"former, but still held", "Former Interior Minister Ilona Marwick opened the bridge.", "desk-title"},
		{"the wrong year taken", "Ilona Marwick, who became interior minister in 2021, opened the bridge.", "desk-title"},
		{"the right year taken", "Ilona Marwick, who took office as interior minister in 2019, opened the bridge.", ""},
		{"a title the desk does not list", "Party Chair Ilona Marwick opened the bridge.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := deskFindings(t, tc.text)
			if tc.rule == "" {
				assert.Empty(t, got)
				return
			}
			require.NotEmpty(t, got)
			assert.True(t, strings.HasPrefix(got[0], tc.rule+": "), "%v", got)
		})
	}
}
