package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountActNounsListed: the earlier events listed after a rank
// may be named by nouns that name an act only in a later sense ("after an
// unannounced check last October and a routine audit in February"); each
// is an instance of the ranked series, and one dated outside its period
// contradicts the rank.
func TestEventCountActNounsListed(t *testing.T) {
	pub := time.Date(2019, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"Inspectors returned on Monday for its third inspection this year, after an unannounced check last October and a routine audit in February.", true},
		{"The regulator began its third inquiry this year, after a brief review last November and a formal audit in March.", true},
		{"Engineers ran the plant's third inspection this year, after a spot check last December and a safety audit in April.", true},
		{"Inspectors returned on Monday for its third inspection this year, after an unannounced check in January and a routine audit in February.", false},
	})
}
