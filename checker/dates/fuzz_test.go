package dates

import (
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzResolve checks that Resolve never panics and that every span lies
// inside the text, in order, on rune boundaries.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Feb. 4, 2026", "on Monday (Feb. 3)", "from 2019 to 2022", "Nov. 10-11",
		"the year-ago quarter", "5 p.m. EST, Nov. 6", "2024-25", "mid-2025", "the day before", "Wednesday, Feb. 5,",
		"New Year's Eve", "nineteen ninety-six", "last half of", "Q3", "FY25", "\u2014 May 9 \u2019"} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/article.txt"); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, x := range Resolve(s, newsRef, Options{}) {
			if x.Start < prev || x.End > len(s) || x.Start >= x.End {
				t.Fatalf("bad span %d-%d after %d in %q", x.Start, x.End, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.ValidString(x.Text)) {
				t.Fatalf("span %q splits a rune", x.Text)
			}
			prev = x.Start
		}
	})
}
