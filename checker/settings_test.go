package checker

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSettingsValidated: a configuration's rule settings name a rule and a
// setting it has, in range; anything else is refused when the checker is
// made, not ignored.
func TestSettingsValidated(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings map[string]map[string]float64
		err      string
	}{
		{"known and in range", map[string]map[string]float64{"number-restated": {"tolerance": 5}}, ""},
		{"unknown rule", map[string]map[string]float64{"no-such": {"tolerance": 5}}, `unknown rule "no-such"`},
		{"rule without settings", map[string]map[string]float64{"weekday-date": {"tolerance": 5}}, "(it has none)"},
		{"unknown setting", map[string]map[string]float64{"number-restated": {"slack": 5}}, `no setting "slack"`},
		{"below range", map[string]map[string]float64{"number-restated": {"tolerance": -1}}, "out of range"},
		{"above range", map[string]map[string]float64{"number-restated": {"tolerance": 51}}, "out of range"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(Options{Settings: tc.settings})
			if tc.err == "" {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.err)
		})
	}
}

// TestToleranceSetting: number-restated's tolerance lets two figures that
// differ by less than it stand, and leaves larger differences flagged.
func TestToleranceSetting(t *testing.T) {
	pub := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		tolerance  float64
		want       bool
	}{
		{"4% apart, no tolerance", "The city approved a $240 million tram line in May. Work on the $250 million tram line starts in June.", 0, true},
		{"4% apart, 5% tolerance", "The city approved a $240 million tram line in May. Work on the $250 million tram line starts in June.", 5, false},
		{"3% apart, no tolerance", "The ferry was carrying 310 passengers on Monday. All 300 passengers were safe.", 0, true},
		{"3% apart, 5% tolerance", "The ferry was carrying 310 passengers on Monday. All 300 passengers were safe.", 5, false},
		{"25% apart, 5% tolerance", "The board backed a €80 million bond sale on Monday. The €100 million bond sale closes on Friday.", 5, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(Options{Settings: map[string]map[string]float64{"number-restated": {"tolerance": tc.tolerance}}})
			require.NoError(t, err)
			rep, err := c.Check(context.Background(), Document{Text: tc.text, Published: pub})
			require.NoError(t, err)
			got := false
			for _, f := range rep.Findings {
				got = got || f.Rule == "number-restated"
			}
			assert.Equal(t, tc.want, got, "%v", rep.Findings)
		})
	}
}

// TestInstanceGapSetting: event-date's instance-gap is how far apart two
// dates of one event may lie before they are two instances of a recurring
// event; a desk that covers quarterly summits may lower it.
func TestInstanceGapSetting(t *testing.T) {
	pub := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, text string
		gap        float64
		want       bool
	}{
		{"three months apart, default gap", "The summit on March 3 will open with a vote on trade.\n\nDelegates arrive before the June 2 summit, officials said.", 183, true},
		{"three months apart, gap of 60 days", "The summit on March 3 will open with a vote on trade.\n\nDelegates arrive before the June 2 summit, officials said.", 60, false},
		{"two days apart, gap of 60 days", "The hearing on March 3 will open at nine.\n\nLawyers met before the March 5 hearing, the court said.", 60, true},
		{"five weeks apart, default gap", "The conference on April 4 will open in Lyon.\n\nHotels near the May 9 conference are full, organisers said.", 183, true},
		{"five weeks apart, gap of 30 days", "The conference on April 4 will open in Lyon.\n\nHotels near the May 9 conference are full, organisers said.", 30, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(Options{Settings: map[string]map[string]float64{"event-date": {"instance-gap": tc.gap}}})
			require.NoError(t, err)
			rep, err := c.Check(context.Background(), Document{Text: tc.text, Published: pub})
			require.NoError(t, err)
			got := false
			for _, f := range rep.Findings {
				got = got || f.Rule == "event-date"
			}
			assert.Equal(t, tc.want, got, "%v", rep.Findings)
		})
	}
}
