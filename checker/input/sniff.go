package input

import "bytes"

// looksMarkdown reports whether head carries Markdown syntax that plain
// copy does not: front matter, an ATX heading, a fenced code block or an
// inline link.
func looksMarkdown(head []byte) bool {
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) {
		if bytes.Contains(head[3:], []byte("\n---")) {
			return true
		}
	}
	for i := 0; i < len(head); {
		l, next := line(head, i)
		i = next
		l = bytes.TrimLeft(l, " ")
		if len(l) > 2 && l[0] == '#' {
			n := 0
			for n < len(l) && l[n] == '#' {
				n++
			}
			if n <= 6 && n < len(l) && l[n] == ' ' {
				return true
			}
		}
		if bytes.HasPrefix(l, []byte("```")) {
			return true
		}
		if k := bytes.Index(l, []byte("](")); k > 0 && bytes.IndexByte(l[:k], '[') >= 0 && bytes.IndexByte(l[k:], ')') > 0 {
			return true
		}
	}
	return false
}
