package dates

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestFindDateline(t *testing.T) {
	near := time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text  string
		want  string // "" for none
		quote string
	}{
		{"MOSCOW, Feb. 4 (Reuters) - Putin said", "2026-02-04", "Feb. 4"},
		{"LISBON, March 3 — The", "2026-03-03", "March 3"},
		{"GENEVA, March 3, 2025 — The", "2025-03-03", "March 3, 2025"},
		{"Headline here\n\nNEW YORK, Dec. 30 (AP) -- Stocks", "2025-12-30", "Dec. 30"},
		{"WASHINGTON (AP) — The senate", "", ""},
		{"The senate met on March 3 — and left", "", ""},
		{"SPRINGFIELD, Ill., Jan. 5 — A", "2026-01-05", "Jan. 5"},
		{"LONDON, 4 February 2026 — The", "2026-02-04", "4 February 2026"},
		{"LONDON, 4 Feb 2026 — The", "2026-02-04", "4 Feb 2026"},
		{"London, Feb. 4 (AP) — The", "2026-02-04", "Feb. 4"},
		{"LONDON — Feb. 4, 2026 — The", "2026-02-04", "Feb. 4, 2026"},
		{"LONDON, Wed 4 Feb 2026 — The", "2026-02-04", "4 Feb 2026"},
		{"Kuala Lumpur, Wednesday, 4 February 2026 - The", "2026-02-04", "4 February 2026"},
		{"San Telmo de Arriba, Valdoria, July 16, 2025 (Copydesk) — The", "2025-07-16", "July 16, 2025"},
		{"The minister, who resigned in March — and left", "", ""},
		{"Officials met on Feb. 4 — and agreed", "", ""},
	}
	for _, tt := range tests {
		d, ok := FindDateline(tt.text)
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
