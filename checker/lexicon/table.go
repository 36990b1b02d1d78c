package lexicon

import "strings"

// table is a generated file held as it was embedded: sorted lines of
// tab-separated fields, the first the key, with an index of where each line
// starts and a hash index of where each key's lines begin.
type table struct {
	data string // the lines after the header comment
	// lines holds the offset in data of every line's start, and keys the
	// length of its key.
	lines []uint32
	keys  []uint16
	// slots is an open-addressed hash index, a power of two long: the
	// number of the first line of a key plus one, or 0 for an empty slot.
	// A lookup compares one or two keys instead of a binary search's
	// dozen, each of which would miss the processor's cache.
	slots []uint32
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
	t.index()
	return t
}

// index builds the hash index of the first line of every key, at most half
// full so that probes stay short.
func (t *table) index() {
	size := 16
	for size < 2*len(t.lines) {
		size *= 2
	}
	t.slots = make([]uint32, size)
	mask := uint32(size - 1)
	for n := range t.lines {
		k := t.key(n)
		if n > 0 && t.key(n-1) == k {
			continue
		}
		h := hash(k) & mask
		for t.slots[h] != 0 {
			h = (h + 1) & mask
		}
		t.slots[h] = uint32(n + 1)
	}
}

// hash is FNV-1a over the bytes of s.
func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
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
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for h := hash(k) & mask; t.slots[h] != 0; h = (h + 1) & mask {
		if n := int(t.slots[h]) - 1; t.key(n) == k {
			return n
		}
	}
	return -1
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

// value returns the second field of the first line keyed k. It reads the
// line in place, without the closure each takes, so that it allocates
// nothing: it runs for most nouns of every text.
func (t table) value(k string) (string, bool) {
	n := t.first(k)
	if n < 0 {
		return "", false
	}
	rest := t.line(n)[t.keys[n]:] // "" or a tab and the fields after the key
	if rest == "" {
		return "", false
	}
	rest = rest[1:]
	if i := strings.IndexByte(rest, '\t'); i >= 0 {
		rest = rest[:i]
	}
	return rest, true
}

// count returns the number of lines keyed k, from line n, the first.
func (t table) count(k string, n int) int {
	c := 0
	for n+c < len(t.lines) && t.key(n+c) == k {
		c++
	}
	return c
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
