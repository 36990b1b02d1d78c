package checker

import (
	"sort"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/input"
)

// mapper turns offsets into the plain text the analyses read into spans of
// the caller's original input, with line and column.
type mapper struct {
	orig  string
	in    *input.Doc
	lines []int // byte offset of each line start in orig
	// last remembers the previous position asked for, so that spans asked
	// in order along one long line cost their distance, not the line's.
	last struct{ line, off, col int }
}

func newMapper(orig string, in *input.Doc) *mapper {
	lines := []int{0}
	for i := 0; i < len(orig); i++ {
		if orig[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &mapper{orig: orig, in: in, lines: lines}
}

// span maps plain-text bytes [start, end) to a Span of the original.
func (m *mapper) span(start, end int) Span {
	n := len(m.in.Text)
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	s := Span{Text: m.in.Text[start:end]}
	s.Start, s.End = m.in.Span(start, end)
	s.Line, s.Column = m.position(s.Start)
	return s
}

// position returns the 1-based line and character column of byte off.
func (m *mapper) position(off int) (line, col int) {
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	from, col := m.lines[i], 1
	if l := m.last; l.line == i+1 && l.off <= off {
		from, col = l.off, l.col
	}
	col += utf8.RuneCountInString(m.orig[from:off])
	m.last.line, m.last.off, m.last.col = i+1, off, col
	return i + 1, col
}

func (m *mapper) findings(fs []Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		f.Span = m.span(f.Span.Start, f.Span.End)
		rel := make([]Related, len(f.Related))
		for i, r := range f.Related {
			rel[i] = Related{Span: m.span(r.Start, r.End), Note: r.Note}
		}
		f.Related = rel
		out = append(out, f)
	}
	return out
}

// dates maps the time expressions of a section that starts at byte off of
// the plain text.
func (m *mapper) dates(ds []dates.Expr, off int) []Date {
	out := make([]Date, 0, len(ds))
	bounds := dateBounds(ds)
	for _, d := range ds {
		r := Date{
			Span:        m.span(off+d.Start, off+d.End),
			Type:        string(d.Type),
			Value:       d.Value,
			Mod:         d.Mod,
			Granularity: d.Granularity,
			Tense:       string(d.Tense),
			TenseCue:    d.TenseCue,
			Resolved:    d.Resolution,
			Relative:    d.Relative,
			Invalid:     d.Invalid,
		}
		if d.Resolved {
			r.From, r.To = bounds.next(), bounds.next()
		}
		out = append(out, r)
	}
	return out
}

// bounds are the From and To of resolved dates written as YYYY-MM-DD
// into one string, handed out in order: two allocations a date fewer than
// formatting each.
type bounds struct {
	all  string
	ends []int // where each bound ends in all
	at   int   // where the next bound starts
}

// dateBounds writes the bounds of the resolved dates of ds.
func dateBounds(ds []dates.Expr) *bounds {
	var buf []byte
	b := &bounds{}
	for _, d := range ds {
		if !d.Resolved {
			continue
		}
		if buf == nil {
			buf = make([]byte, 0, 20*len(ds))
			b.ends = make([]int, 0, 2*len(ds))
		}
		buf = d.From.AppendFormat(buf, time.DateOnly)
		b.ends = append(b.ends, len(buf))
		buf = d.To.AppendFormat(buf, time.DateOnly)
		b.ends = append(b.ends, len(buf))
	}
	b.all = string(buf)
	return b
}

// next returns the next bound.
func (b *bounds) next() string {
	s := b.all[b.at:b.ends[0]]
	b.at, b.ends = b.ends[0], b.ends[1:]
	return s
}
