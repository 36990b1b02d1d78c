package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationFirstAct: "first" before a past verb with a year in its
// clause dates when a thing began to serve ("the funicular first carried
// passengers in 1894"), as "opened in 1894" does; the thing's age later
// must fit it.
func TestDurationFirstAct(t *testing.T) {
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"Built by a family of merchants, the funicular first carried passengers in 1894. Councillors said the town could not go on patching the 117-year-old funicular.", true},
		{"The ferry first sailed in 1962 from the old quay. Owners want to retire the 48-year-old ferry next spring.", true},
		{"The lighthouse first shone in 1871 over the bay. Volunteers repainted the 120-year-old lighthouse in May.", true},
		{"Built by a family of merchants, the funicular first carried passengers in 1894. Councillors said the town could not go on patching the 130-year-old funicular.", false},
	})
}
