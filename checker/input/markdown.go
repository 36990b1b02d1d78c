package input

import (
	"bytes"
	"strings"
)

// parseMarkdown reads Markdown: front matter for the date, then blocks
// (paragraphs, ATX and setext headings, block quotes, list items) whose
// inline syntax is stripped. Fenced code blocks, thematic breaks, HTML
// comments and link reference definitions are dropped; the lines of a
// paragraph are joined with spaces.
func parseMarkdown(raw []byte) (*Doc, error) {
	start := 0
	if bytes.HasPrefix(raw, bom) {
		start = len(bom)
	}
	published, body := frontMatter(raw, start)
	var d *Doc
	if commonMarkCost(raw[body:]) <= commonMarkBudget {
		src := bytes.Clone(raw)
		blank(src[:body])
		var b builder
		readCommonMark(&b, src)
		d = b.doc()
	} else {
		src := blankComments(raw)
		p := mdParser{src: src, refs: refLabels(src, body)}
		p.blocks(body)
		d = p.b.doc()
	}
	if !published.IsZero() {
		d.Published, d.PublishedSource = published, "front-matter"
	}
	return d, nil
}

// blank turns s into spaces, keeping its line breaks.
func blank(s []byte) {
	for i, c := range s {
		if c != '\n' && c != '\r' {
			s[i] = ' '
		}
	}
}

// line returns the line starting at i (without its "\n") and where the next
// one starts.
func line(s []byte, i int) ([]byte, int) {
	j := bytes.IndexByte(s[i:], '\n')
	if j < 0 {
		return s[i:], len(s)
	}
	return s[i : i+j], i + j + 1
}

// blankComments returns a copy of raw with every HTML comment turned into
// spaces (line breaks kept), so offsets stay those of raw.
func blankComments(raw []byte) []byte {
	src := bytes.Clone(raw)
	for i := 0; ; {
		j := bytes.Index(src[i:], []byte("<!--"))
		if j < 0 {
			return src
		}
		j += i
		k := bytes.Index(src[j+4:], []byte("-->"))
		end := len(src)
		if k >= 0 {
			end = j + 4 + k + 3
		}
		for x := j; x < end; x++ {
			if src[x] != '\n' && src[x] != '\r' {
				src[x] = ' '
			}
		}
		i = end
	}
}

// refLabels collects the labels of link reference definitions
// ("[label]: url"), normalised.
func refLabels(src []byte, from int) map[string]bool {
	refs := map[string]bool{}
	for i := from; i < len(src); {
		l, n := line(src, i)
		if label, ok := refDef(l); ok {
			refs[label] = true
		}
		i = n
	}
	return refs
}

// refDef reports whether l is a link reference definition and its label.
func refDef(l []byte) (string, bool) {
	t := bytes.TrimLeft(l, " ")
	if len(l)-len(t) > 3 || len(t) < 4 || t[0] != '[' {
		return "", false
	}
	end := bytes.Index(t, []byte("]:"))
	if end < 2 || end > 1000 || bytes.ContainsAny(t[1:end], "[]") {
		return "", false
	}
	return normLabel(t[1:end]), true
}

// normLabel folds case and white space in a link label.
func normLabel(s []byte) string {
	return strings.ToLower(strings.Join(strings.Fields(string(s)), " "))
}

// mdParser holds the state of one Markdown document.
type mdParser struct {
	src   []byte
	refs  map[string]bool
	b     builder
	para  []seg // lines of the open paragraph
	quote int   // block-quote depth of the open paragraph
	item  bool  // the open paragraph is a list item
	in    inline
}

// seg is a stretch src[a:b] of one line.
type seg struct{ a, b int }

// blocks splits src[from:] into blocks and emits them.
func (p *mdParser) blocks(from int) {
	src := p.src
	var fence []byte // the open code fence, if any
	for i := from; i < len(src); {
		l, next := line(src, i)
		ls := i
		i = next
		le := ls + len(bytes.TrimRight(l, " \t\r"))
		c := skipIndent(src, ls, le)
		// block-quote markers
		depth := 0
		for c < le && src[c] == '>' {
			depth++
			c++
			if c < le && (src[c] == ' ' || src[c] == '\t') {
				c++
			}
			c = skipIndent(src, c, le)
		}
		rest := src[c:le]
		if fence != nil {
			if bytes.HasPrefix(rest, fence) && len(bytes.Trim(rest, string(fence[:1]))) == 0 {
				fence = nil
			}
			continue
		}
		if depth != p.quote || c == le {
			p.flush()
			p.quote = depth
			if c == le {
				continue
			}
		}
		if closer := rawBlockClose(rest); closer != "" {
			p.flush() // <script> or <style> in Markdown: not text
			for !bytes.Contains(bytes.ToLower(src[c:le]), []byte(closer)) && i < len(src) {
				l, next := line(src, i)
				c, le = i, i+len(l)
				i = next
			}
			continue
		}
		switch {
		case fenceOpen(rest) != nil:
			p.flush()
			fence = fenceOpen(rest)
			continue
		case rest[0] == '#':
			if a, b, ok := atxHeading(src, c, le); ok {
				p.flush()
				p.para = append(p.para, seg{a, b})
				p.flush()
				continue
			}
		case isBreak(rest, '='):
			if len(p.para) > 0 { // setext heading underline
				p.flush()
				continue
			}
		case isBreak(rest, '-') || isBreak(rest, '*') || isBreak(rest, '_'):
			p.flush() // setext underline or thematic break
			continue
		}
		if isTableDelim(rest) {
			p.flush()
			continue
		}
		if rest[0] == '|' {
			p.tableRow(c, le)
			continue
		}
		if _, ok := refDef(src[c:le]); ok {
			p.flush()
			continue
		}
		if m := listMarker(rest, len(p.para) > 0 && !p.item); m > 0 {
			p.flush()
			p.item = true
			c = skipIndent(src, c+m, le)
			if c == le {
				continue
			}
		}
		p.para = append(p.para, seg{c, le})
	}
	p.flush()
}

// flush emits the open paragraph as one block.
func (p *mdParser) flush() {
	if len(p.para) == 0 {
		return
	}
	p.b.breakBlock()
	p.in.run(&p.b, p.src, p.para, p.refs)
	p.b.breakBlock()
	p.para = p.para[:0]
	p.item = false
}

// skipIndent skips spaces and tabs in src[i:end].
func skipIndent(src []byte, i, end int) int {
	for i < end && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// fenceOpen returns the fence (``` or ~~~, as long as written) that l
// opens, or nil.
func fenceOpen(l []byte) []byte {
	if len(l) < 3 || l[0] != '`' && l[0] != '~' {
		return nil
	}
	n := 0
	for n < len(l) && l[n] == l[0] {
		n++
	}
	if n < 3 || l[0] == '`' && bytes.IndexByte(l[n:], '`') >= 0 {
		return nil
	}
	return l[:n]
}

// atxHeading reads "# Title #" in src[c:le] and returns the title's bounds.
func atxHeading(src []byte, c, le int) (a, b int, ok bool) {
	n := 0
	for c+n < le && src[c+n] == '#' {
		n++
	}
	if n > 6 || c+n < le && src[c+n] != ' ' && src[c+n] != '\t' {
		return 0, 0, false
	}
	a, b = skipIndent(src, c+n, le), le
	// closing sequence: " ##" at the end
	k := b
	for k > a && src[k-1] == '#' {
		k--
	}
	if k == a || src[k-1] == ' ' || src[k-1] == '\t' {
		b = k
		for b > a && (src[b-1] == ' ' || src[b-1] == '\t') {
			b--
		}
	}
	return a, b, true
}

// isBreak reports whether l is three or more c's, with optional spaces.
func isBreak(l []byte, c byte) bool {
	n := 0
	for _, x := range l {
		switch x {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3 || c == '=' && n >= 1
}

// listMarker returns the length of a list-item marker at the start of l
// ("- ", "* ", "+ ", "1. ", "2) "), or 0. Inside a paragraph only "1." may
// start an ordered list, so that a wrapped "2026. " stays text.
func listMarker(l []byte, inPara bool) int {
	if len(l) == 0 {
		return 0
	}
	spaced := func(i int) int {
		if i == len(l) || l[i] == ' ' || l[i] == '\t' {
			return i
		}
		return 0
	}
	switch l[0] {
	case '-', '*', '+':
		return spaced(1)
	}
	n := 0
	for n < len(l) && n < 9 && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n == 0 || n == len(l) || l[n] != '.' && l[n] != ')' {
		return 0
	}
	if inPara && string(l[:n]) != "1" {
		return 0
	}
	return spaced(n + 1)
}

// rawBlockClose returns the closing tag of a raw HTML block that l opens
// (<script> or <style>), or "".
func rawBlockClose(l []byte) string {
	for _, tag := range []string{"script", "style"} {
		if len(l) > len(tag)+1 && l[0] == '<' && strings.EqualFold(string(l[1:1+len(tag)]), tag) {
			if c := l[1+len(tag)]; c == '>' || c == ' ' || c == '\t' {
				return "</" + tag + ">"
			}
		}
	}
	return ""
}

// isTableDelim reports whether l is a table's delimiter row ("|---|:-:|").
func isTableDelim(l []byte) bool {
	pipe, dash := false, false
	for _, c := range l {
		switch c {
		case '|':
			pipe = true
		case '-':
			dash = true
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return pipe && dash
}

// tableRow emits each cell of the table row src[c:le] ("| a | b |") as a
// block of its own.
func (p *mdParser) tableRow(c, le int) {
	p.flush()
	start := c + 1
	for i := c + 1; i <= le; i++ {
		if i < le && (p.src[i] != '|' || p.src[i-1] == '\\') {
			continue
		}
		a, b := skipIndent(p.src, start, i), i
		for b > a && (p.src[b-1] == ' ' || p.src[b-1] == '\t') {
			b--
		}
		if b > a {
			p.para = append(p.para, seg{a, b})
			p.flush()
		}
		start = i + 1
	}
}
