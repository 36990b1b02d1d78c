package lexicon

import "strings"

// table is a generated file held as it was embedded: sorted lines of
// tab-separated fields, the first the key. A lookup is a binary search over
// the bytes that finds line starts on the way, so a table costs nothing to
// load and nothing per word but the search.
type table struct {
	data string // the lines after the header comment
}

func newTable(raw string) table {
	for strings.HasPrefix(raw, "#") {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			return table{}
		}
		raw = raw[i+1:]
	}
	return table{data: raw}
}

// lineAt returns the bounds of the line that holds byte i.
func (t table) lineAt(i int) (int, int) {
	a := strings.LastIndexByte(t.data[:i], '\n') + 1
	b := strings.IndexByte(t.data[i:], '\n')
	if b < 0 {
		return a, len(t.data)
	}
	return a, i + b
}

func key(line string) string {
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		return line[:i]
	}
	return line
}

// first returns the offset of the first line whose key is k, or -1.
func (t table) first(k string) int {
	lo, hi := 0, len(t.data) // the answer's line starts in [lo, hi)
	for lo < hi {
		mid := lo + (hi-lo)/2
		a, b := t.lineAt(mid)
		if key(t.data[a:b]) < k {
			lo = b + 1
		} else {
			hi = a
		}
	}
	if lo >= len(t.data) {
		return -1
	}
	_, b := t.lineAt(lo)
	if key(t.data[lo:b]) != k {
		return -1
	}
	return lo
}

// each calls f with the fields after the key of every line keyed k, in
// order, until f returns false.
func (t table) each(k string, f func(fields []string) bool) {
	i := t.first(k)
	if i < 0 {
		return
	}
	var buf [4]string
	for i < len(t.data) {
		_, b := t.lineAt(i)
		line := t.data[i:b]
		if key(line) != k {
			return
		}
		if !f(split(line, buf[:0])[1:]) {
			return
		}
		i = b + 1
	}
}

// value returns the second field of the first line keyed k.
func (t table) value(k string) (string, bool) {
	v, ok := "", false
	t.each(k, func(f []string) bool {
		if len(f) > 0 {
			v, ok = f[0], true
		}
		return false
	})
	return v, ok
}

func split(line string, dst []string) []string {
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}
