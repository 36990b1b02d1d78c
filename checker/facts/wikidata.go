package facts

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// wdFile is Wikidata's entity JSON, as Special:EntityData/Q….json serves it.
type wdFile struct {
	Entities map[string]wdEntity `json:"entities"`
}

type wdEntity struct {
	ID      string                   `json:"id"`
	Labels  map[string]wdText        `json:"labels"`
	Aliases map[string][]wdText      `json:"aliases"`
	Claims  map[string][]wdStatement `json:"claims"`
}

type wdText struct {
	Value string `json:"value"`
}

type wdStatement struct {
	Mainsnak   wdSnak              `json:"mainsnak"`
	Qualifiers map[string][]wdSnak `json:"qualifiers"`
	Rank       string              `json:"rank"`
}

type wdSnak struct {
	Datavalue struct {
		Value json.RawMessage `json:"value"`
	} `json:"datavalue"`
}

// Properties read: birth date, position held with its start and end,
// country of citizenship, instance of.
const (
	pBorn, pPosition, pStart, pEnd, pCitizen, pInstance = "P569", "P39", "P580", "P582", "P27", "P31"
	human                                               = "Q5"
)

// ImportWikidata builds a facts file from Wikidata entity files (the JSON a
// desk downloads per entity). Each human becomes a person: the English
// label is the house name, English aliases the forms, P569 the birth date,
// P39 the offices with their P580 start and P582 end, P27 the
// nationality. Offices and countries are named by their English labels
// when their entity files are given too, else by their IDs. names label
// each input in errors.
func ImportWikidata(files [][]byte, names []string) (*Facts, error) {
	all := map[string]wdEntity{}
	var order []string
	for i, raw := range files {
		var f wdFile
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("%s: not Wikidata entity JSON: %w", names[i], err)
		}
		ids := make([]string, 0, len(f.Entities))
		for id := range f.Entities {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if _, seen := all[id]; !seen {
				order = append(order, id)
			}
			all[id] = f.Entities[id]
		}
	}
	out := &Facts{}
	for _, id := range order {
		e := all[id]
		if !e.is(human) {
			continue
		}
		p, err := e.person(all)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		out.People = append(out.People, p)
	}
	if len(out.People) == 0 {
		return nil, fmt.Errorf("no person (an entity that is an instance of %s, human) in %s", human, strings.Join(names, ", "))
	}
	return out, nil
}

// is reports whether the entity is an instance of class.
func (e wdEntity) is(class string) bool {
	for _, s := range e.Claims[pInstance] {
		if id, ok := s.Mainsnak.item(); ok && id == class {
			return true
		}
	}
	return false
}

// person reads a human's entry.
func (e wdEntity) person(all map[string]wdEntity) (Person, error) {
	p := Person{Name: label(all, e.ID)}
	for _, a := range e.Aliases["en"] {
		p.Forms = append(p.Forms, a.Value)
	}
	for _, s := range best(e.Claims[pBorn]) {
		d, ok, err := s.Mainsnak.date()
		if err != nil {
			return Person{}, fmt.Errorf("%s: %w", pBorn, err)
		}
		if ok {
			p.Born = d
			break
		}
	}
	for _, s := range best(e.Claims[pCitizen]) {
		if id, ok := s.Mainsnak.item(); ok {
			p.Nationality = label(all, id)
			break
		}
	}
	for _, s := range e.Claims[pPosition] {
		id, ok := s.Mainsnak.item()
		if !ok || s.Rank == "deprecated" {
			continue
		}
		o := Office{Title: label(all, id)}
		var err error
		if o.From, err = qualifierDate(s, pStart); err == nil {
			o.To, err = qualifierDate(s, pEnd)
		}
		if err != nil {
			return Person{}, fmt.Errorf("%s %s: %w", pPosition, id, err)
		}
		p.Offices = append(p.Offices, o)
	}
	return p, nil
}

// best returns a property's preferred statements, else its normal ones.
func best(ss []wdStatement) []wdStatement {
	var pref, normal []wdStatement
	for _, s := range ss {
		switch s.Rank {
		case "preferred":
			pref = append(pref, s)
		case "deprecated":
		default:
			normal = append(normal, s)
		}
	}
	if len(pref) > 0 {
		return pref
	}
	return normal
}

// label returns an entity's English label, or its ID when its file was not
// given.
func label(all map[string]wdEntity, id string) string {
	if e, ok := all[id]; ok {
		if l, ok := e.Labels["en"]; ok && l.Value != "" {
			return l.Value
		}
	}
	return id
}

// qualifierDate reads a statement's date qualifier, zero when absent.
func qualifierDate(s wdStatement, prop string) (Date, error) {
	for _, q := range s.Qualifiers[prop] {
		d, ok, err := q.date()
		if err != nil || ok {
			return d, err
		}
	}
	return Date{}, nil
}

// item reads a snak's item ID.
func (s wdSnak) item() (string, bool) {
	var v struct {
		ID string `json:"id"`
	}
	if len(s.Datavalue.Value) == 0 || json.Unmarshal(s.Datavalue.Value, &v) != nil || v.ID == "" {
		return "", false
	}
	return v.ID, true
}

// date reads a snak's time value to its precision (9 year, 10 month, 11
// day); ok is false for no value or a precision coarser than a year.
func (s wdSnak) date() (Date, bool, error) {
	var v struct {
		Time      string `json:"time"`
		Precision int    `json:"precision"`
	}
	if len(s.Datavalue.Value) == 0 || json.Unmarshal(s.Datavalue.Value, &v) != nil || v.Time == "" || v.Precision < 9 {
		return Date{}, false, nil
	}
	t := strings.TrimPrefix(v.Time, "+")
	if len(t) < 10 || strings.HasPrefix(v.Time, "-") {
		return Date{}, false, fmt.Errorf("time %q is not a date this file can hold", v.Time)
	}
	parts := t[:10]
	switch {
	case v.Precision == 9:
		parts = t[:4]
	case v.Precision == 10:
		parts = t[:7]
	}
	d, err := ParseDate(parts)
	if err != nil {
		return Date{}, false, fmt.Errorf("time %q: %w", v.Time, err)
	}
	return d, true, nil
}
