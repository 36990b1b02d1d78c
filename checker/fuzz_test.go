package checker_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/copydesk/copydesk/checker"
)

// fuzzFormats are the formats a fuzzed document is read as; "" detects it.
var fuzzFormats = []string{"", "text", "markdown", "html", "nitf"}

// FuzzCheck runs the whole check on arbitrary input in every format. The
// only error allowed is NITF that is not well-formed XML (or not NITF);
// every span lies within the input, findings are sorted, and no rule or
// analysis fails (an internal-error finding is a recovered panic).
func FuzzCheck(f *testing.F) {
	seeds := []string{
		"",
		tenseStory,
		"On Feb. 3, 2026 \xff\xfe the minister \xc3 said 5 \xe2\x82 people died on Monday.\xf0\x9f",
		"The fund holds 99999999999999999999 crowns and 1e400 people, 1.5e400 percent.",
		"The city was founded in the year 0, on Jan. 1, 0, and on 0000-01-01; the vault opens on Dec. 31, 99999.",
		"PARIS, March 3 (Copydesk) — Smith, 45, was born in 1990. John Smith and Jon Smyth met twice on Monday, on March 2 and March 5, and 3 of the 2 ministers left.",
		"<p>On\x00Monday\x00, 12\x00people</p>\x00<div>\x00</div>",
		"<div><div><p>Talks resumed on <time datetime=\"2026-02-04\">Wednesday</time>, the second round this week.</p></div></div>",
		"<nitf><head><docdata><date.issue norm=\"20260204T083000Z\"/></docdata></head><body><body.content><p>The minister will visit on Monday.</p></body.content></body></nitf>",
		"---\ndate: 2026-02-04\n---\n# Title\n\n*The* minister [met](x) 12 people on **Monday**, 3/4/2025.\n\n> quote\n- item 1\n- item 2\n",
	}
	// Run-on sentences past the 2,000 bytes events reads at once, with
	// multi-byte runes where it cuts.
	seeds = append(seeds, strings.Repeat("é", 1500), strings.Repeat("On Monday 日本 met ’twice’ ", 120))
	if raw, err := os.ReadFile("testdata/bench-article.txt"); err == nil {
		seeds = append(seeds, string(raw))
	}
	for _, name := range []string{"story.txt", "story.md", "story.html", "story.nitf.xml"} {
		if raw, err := os.ReadFile(filepath.Join("..", "fixtures", "formats", name)); err == nil {
			seeds = append(seeds, string(raw))
		}
	}
	for i, s := range seeds {
		for fi := range fuzzFormats {
			f.Add(s, uint8(fi), i%2 == 0, i%3 == 0)
		}
	}
	c, err := checker.New(checker.Options{MaxBytes: 1 << 20, Today: pub})
	if err != nil {
		f.Fatal(err)
	}
	cd, err := checker.New(checker.Options{MaxBytes: 1 << 20, Today: pub, DayFirst: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, format uint8, dayFirst, published bool) {
		doc := checker.Document{Text: text, Format: fuzzFormats[int(format)%len(fuzzFormats)]}
		if published {
			doc.Published = pub
		}
		ck := c
		if dayFirst {
			ck = cd
		}
		rep, err := ck.Check(context.Background(), doc)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "nitf: ") {
				t.Fatalf("unexpected error for format %q: %v", doc.Format, err)
			}
			return
		}
		if _, err := time.Parse(time.DateOnly, rep.ReferenceDate.Date); err != nil {
			t.Errorf("reference date %q: %v", rep.ReferenceDate.Date, err)
		}
		assertWellFormed(t, text, rep)
	})
}
