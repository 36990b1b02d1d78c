package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestFindDateline(t *testing.T) {
	near := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text     string
		want     string // "" for none
		quote    string
		dayFirst bool
	}{
		{"MOSCOW, Feb. 4 (Reuters) - Putin said", "2026-02-04", "Feb. 4", false},
		{"LISBON, March 3 — The", "2026-03-03", "March 3", false},
		{"GENEVA, March 3, 2025 — The", "2025-03-03", "March 3, 2025", false},
		{"Headline here\n\nNEW YORK, Dec. 30 (AP) -- Stocks", "2025-12-30", "Dec. 30", false},
		{"WASHINGTON (AP) — The senate", "", "", false},
		{"The senate met on March 3 — and left", "", "", false},
		{"SPRINGFIELD, Ill., Jan. 5 — A", "2026-01-05", "Jan. 5", false},
		{"LONDON, 4 February 2026 — The", "2026-02-04", "4 February 2026", false},
		{"LONDON, 4 Feb 2026 — The", "2026-02-04", "4 Feb 2026", false},
		{"London, Feb. 4 (AP) — The", "2026-02-04", "Feb. 4", false},
		{"LONDON — Feb. 4, 2026 — The", "2026-02-04", "Feb. 4, 2026", false},
		{"LONDON, Wed 4 Feb 2026 — The", "2026-02-04", "4 Feb 2026", false},
		{"Kuala Lumpur, Wednesday, 4 February 2026 - The", "2026-02-04", "4 February 2026", false},
		{"San Telmo de Arriba, Valdoria, July 16, 2025 (Copydesk) — The", "2025-07-16", "July 16, 2025", false},
		{"LONDON, 4/2/2026 — The", "2026-02-04", "4/2/2026", true},
		{"LONDON, 4/2/2026 — The", "2026-04-02", "4/2/2026", false},
		{"Manchester, 25.11.2025 — The", "2025-11-25", "25.11.2025", true},
		{"CHICAGO, 11/25/2025 (AP) — The", "2025-11-25", "11/25/2025", false},
		{"LONDON, 25/11/2025 — The", "", "", false},
		{"The minister, who resigned in March — and left", "", "", false},
		{"Officials met on Feb. 4 — and agreed", "", "", false},
	}
	for _, tt := range tests {
		d, ok := FindDateline(tt.text, tt.dayFirst)
		if tt.want == "" {
			assert.False(t, ok, tt.text)
			continue
		}
		if assert.True(t, ok, tt.text) {
			got, valid := d.Date(near)
			assert.True(t, valid)
			assert.Equal(t, tt.want, got.Format("2006-01-02"), tt.text)
			assert.Equal(t, tt.quote, tt.text[d.Start:d.End])
		}
	}
}
