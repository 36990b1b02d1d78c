package input

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	gtext "github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// commonMark parses CommonMark with GitHub's tables, strikethrough and task
// lists. A goldmark Markdown holds no state between parses, so one serves
// every check.
var commonMark = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)).Parser()

// readCommonMark writes the visible text of src, parsed as CommonMark, to
// b: paragraphs, headings, list items, block quotes and table cells as
// blocks, inline markup stripped, escapes and entities decoded, code
// blocks and images dropped, HTML read for its text. Offsets are src's.
func readCommonMark(b *builder, src []byte) {
	root := commonMark.Parse(gtext.NewReader(src), parser.WithContext(parser.NewContext()))
	w := cmWalker{b: b, src: src}
	// an iterative walk: inline nesting may be as deep as the input is long
	for n := ast.Node(root); n != nil; {
		descend := w.enter(n)
		if descend && n.FirstChild() != nil {
			n = n.FirstChild()
			continue
		}
		for n != nil {
			w.exit(n)
			if n == ast.Node(root) {
				return
			}
			if next := n.NextSibling(); next != nil {
				n = next
				break
			}
			n = n.Parent()
		}
	}
}

// cmWalker writes the text of a goldmark tree.
type cmWalker struct {
	b   *builder
	src []byte
}

// enter handles a node on the way down and reports whether to read its
// children.
func (w *cmWalker) enter(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Text:
		w.text(n.Segment, n.IsRaw())
		if n.SoftLineBreak() || n.HardLineBreak() {
			w.b.space()
		}
	case *ast.String:
		w.b.atomic(string(n.Value), w.b.rawEnd, w.b.rawEnd)
	case *ast.AutoLink:
		w.autoLink(n)
	case *ast.RawHTML:
		w.rawHTML(n)
	case *ast.HTMLBlock:
		w.b.breakBlock()
		w.htmlBlock(n)
		return false
	case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Image, *east.TaskCheckBox:
		w.b.space()
		return false
	}
	if n.Type() == ast.TypeBlock || isCell(n) {
		w.b.breakBlock()
	}
	return true
}

// exit ends a block.
func (w *cmWalker) exit(n ast.Node) {
	if n.Type() == ast.TypeBlock || isCell(n) {
		w.b.breakBlock()
	}
}

func isCell(n ast.Node) bool {
	_, ok := n.(*east.TableCell)
	return ok
}

// text writes a text segment; unless raw (code), backslash escapes and
// character references are decoded.
func (w *cmWalker) text(seg gtext.Segment, raw bool) {
	s := w.src[seg.Start:seg.Stop]
	if raw {
		appendCharsWith(w.b, s, seg.Start, nil)
		return
	}
	from := 0
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\\' && isASCIIPunct(s[i+1]) {
			appendCharsWith(w.b, s[from:i], seg.Start+from, strictEntityAt)
			w.b.copyByte(s[i+1], seg.Start+i+1)
			i++
			from = i + 1
		}
	}
	appendCharsWith(w.b, s[from:], seg.Start+from, strictEntityAt)
}

// autoLink writes an autolink's label ("<https://x.org>" reads
// "https://x.org").
func (w *cmWalker) autoLink(n *ast.AutoLink) {
	label := n.Label(w.src)
	at := n.Pos()
	if at >= 0 && at < len(w.src) && w.src[at] == '<' {
		at++
	}
	if at >= 0 && at+len(label) <= len(w.src) && bytes.Equal(w.src[at:at+len(label)], label) {
		w.b.copyBytes(label, at)
		return
	}
	w.b.atomic(string(label), w.b.rawEnd, w.b.rawEnd)
}

// rawHTML reads inline HTML: a tag shows nothing, a line break (<br>) a
// space.
func (w *cmWalker) rawHTML(n *ast.RawHTML) {
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		if isBreakTag(w.src[seg.Start:seg.Stop]) {
			w.b.space()
		}
	}
}

// htmlBlock reads an HTML block for its text, as a browser shows it.
func (w *cmWalker) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	// the lines of a block outside containers are one stretch of src;
	// inside a block quote or list they are read one by one
	first, last := lines.At(0), lines.At(lines.Len()-1)
	if n.HasClosure() {
		last = n.ClosureLine
	}
	hidden := 0
	if contiguous(lines, n) {
		hidden = appendHTMLText(w.b, w.src[first.Start:last.Stop], first.Start, hidden)
		return
	}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		hidden = appendHTMLText(w.b, w.src[seg.Start:seg.Stop], seg.Start, hidden)
	}
	if n.HasClosure() {
		appendHTMLText(w.b, w.src[n.ClosureLine.Start:n.ClosureLine.Stop], n.ClosureLine.Start, hidden)
	}
}

// contiguous reports whether an HTML block's lines follow one another in
// the source with nothing between them.
func contiguous(lines *gtext.Segments, n *ast.HTMLBlock) bool {
	for i := 1; i < lines.Len(); i++ {
		if lines.At(i).Start != lines.At(i-1).Stop {
			return false
		}
	}
	return !n.HasClosure() || n.ClosureLine.Start == lines.At(lines.Len()-1).Stop
}

// appendHTMLText writes the text of an HTML fragment (input[base:]) to b:
// block elements separate blocks, <br> is a space, tags and comments show
// nothing, and script and style contents are hidden. hidden is how many
// script or style elements are open before s; it returns how many after.
func appendHTMLText(b *builder, s []byte, base, hidden int) int {
	z := html.NewTokenizer(bytes.NewReader(s))
	pos := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return hidden
		}
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.TextToken:
			if hidden == 0 {
				appendChars(b, raw, base+start)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			switch tag := string(name); {
			case tag == "script" || tag == "style":
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			case tag == "br":
				b.space()
			case htmlBlock[tag]:
				b.breakBlock()
			}
		}
	}
}
