package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const formatsDir = "../../fixtures/formats"

// TestStoryTwins reads the same story in each format: each twin must carry
// every paragraph of the plain-text story (less its dateline), its own
// publication date, and an exact offset map.
func TestStoryTwins(t *testing.T) {
	plain, err := os.ReadFile(filepath.Join(formatsDir, "story.txt"))
	if os.IsNotExist(err) {
		t.Skip("fixtures/formats not present")
	}
	require.NoError(t, err)
	paras := strings.Split(strings.TrimSpace(string(plain)), "\n\n")
	_, first, ok := strings.Cut(paras[0], "— ")
	require.True(t, ok, "story.txt opens with a dateline")
	paras[0] = first

	est := time.FixedZone("", -5*3600)
	for _, tc := range []struct {
		file   string
		format Format
		date   time.Time
		source string
	}{
		{"story.txt", Text, time.Time{}, ""},
		{"story.md", Markdown, day(2026, 2, 4), "front-matter"},
		{"story.html", HTML, time.Date(2026, 2, 4, 9, 15, 0, 0, est), "metadata"},
		{"story.nitf.xml", NITF, time.Date(2026, 2, 4, 14, 15, 0, 0, time.UTC), "metadata"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(formatsDir, tc.file))
			require.NoError(t, err)
			require.Equal(t, tc.format, Detect(tc.file, raw), "by name")
			require.Equal(t, tc.format, Detect("", raw), "by content")
			d, err := Parse(raw, "")
			require.NoError(t, err)
			assert.True(t, tc.date.Equal(d.Published), "published %v", d.Published)
			assert.Equal(t, tc.source, d.PublishedSource)
			blocks := strings.Split(strings.TrimSpace(d.Text), "\n\n")
			if tc.format != Text {
				for _, p := range paras {
					assert.Contains(t, blocks, p)
				}
				assert.Equal(t, "Norland’s prime minister to visit Canada", strings.ReplaceAll(blocks[0], "'", "’"))
				extra := 1 // the headline
				if tc.format == HTML {
					extra++ // the byline
				}
				assert.Len(t, blocks, len(paras)+extra, "heading and paragraphs only:\n%s", d.Text)
			}
			checkMap(t, raw, d)
			// every paragraph's span quotes the original, first word to last
			for _, p := range paras {
				i := strings.Index(d.Text, p)
				require.GreaterOrEqual(t, i, 0, p)
				s, e := d.Span(i, i+len(p))
				quote := string(raw[s:e])
				assert.True(t, strings.HasPrefix(quote, p[:strings.IndexByte(p, ' ')]), quote)
				assert.True(t, strings.HasSuffix(quote, p[strings.LastIndexByte(p, ' ')+1:]), quote)
			}
		})
	}
}
