// Package facts reads a desk's facts file: what a newsroom already knows
// about people (the house spelling of their names, birth dates, offices
// held and when), organisations, places and scheduled events (dates and
// places, year by year for recurring ones). The desk rules check copy
// against it.
package facts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/yamlmsg"
)

// Facts is one desk's facts file.
type Facts struct {
	People        []Person `yaml:"people,omitempty"`
	Organisations []Named  `yaml:"organisations,omitempty"`
	Places        []Named  `yaml:"places,omitempty"`
	Events        []Event  `yaml:"events,omitempty"`
	// Source names the file the facts were read from, for messages.
	Source string `yaml:"-"`
}

// Named is an organisation or a place: its house spelling and the other
// spellings the desk accepts.
type Named struct {
	Name  string   `yaml:"name"`
	Forms []string `yaml:"forms,omitempty"`
	line  int
}

// Person is what the desk knows of one person.
type Person struct {
	// Name is the house spelling; Forms the other accepted ones.
	Name  string   `yaml:"name"`
	Forms []string `yaml:"forms,omitempty"`
	// Born is the birth date, to the day, month or year; zero if unknown.
	Born        Date     `yaml:"born,omitempty"`
	Nationality string   `yaml:"nationality,omitempty"`
	Offices     []Office `yaml:"offices,omitempty"`
	line        int
}

// Office is an office a person held: its title ("president of Ukraine")
// and when it began and ended (zero: unknown, or for To, still held).
type Office struct {
	Title string `yaml:"title"`
	From  Date   `yaml:"from,omitempty"`
	To    Date   `yaml:"to,omitempty"`
	line  int
}

// Event is a scheduled event: its house name, accepted forms, whether it
// recurs yearly, and its dates (one instance each).
type Event struct {
	Name   string     `yaml:"name"`
	Forms  []string   `yaml:"forms,omitempty"`
	Recurs string     `yaml:"recurs,omitempty"`
	Dates  []Instance `yaml:"dates,omitempty"`
	line   int
}

// Instance is one occurrence of an event: when (From to To, To optional)
// and where.
type Instance struct {
	From  Date   `yaml:"from"`
	To    Date   `yaml:"to,omitempty"`
	Place string `yaml:"place,omitempty"`
	line  int
}

// knownKeys names, by Go type, the keys each mapping takes.
var knownKeys = map[string]string{
	"facts.Facts":    "people, organisations, places, events",
	"facts.person":   "name, forms, born, nationality, offices",
	"facts.office":   "title, from, to",
	"facts.named":    "name, forms",
	"facts.event":    "name, forms, recurs, dates",
	"facts.instance": "from, to, place",
}

// Parse reads a facts file; source names it in errors and findings. An
// error names the line and the field, and says what is expected.
func Parse(raw []byte, source string) (*Facts, error) {
	f := &Facts{Source: source}
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %w", source, yamlmsg.Plain(err, knownKeys))
	}
	if err := f.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	return f, nil
}

// validate checks what decoding cannot: required names, date order and
// known values.
func (f *Facts) validate() error {
	for i, p := range f.People {
		if strings.TrimSpace(p.Name) == "" {
			return fmt.Errorf("line %d: people[%d]: name is required", p.line, i)
		}
		for j, o := range p.Offices {
			if strings.TrimSpace(o.Title) == "" {
				return fmt.Errorf("line %d: %s: offices[%d]: title is required", o.line, p.Name, j)
			}
			if !o.From.IsZero() && !o.To.IsZero() && o.To.Start().Before(o.From.Start()) {
				return fmt.Errorf("line %d: %s: %s: to (%s) is before from (%s)", o.line, p.Name, o.Title, o.To, o.From)
			}
		}
	}
	for _, list := range [][]Named{f.Organisations, f.Places} {
		for i, n := range list {
			if strings.TrimSpace(n.Name) == "" {
				return fmt.Errorf("line %d: entry %d: name is required", n.line, i)
			}
		}
	}
	for i, e := range f.Events {
		if strings.TrimSpace(e.Name) == "" {
			return fmt.Errorf("line %d: events[%d]: name is required", e.line, i)
		}
		if e.Recurs != "" && e.Recurs != "yearly" {
			return fmt.Errorf("line %d: %s: recurs: %q (want yearly, or leave it out for a one-off)", e.line, e.Name, e.Recurs)
		}
		for _, in := range e.Dates {
			if in.From.IsZero() {
				return fmt.Errorf("line %d: %s: dates: from is required", in.line, e.Name)
			}
			if !in.To.IsZero() && in.To.Start().Before(in.From.Start()) {
				return fmt.Errorf("line %d: %s: to (%s) is before from (%s)", in.line, e.Name, in.To, in.From)
			}
		}
	}
	return nil
}

// The YAML decoders below record each entry's line, for messages.

type (
	person   Person
	office   Office
	named    Named
	event    Event
	instance Instance
)

// checkKeys refuses a key of mapping n that the entry does not take (a
// custom decoder does not inherit the decoder's KnownFields).
func checkKeys(n *yaml.Node, typ string) error {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	known := knownKeys[typ]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(strings.Split(known, ", "), k.Value) {
			return fmt.Errorf("line %d: unknown key %s (known: %s)", k.Line, k.Value, known)
		}
	}
	return nil
}

// withKey names, in an error of a value of mapping n ("line 3: `x` is not a
// date"), the key it was given for ("line 3: born: ...").
func withKey(n *yaml.Node, err error) error {
	if err == nil || n.Kind != yaml.MappingNode {
		return err
	}
	msg := err.Error()
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		prefix := fmt.Sprintf("line %d: ", v.Line)
		if v.Kind == yaml.ScalarNode && strings.HasPrefix(msg, prefix) && !strings.HasPrefix(msg, prefix+k.Value+":") {
			return fmt.Errorf("%s%s: %s", prefix, k.Value, strings.TrimPrefix(msg, prefix))
		}
	}
	return err
}

// UnmarshalYAML decodes a person and records its line.
func (p *Person) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "facts.person"); err != nil {
		return err
	}
	err := withKey(n, n.Decode((*person)(p)))
	p.line = n.Line
	return err
}

// UnmarshalYAML decodes an office and records its line.
func (o *Office) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "facts.office"); err != nil {
		return err
	}
	err := withKey(n, n.Decode((*office)(o)))
	o.line = n.Line
	return err
}

// UnmarshalYAML decodes a named entry and records its line.
func (x *Named) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "facts.named"); err != nil {
		return err
	}
	err := withKey(n, n.Decode((*named)(x)))
	x.line = n.Line
	return err
}

// UnmarshalYAML decodes an event and records its line.
func (e *Event) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "facts.event"); err != nil {
		return err
	}
	err := withKey(n, n.Decode((*event)(e)))
	e.line = n.Line
	return err
}

// UnmarshalYAML decodes an instance and records its line.
func (in *Instance) UnmarshalYAML(n *yaml.Node) error {
	if err := checkKeys(n, "facts.instance"); err != nil {
		return err
	}
	err := withKey(n, n.Decode((*instance)(in)))
	in.line = n.Line
	return err
}

// Load reads the facts file at path.
func Load(path string) (*Facts, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("facts: %w", err)
	}
	return Parse(raw, path)
}
