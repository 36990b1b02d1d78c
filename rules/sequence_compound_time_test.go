package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceCompoundTime: a placed time written in several units ("in
// 29 minutes 48 seconds", "in 3 hours, 2 minutes and 47 seconds") is
// compared as one time, so a winner slower than the runner-up is found.
func TestSequenceCompoundTime(t *testing.T) {
	pub := time.Date(2024, 5, 3, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Ana Ruiz won the time trial in 29 minutes 48 seconds. Eva Lund finished second in 29 minutes 31 seconds.", true},
		{"Ama Owusu won the stage in 3 hours, 2 minutes and 47 seconds. Efua Boateng finished second in 3 hours, 2 minutes and 19 seconds.", true},
		{"Kofi Mensah won the 10,000 metres in 28 minutes 41.30 seconds. Yaw Boakye finished second in 28 minutes 39.85 seconds.", true},
		{"Ana Ruiz won the time trial in 29 minutes 31 seconds. Eva Lund finished second in 29 minutes 48 seconds.", false},
		{"Ana Ruiz won the time trial in 29 minutes 31 seconds. Eva Lund finished second, 17 seconds behind.", false},
	})
}
