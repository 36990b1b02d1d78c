package facts

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	f, err := Parse([]byte(`people:
  - name: Ana Ruiz
    forms: [Ana Ruíz]
    born: 1975-06
    nationality: Norland
    offices:
      - title: prime minister
        from: 2023-03-01
events:
  - name: Lisbon summit
    recurs: yearly
    dates:
      - from: 2026-11-18
        to: 2026-11-19
        place: Lisbon
`), "desk.yaml")
	require.NoError(t, err)
	require.Len(t, f.People, 1)
	assert.Equal(t, Date{Year: 1975, Month: 6}, f.People[0].Born)
	assert.Equal(t, "prime minister", f.People[0].Offices[0].Title)
	assert.Equal(t, Date{2026, 11, 18}, f.Events[0].Dates[0].From)
	assert.Equal(t, "desk.yaml", f.Source)
}

// TestParseErrors: a malformed facts file is refused with the file, the
// line, the field and what is expected.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"not a date", "people:\n  - name: A B\n    born: 1975-13-01\n", "desk.yaml: line 3: born: `1975-13-01` is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)"},
		{"a day that does not exist", "people:\n  - name: A B\n    born: 2023-02-29\n", "line 3: born: `2023-02-29` does not exist"},
		{"unknown key", "people:\n  - name: A B\n    birthday: 1975\n", "line 3: unknown key birthday (known: name, forms, born, nationality, offices)"},
		{"unknown section", "persons:\n  - name: A B\n", "unknown key persons (known: people, organisations, places, events)"},
		{"no name", "people:\n  - born: 1975\n", "line 2: people[0]: name is required"},
		{"office ends before it starts", "people:\n  - name: A B\n    offices:\n      - title: mayor\n        from: 2020\n        to: 2019\n", "line 4: A B: mayor: to (2019) is before from (2020)"},
		{"a bad end date of an office", "people:\n  - name: A B\n    offices:\n      - title: mayor\n        to: 2020-02-30\n", "line 5: to: `2020-02-30` does not exist"},
		{"recurs", "events:\n  - name: Fair\n    recurs: weekly\n", `line 2: Fair: recurs: "weekly" (want yearly`},
		{"an instance without a date", "events:\n  - name: Fair\n    dates:\n      - place: Porto\n", "line 4: Fair: dates: from is required"},
		{"forms not a list", "people:\n  - name: A B\n    forms: {x: y}\n", "line 3: a map where a list is expected"},
		{"not YAML", "people: [\n", "desk.yaml: "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.in), "desk.yaml")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestDate(t *testing.T) {
	for _, tc := range []struct {
		in         string
		start, end string
	}{
		{"2026-11-18", "2026-11-18", "2026-11-19"},
		{"2026-11", "2026-11-01", "2026-12-01"},
		{"2026", "2026-01-01", "2027-01-01"},
	} {
		d, err := ParseDate(tc.in)
		require.NoError(t, err)
		assert.Equal(t, tc.in, d.String())
		assert.Equal(t, tc.start, d.Start().Format(time.DateOnly))
		assert.Equal(t, tc.end, d.End().Format(time.DateOnly))
	}
	for _, bad := range []string{"", "26-11-18", "2026-1-18", "2026-11-31", "next year", "2026-11-18-01"} {
		_, err := ParseDate(bad)
		assert.Error(t, err, bad)
	}
}
