package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNamedEvent: an event noun as the title of a name is the event
// ("Storm Ondine"); one before a common noun names a body or a fund
// ("Rescue Service crews", "the Recovery Fund"), no event.
func TestNamedEvent(t *testing.T) {
	for _, tt := range []struct {
		src, word string
		want      bool
	}{
		{"Storm Ondine came ashore on Thursday.", "Storm", true},
		{"Forecasters said Hurricane Milton would weaken on Friday.", "Hurricane", true},
		{"Typhoon Kalmara struck the coast on Monday.", "Typhoon", true},
		{"Rescue Service crews were called out on Monday.", "Rescue", false},
		{"Recovery Fund managers met donors on Monday.", "Recovery", false},
		{"Inspection Team leaders toured the plant on Monday.", "Inspection", false},
	} {
		a, _ := analyze(tt.src)
		found := false
		for _, m := range a.Mentions {
			found = found || tt.src[m.Trigger.Start:m.Trigger.End] == tt.word
		}
		assert.Equal(t, tt.want, found, tt.src)
	}
}

// TestNameHeadBody: a name whose last word WordNet files under acts but
// that ends the names of bodies ("Cooperative", "Union", "Partnership")
// names an organisation, no event; one ending in an event noun is the
// event ("the Brandwald Marathon").
func TestNameHeadBody(t *testing.T) {
	for _, tt := range []struct {
		src, word string
		want      bool
	}{
		{"The Järvilaakso Dairy Cooperative withdrew three batches on Sept. 20.", "Cooperative", false},
		{"The Ostrava Credit Union opened a branch on Monday.", "Union", false},
		{"The Kessel Harbour Partnership signed the lease on May 4.", "Partnership", false},
		{"The Brandwald Marathon was run on Sunday.", "Marathon", true},
	} {
		a, _ := analyze(tt.src)
		found := false
		for _, m := range a.Mentions {
			found = found || tt.src[m.Trigger.Start:m.Trigger.End] == tt.word
		}
		assert.Equal(t, tt.want, found, tt.src)
	}
}
