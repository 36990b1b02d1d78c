package checker

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSuppressions: suppression comments work in every input format; a
// suppressed finding is counted, not reported.
func TestSuppressions(t *testing.T) {
	const wrong = "The vote is set for Friday, Feb. 5, 2026."
	for _, c := range []struct {
		name, format, text string
		shown, suppressed  int
	}{
		{"text, next line", "text", "OSLO, Feb. 4, 2026 — " + wrong + "\n<!-- copydesk-disable-next-line weekday-date -->\n" + wrong + "\n", 1, 1},
		{"text, a stretch", "text", "OSLO, Feb. 4, 2026 — " + wrong + "\n<!-- copydesk-disable -->\n" + wrong + "\n" + wrong + "\n<!-- copydesk-enable -->\n" + wrong + "\n", 2, 2},
		{"text, another rule", "text", "OSLO, Feb. 4, 2026 — " + wrong + "\n<!-- copydesk-disable-next-line tense-time -->\n" + wrong + "\n", 2, 0},
		{"markdown", "markdown", "OSLO, Feb. 4, 2026 — " + wrong + "\n\n<!-- copydesk-disable weekday-date -->\n\n" + wrong + "\n", 1, 1},
		{"html", "html", "<p>OSLO, Feb. 4, 2026 — " + wrong + "</p><!-- copydesk-disable-next-line -->\n<p>" + wrong + "</p>\n", 1, 1},
		{"nitf", "nitf", `<?xml version="1.0"?><nitf><body><body.content><p>OSLO, Feb. 4, 2026 — ` + wrong + "</p>\n<!-- copydesk-disable weekday-date -->\n<p>" + wrong + "</p></body.content></body></nitf>", 1, 1},
	} {
		rep, err := Check(context.Background(), Document{Text: c.text, Format: c.format})
		require.NoError(t, err, c.name)
		shown := 0
		for _, f := range rep.Findings {
			if f.Rule == "weekday-date" {
				shown++
			}
		}
		assert.Equal(t, c.shown, shown, c.name)
		assert.Equal(t, c.suppressed, rep.Suppressed, c.name)
	}
}
