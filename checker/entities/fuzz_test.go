package entities

import (
	"strings"
	"testing"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Finance Minister Ana Ruiz met Maria Kowalczyk. Ms. Kowalczik said so.",
		"Anna Lund and her husband, Erik Lund, run it. Mr. Lund agreed.",
		"Russian President Vladimir Putin and Chinese leader Xi Jinping spoke. Xi’s visit.",
		"Ursula von der Leyen said. Mr. X. Y. Z. Dr. \xff Ö Ü",
		"A B C D E F G H", "Mr.", "Secretary-General", "", "’s 's",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Find(s, ref)
		last := -1
		for _, m := range a.Mentions {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End || m.Start < last {
				t.Fatalf("mention %+v out of range or order in %q", m, s)
			}
			last = m.Start
			if m.TitleSpan.Start < 0 || m.TitleSpan.End > len(s) || m.TitleSpan.Start > m.TitleSpan.End {
				t.Fatalf("title span %+v out of range", m.TitleSpan)
			}
			if m.Person >= len(a.People) {
				t.Fatalf("person %d out of range", m.Person)
			}
		}
		for _, p := range a.People {
			for _, mi := range p.Mentions {
				if mi < 0 || mi >= len(a.Mentions) {
					t.Fatalf("mention index %d out of range", mi)
				}
			}
		}
		for _, o := range a.Orgs {
			if o.Start < 0 || o.End > len(s) || o.Start >= o.End {
				t.Fatalf("org %+v out of range", o)
			}
		}
	})
}

// article returns a story of about 800 words repeated n times.
func article(n int) string {
	const para = "GENEVA, March 3, 2026 (Copydesk) — Finance Minister Ana Ruiz met Maria Kowalczyk and " +
		"Russian President Vladimir Putin on Monday in Abu Dhabi, where the United Nations held talks. " +
		"\"We agreed on the main points,\" said Ms. Kowalczyk, who runs the Baltic Development Bank. " +
		"Anna Lund and her husband, Erik Lund, who run a café near the harbour, were also there. " +
		"Mr. Lund said the talks had gone well. Foreign Minister Ruiz said a second round would follow " +
		"in April, and Putin's adviser Yuri Ushakov told reporters that President Putin was pleased. " +
		"Chinese leader Xi Jinping sent a message. Xi said the two countries would work together.\n"
	return strings.Repeat(para, 6*n)
}

func benchFind(b *testing.B, n int) {
	s := article(n)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, ref)
	}
}

func BenchmarkFind1x(b *testing.B)   { benchFind(b, 1) }
func BenchmarkFind10x(b *testing.B)  { benchFind(b, 10) }
func BenchmarkFind100x(b *testing.B) { benchFind(b, 100) }
