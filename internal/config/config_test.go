package config

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
)

func TestParse(t *testing.T) {
	yes := true
	for _, tc := range []struct {
		name, in string
		want     *Config
		err      string
	}{
		{"empty", "", &Config{}, ""},
		{"full", "rules:\n  tense-time: error\n  reference-date: off\nfail-on: info\nday-first: true\n",
			&Config{Rules: map[string]string{"tense-time": "error", "reference-date": "off"}, FailOn: "info", DayFirst: &yes}, ""},
		{"unknown key", "rulez:\n  tense-time: off\n", nil, "rulez"},
		{"unknown rule", "rules:\n  no-such-rule: off\n", nil, `"no-such-rule"`},
		{"unknown severity", "rules:\n  tense-time: loud\n", nil, `"loud"`},
		{"unknown fail-on", "fail-on: always\n", nil, `"always"`},
		{"bad day-first", "day-first: maybe\n", nil, "`maybe` is not true or false"},
		{"settings", "settings:\n  number-restated:\n    tolerance: 5\n", &Config{Settings: map[string]map[string]float64{"number-restated": {"tolerance": 5}}}, ""},
		{"setting not a number", "settings:\n  number-restated:\n    tolerance: five\n", nil, "`five` is not a number"},
		{"setting of unknown rule", "settings:\n  no-such-rule:\n    tolerance: 5\n", nil, `unknown rule "no-such-rule"`},
		{"unknown setting", "settings:\n  number-restated:\n    slack: 5\n", nil, `has no setting "slack" (it has: tolerance)`},
		{"setting out of range", "settings:\n  number-restated:\n    tolerance: 80\n", nil, "out of range 0 to 50"},
		{"unknown key names the known", "colour: red\n", nil, "unknown key colour (known: rules, fail-on, day-first, settings, facts)"},
		{"list for a value", "fail-on: [error]\n", nil, "a seq where a single value is expected"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.in))
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c)
		})
	}
}

func TestOptions(t *testing.T) {
	c, err := Parse([]byte("rules:\n  tense-time: error\n  reference-date: off\nday-first: true\n"))
	require.NoError(t, err)
	o := c.Options()
	assert.Equal(t, []string{"reference-date"}, o.Disabled)
	assert.Equal(t, map[string]checker.Severity{"tense-time": checker.Error}, o.Severity)
	assert.True(t, o.DayFirst)
	_, err = checker.New(o)
	assert.NoError(t, err)
}

func TestFindWalksUp(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	p, err := Find(deep)
	require.NoError(t, err)
	// Nothing in the temp tree; a file further up (outside it) is not ours to assert on.
	if p != "" {
		assert.NotContains(t, p, root)
	}
	cfg := filepath.Join(root, "a", FileName)
	require.NoError(t, os.WriteFile(cfg, []byte("fail-on: error\n"), 0o644))
	p, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, cfg, p)
	c, err := Load(p)
	require.NoError(t, err)
	assert.Equal(t, "error", c.FailOn)
	assert.Equal(t, cfg, c.Path)

	require.NoError(t, os.WriteFile(cfg, []byte("colour: red\n"), 0o644))
	_, err = Load(cfg)
	require.Error(t, err)
	assert.Contains(t, err.Error(), cfg)
	assert.Contains(t, err.Error(), "colour")
}
