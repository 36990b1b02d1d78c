package main

import (
	"fmt"
	"path/filepath"
	"slices"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/facts"
	"github.com/copydesk/copydesk/internal/config"
	"github.com/copydesk/copydesk/rules"
)

// setup is a checker and exit threshold built from one configuration file
// and the command-line flags, which win over the file.
type setup struct {
	checker *checker.Checker
	failOn  string
}

// fails reports whether rep has a finding at or above the threshold.
func (s *setup) fails(rep checker.Report) bool {
	return s.failOn != "none" && rep.Count(checker.Severity(s.failOn)) > 0
}

// setups builds one setup per configuration file, on demand.
type setups struct {
	cf    *checkFlags
	rules []*checker.Rule
	byCfg map[string]*setup
	// facts holds the facts files read, by path.
	facts map[string]*facts.Facts
	// allDates lists every time expression (the dates command), not only
	// the first checker.DefaultMaxDates.
	allDates bool
}

// newSetups prepares setups for cf; rules replaces the rule set when not nil.
func newSetups(cf *checkFlags, rules []*checker.Rule) *setups {
	return &setups{cf: cf, rules: rules, byCfg: map[string]*setup{}, facts: map[string]*facts.Facts{}}
}

// forFile returns the setup for input name: --config if given, else the
// configuration file found from the input's folder (the working folder
// for standard input) upward.
func (ss *setups) forFile(name string) (*setup, error) {
	path := ss.cf.config
	if path == "" {
		dir := "."
		if name != "-" {
			dir = filepath.Dir(name)
		}
		var err error
		if path, err = config.Find(dir); err != nil {
			return nil, err
		}
	}
	if s := ss.byCfg[path]; s != nil {
		return s, nil
	}
	cfg := &config.Config{}
	if path != "" {
		var err error
		if cfg, err = config.Load(path); err != nil {
			return nil, err
		}
	}
	var err error
	opts := cfg.Options()
	if ss.cf.set["day-first"] || cfg.DayFirst == nil {
		opts.DayFirst = ss.cf.dayFirst
	}
	if ss.rules != nil {
		opts.Rules, opts.Disabled, opts.Severity = ss.rules, nil, nil
	}
	if ss.allDates {
		opts.MaxDates = -1
	}
	if err := ss.cf.applyRuleFlags(&opts); err != nil {
		return nil, err
	}
	if opts.Facts, err = ss.loadFacts(cfg); err != nil {
		return nil, err
	}
	failOn := ss.cf.failOn
	if !ss.cf.set["fail-on"] && cfg.FailOn != "" {
		failOn = cfg.FailOn
	}
	c, err := checker.New(opts)
	if err != nil {
		return nil, err
	}
	s := &setup{checker: c, failOn: failOn}
	ss.byCfg[path] = s
	return s, nil
}

// applyRuleFlags applies --disable and --enable over the configuration's
// disabled rules; an unknown rule ID is an error.
func (cf *checkFlags) applyRuleFlags(opts *checker.Options) error {
	for _, id := range cf.enable {
		if rules.ByID(id) == nil {
			return fmt.Errorf("--enable: unknown rule %q (\"copydesk rules\" lists them)", id)
		}
		opts.Disabled = slices.DeleteFunc(opts.Disabled, func(d string) bool { return d == id })
	}
	for _, id := range cf.disable {
		if rules.ByID(id) == nil {
			return fmt.Errorf("--disable: unknown rule %q (\"copydesk rules\" lists them)", id)
		}
		if !slices.Contains(opts.Disabled, id) {
			opts.Disabled = append(opts.Disabled, id)
		}
	}
	return nil
}

// loadFacts reads the facts file --facts or the configuration names, once
// per path; nil when none is named.
func (ss *setups) loadFacts(cfg *config.Config) (*facts.Facts, error) {
	path := ss.cf.facts
	if path == "" {
		path = cfg.FactsPath()
	}
	if path == "" {
		return nil, nil
	}
	if f, ok := ss.facts[path]; ok {
		return f, nil
	}
	f, err := facts.Load(path)
	if err != nil {
		return nil, err
	}
	ss.facts[path] = f
	return f, nil
}
