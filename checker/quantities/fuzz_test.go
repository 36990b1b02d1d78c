package quantities

import (
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"GENEVA, March 3, 2026 (Copydesk) — A $1 billion fund was set up.",
		"Ana Ruiz, 54, was born in 1975. The 56-year-old spoke.",
		"30 seats: 12 for the Greens, 10 for Labour and 9 for the Liberals.",
		"Three countries — France and Germany — signed. 58% voted yes and 47% no.",
		"For the past four years, since 2020, the 10-year-old treaty, signed in 2010, held.",
		"the 25th anniversary of its 2001 founding; twenty-five; a dozen; two-thirds",
		"$", "1,", "born 1", "US$ 5m", "—: 1", "(54)", "1.2.3", "\xff\xfe 12 \u00a0people",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Find(s)
		last := -1
		for _, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("span %d-%d out of range in %q", q.Start, q.End, s)
			}
			if q.Start < last {
				t.Fatalf("not in order of position")
			}
			last = q.Start
			for _, sp := range append([]Span{q.NounSpan, q.Subject, q.Anchor.Span}, q.Items...) {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("span %+v out of range in %q", sp, s)
				}
			}
			for _, i := range append(append([]int(nil), q.Parts...), q.Shares...) {
				if i < 0 || i >= len(qs) {
					t.Fatalf("index %d out of range", i)
				}
			}
		}
	})
}

// article returns a story of about 800 words repeated n times.
func article(n int) string {
	const para = "GENEVA, March 3, 2026 (Copydesk) — Donor governments agreed on Tuesday to set up a $1 billion fund " +
		"to rebuild 1,200 schools damaged by floods that killed 14 people. Ana Ruiz, 54, who was born in 1975, said " +
		"about 300 workers would start in May. The council has 30 seats: 12 for the Greens, 10 for Labour and 8 for " +
		"the Liberals. Three countries — France, Germany and Italy — signed. In the vote, 55% backed the plan and 45% " +
		"opposed it. For the past six years, since 2020, the 16-year-old treaty, signed in 2010, has held, and the " +
		"city marked the 25th anniversary of its 2001 founding. The $1 billion fund will open in June, officials said, " +
		"and more than 40 bands will play over ten days on five stages near the old customs house.\n"
	return strings.Repeat(para, 6*n)
}

func benchFind(b *testing.B, n int) {
	s := article(n)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s)
	}
}

func BenchmarkFind1x(b *testing.B)   { benchFind(b, 1) }
func BenchmarkFind10x(b *testing.B)  { benchFind(b, 10) }
func BenchmarkFind100x(b *testing.B) { benchFind(b, 100) }
