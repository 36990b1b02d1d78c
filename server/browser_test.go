//go:build unix

package server

import (
	"context"
	"encoding/base64"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedPath is the seed article, published Wednesday 2026-02-04, beside the
// repository.
const seedPath = "../../shared/seeds/000_8912448aba0b5953.txt"

// TestEditorPageInBrowser drives the editor's page in headless Chromium:
// paste the seed story, set its date, check, and read the event-count
// finding off the page, as an editor would.
func TestEditorPageInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := findBrowser()
	if bin == "" {
		t.Skip("no Chromium found (tried $CHROMIUM, " + strings.Join(browserNames, ", ") +
			"); install Debian's chromium package to run the editor's page test")
	}
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skip("seed article not found beside the repository:", err)
	}
	srv, err := New(Options{})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	defer ts.Close()

	page := startBrowser(t, bin).page(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	require.NoError(t, page.call("Page.enable", nil, nil))
	require.NoError(t, page.call("Page.navigate", map[string]any{"url": ts.URL + "/"}, nil))
	require.NoError(t, page.waitFor(ctx, `document.readyState === 'complete' && document.getElementById('text')`))

	var defaultDate string
	require.NoError(t, page.eval(`document.getElementById('published').value`, &defaultDate))
	assert.Empty(t, defaultDate, "the date field starts empty, so the copy's own date is used")

	// Paste the story into the textarea, set the date, press Check.
	require.NoError(t, page.eval(`document.getElementById('text').focus()`, nil))
	require.NoError(t, page.call("Input.insertText", map[string]any{"text": string(seed)}, nil))
	require.NoError(t, page.eval(`document.getElementById('published').value = '2026-02-04'`, nil))
	require.NoError(t, page.click("#check"))

	require.NoError(t, page.waitFor(ctx, `document.querySelector('#findings li[data-rule="event-count"]')`),
		"the event-count finding should be listed")

	// The highlight covers "twice in 2025" (cut into segments where a date
	// span starts).
	var highlight string
	require.NoError(t, page.eval(`Array.from(document.querySelectorAll('#article mark[data-rule~="event-count"]'))
		.map(m => m.textContent).join('')`, &highlight))
	assert.Equal(t, "twice in 2025", highlight)
	var classes string
	require.NoError(t, page.eval(`document.querySelector('#article mark[data-rule~="event-count"]').className`, &classes))
	assert.Contains(t, classes, "sev-warning")

	// Resolved dates are on hover.
	var hover string
	require.NoError(t, page.eval(`Array.from(document.querySelectorAll('#article .date'))
		.map(m => m.title).find(t => t.startsWith('this November')) || ''`, &hover))
	assert.Contains(t, hover, "2026-11")

	// Choose the finding from the keyboard: focus it, press Enter.
	require.NoError(t, page.eval(`document.querySelector('#findings li[data-rule="event-count"]').focus()`, nil))
	require.NoError(t, page.press("Enter", 13, 0))
	require.NoError(t, page.waitFor(ctx, `document.getElementById('detail').textContent.includes('event-count')`))

	var detail struct {
		Text    string
		Related []string
		Current string
	}
	require.NoError(t, page.eval(`({
		Text: document.getElementById('detail').innerText,
		Related: Array.from(document.querySelectorAll('#article mark.related')).map(m => m.textContent),
		Current: (document.querySelector('#findings li[aria-current="true"]') || {}).dataset?.rule || '',
	})`, &detail))
	t.Logf("explanation shown:\n%s", detail.Text)
	assert.Equal(t, "event-count", detail.Current)
	assert.Contains(t, detail.Text, "twice in 2025", "the flagged side is quoted")
	assert.Contains(t, detail.Text, "this November", "the other side is quoted")
	assert.Contains(t, detail.Text, "this November → 2026-11", "how the date was resolved")
	assert.Contains(t, detail.Text, "2026-02-04", "against which reference date")
	assert.Contains(t, strings.Join(detail.Related, "|"), "this November", "the related span is highlighted")

	// Ctrl+Enter from the textarea checks again, here against another date.
	require.NoError(t, page.eval(`document.getElementById('published').value = '2025-01-10'`, nil))
	require.NoError(t, page.eval(`document.getElementById('text').focus()`, nil))
	require.NoError(t, page.press("Enter", 13, 2))
	require.NoError(t, page.waitFor(ctx, `document.getElementById('status').textContent.includes('2025-01-10')`),
		"Ctrl+Enter should check again")

	if out := os.Getenv("COPYDESK_SCREENSHOT"); out != "" {
		var shot struct{ Data string }
		require.NoError(t, page.call("Page.captureScreenshot", map[string]any{"format": "png"}, &shot))
		png, err := base64.StdEncoding.DecodeString(shot.Data)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(out, png, 0o644))
	}
}
