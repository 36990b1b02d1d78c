package lexicon

import (
	"sort"
	"strings"
)

// table is a generated file held as it was embedded: sorted lines of
// tab-separated fields, the first the key, with an index of where each line
// starts. A lookup is a binary search over the lines.
type table struct {
	data string // the lines after the header comment
	// lines holds the offset in data of every line's start, and keys the
	// length of its key, so that a lookup is a binary search over lines,
	// one key compared per step.
	lines []uint32
	keys  []uint16
}

func newTable(raw string) table {
	for strings.HasPrefix(raw, "#") {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			return table{}
		}
		raw = raw[i+1:]
	}
	raw = strings.TrimSuffix(raw, "\n")
	n := strings.Count(raw, "\n") + 1
	t := table{data: raw, lines: make([]uint32, 0, n), keys: make([]uint16, 0, n)}
	for i := 0; i < len(raw); {
		j := strings.IndexByte(raw[i:], '\n')
		if j < 0 {
			j = len(raw) - i
		}
		t.lines = append(t.lines, uint32(i))
		t.keys = append(t.keys, uint16(len(key(raw[i:i+j]))))
		i += j + 1
	}
	return t
}

// key returns line n's key.
func (t table) key(n int) string {
	a := int(t.lines[n])
	return t.data[a : a+int(t.keys[n])]
}

// line returns line n without its line break.
func (t table) line(n int) string {
	a, b := int(t.lines[n]), len(t.data)
	if n+1 < len(t.lines) {
		b = int(t.lines[n+1]) - 1
	}
	return t.data[a:b]
}

func key(line string) string {
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		return line[:i]
	}
	return line
}

// first returns the number of the first line whose key is k, or -1.
func (t table) first(k string) int {
	n := sort.Search(len(t.lines), func(i int) bool { return t.key(i) >= k })
	if n == len(t.lines) || t.key(n) != k {
		return -1
	}
	return n
}

// each calls f with the fields after the key of every line keyed k, in
// order, until f returns false.
func (t table) each(k string, f func(fields []string) bool) {
	i := t.first(k)
	if i < 0 {
		return
	}
	var buf [4]string
	for ; i < len(t.lines); i++ {
		if t.key(i) != k || !f(split(t.line(i), buf[:0])[1:]) {
			return
		}
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
