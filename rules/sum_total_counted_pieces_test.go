package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSumTotalCountedPieces: parts listed after a count of their own
// items and a colon ("will be built in three sections: 88 kilometres ...,
// 71 ... and 43 ...") are all the pieces of the whole named before, so
// less than the whole is an error too.
func TestSumTotalCountedPieces(t *testing.T) {
	pub := time.Date(2005, 6, 30, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.SumTotal, pub, []fireCase{
		{"The state signed contracts for a 212-kilometre railway. The railway will be built in three sections: 88 kilometres to Tralca, 71 kilometres to Arrayan and 43 kilometres to the border.", true},
		{"The council approved a 9.5 million euro budget for the harbour. The budget is split into two parts: 5.1 million euros for the quay and 3.2 million euros for dredging.", true},
		{"Engineers will lay a 64-kilometre pipeline. The pipeline will cross four districts: 20 kilometres in Osu, 15 kilometres in Ada, 12 kilometres in Keta and 9 kilometres in Tema.", true},
		{"The state signed contracts for a 212-kilometre railway. The railway will be built in three sections: 98 kilometres to Tralca, 71 kilometres to Arrayan and 43 kilometres to the border.", false},
	})
}
