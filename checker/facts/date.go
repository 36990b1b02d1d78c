package facts

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Date is a date known to the day, the month or the year: Month and Day
// are 0 when not known.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether no date is given.
func (d Date) IsZero() bool { return d.Year == 0 }

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("`%s` is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || i > 0 && len(p) != 2 {
			return Date{}, bad
		}
		n[i] = v
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return Date{}, bad
	}
	if len(parts) == 3 && (d.Day < 1 || time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Day() != d.Day) {
		return Date{}, fmt.Errorf("`%s` does not exist", s)
	}
	return d, nil
}

// String writes the date as it was given.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Start is the first day the date covers.
func (d Date) Start() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// End is the day after the last day the date covers.
func (d Date) End() time.Time {
	switch {
	case d.Month == 0:
		return d.Start().AddDate(1, 0, 0)
	case d.Day == 0:
		return d.Start().AddDate(0, 1, 0)
	}
	return d.Start().AddDate(0, 0, 1)
}

// UnmarshalYAML reads a date from a scalar, naming the line when it is no
// date.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a date is expected (YYYY-MM-DD, YYYY-MM or YYYY)", n.Line)
	}
	v, err := ParseDate(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*d = v
	return nil
}

// MarshalYAML writes the date as it was given.
func (d Date) MarshalYAML() (any, error) { return d.String(), nil }
