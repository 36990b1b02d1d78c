// Package config reads copydesk's configuration file, .copydesk.yaml:
//
//	rules:
//	  tense-time: error     # error, warning, info, or off
//	  reference-date: off
//	fail-on: error          # error, warning, info or none
//	day-first: true         # read 4/2/2026 as 4 February
//
// Unknown keys, rule IDs and values are errors that name them.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/internal/yamlmsg"
	"github.com/copydesk/copydesk/rules"
)

// FileName is the configuration file looked up from an input's folder upward.
const FileName = ".copydesk.yaml"

// Config is one configuration file's content.
type Config struct {
	// Rules maps rule IDs to "off" or a severity.
	Rules map[string]string `yaml:"rules"`
	// FailOn is the severity at or above which check exits 1, or "none";
	// empty when the file does not set it.
	FailOn string `yaml:"fail-on"`
	// DayFirst, when set, reads numeric dates as day/month.
	DayFirst *bool `yaml:"day-first"`
	// Settings sets rules' thresholds, by rule ID and setting name
	// ("number-restated: {tolerance: 5}"); `copydesk rules ID` lists a
	// rule's settings.
	Settings map[string]map[string]float64 `yaml:"settings"`
	// Facts names the desk's facts file, relative to this file's folder.
	Facts string `yaml:"facts"`
	// Path is the file it was read from; empty for no file.
	Path string `yaml:"-"`
}

// Find returns the path of the first FileName in dir or one of its
// parents, or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	c.Path = path
	return c, nil
}

// Parse reads and validates a configuration; empty input is the empty
// configuration.
func Parse(raw []byte) (*Config, error) {
	c := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlmsg.Plain(err, map[string]string{"config.Config": "rules, fail-on, day-first, settings, facts"})
	}
	return c, c.validate()
}

// validate checks rule IDs and values.
func (c *Config) validate() error {
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if rules.ByID(id) == nil {
			return fmt.Errorf("rules: unknown rule %q (\"copydesk rules\" lists them)", id)
		}
		if v := c.Rules[id]; v != "off" && checker.Severity(v).Rank() == 0 {
			return fmt.Errorf("rules: %s: unknown value %q (want off, error, warning or info)", id, v)
		}
	}
	if c.FailOn != "" && c.FailOn != "none" && checker.Severity(c.FailOn).Rank() == 0 {
		return fmt.Errorf("fail-on: unknown severity %q (want error, warning, info or none)", c.FailOn)
	}
	// The checker checks settings against the rules' own (names, ranges).
	_, err := checker.New(checker.Options{Settings: c.Settings})
	return err
}

// FactsPath returns the facts file the configuration names, relative to
// the configuration's folder, or "".
func (c *Config) FactsPath() string {
	if c.Facts == "" || filepath.IsAbs(c.Facts) || c.Path == "" {
		return c.Facts
	}
	return filepath.Join(filepath.Dir(c.Path), c.Facts)
}

// Options returns the checker options the configuration sets.
func (c *Config) Options() checker.Options {
	var o checker.Options
	ids := make([]string, 0, len(c.Rules))
	for id := range c.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		switch v := c.Rules[id]; v {
		case "off":
			o.Disabled = append(o.Disabled, id)
		default:
			if o.Severity == nil {
				o.Severity = map[string]checker.Severity{}
			}
			o.Severity[id] = checker.Severity(v)
		}
	}
	o.Settings = c.Settings
	if c.DayFirst != nil {
		o.DayFirst = *c.DayFirst
	}
	return o
}
