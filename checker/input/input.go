// Package input turns an article in one of the formats copy arrives in
// (plain text, Markdown, HTML, NITF XML) into the plain text the analyses
// read, with an exact map from every byte of that text back to the original
// input, and the publication date the input itself carries.
package input

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"time"
)

// Format names an input format.
type Format string

// The formats Parse reads.
const (
	Text     Format = "text"
	Markdown Format = "markdown"
	HTML     Format = "html"
	NITF     Format = "nitf"
)

// Formats lists the formats Parse reads, in a stable order.
func Formats() []Format { return []Format{Text, Markdown, HTML, NITF} }

// ParseFormat reads a format name ("text", "markdown", "html", "nitf", in
// any case; "md" and "xml" are accepted too). The empty string means "detect
// it" and returns "" without error; any other name is an error naming it.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "":
		return "", nil
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	case "nitf", "xml":
		return NITF, nil
	}
	return "", fmt.Errorf("unknown input format %q (want text, markdown, html or nitf)", s)
}

// Detect chooses the format of raw: by the extension of name when it has a
// known one (.txt .md .markdown .html .htm .xml .nitf), else by sniffing
// the content. It always returns a format; plain text is the fallback.
func Detect(name string, raw []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".xml", ".nitf":
		return NITF
	}
	return sniff(raw)
}

// sniff guesses the format from the first few kilobytes of raw.
func sniff(raw []byte) Format {
	head := raw[:min(len(raw), 8192)]
	head = bytes.TrimPrefix(head, bom)
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	lower := bytes.ToLower(head[:min(len(head), 4096)])
	if len(trimmed) > 0 && trimmed[0] == '<' {
		if bytes.Contains(lower, []byte("<nitf")) {
			return NITF
		}
		for _, tag := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<body"), []byte("<head"),
			[]byte("<article"), []byte("<p>"), []byte("<p "), []byte("<div"), []byte("<main")} {
			if bytes.Contains(lower, tag) {
				return HTML
			}
		}
	}
	if looksMarkdown(head) {
		return Markdown
	}
	return Text
}

// Doc is an article as plain text, with where each of its bytes came from.
type Doc struct {
	// Text is the plain text the analyses read. For plain-text input it is
	// the input itself (less a byte order mark). For the other formats,
	// blocks (headlines, headings, paragraphs, list items, table cells) are
	// separated by "\n\n", runs of white space are one space, a
	// paragraph's wrapped lines are joined by spaces, and an HTML <br> is
	// "\n". Invalid UTF-8 is kept as it is.
	Text string
	// Format is the format the input was read as.
	Format Format
	// Published is the publication date the input carries; zero when none.
	Published time.Time
	// PublishedSource says where Published came from: "front-matter"
	// (Markdown) or "metadata" (HTML, NITF); empty when Published is zero.
	PublishedSource string

	runs   []run // offset map, sorted by text offset
	rawLen int
}

// Parse reads raw as format f (detecting it when f is empty). It returns an
// error only for input it cannot read at all, naming the format and why.
func Parse(raw []byte, f Format) (*Doc, error) {
	if len(raw) >= math.MaxInt32 {
		return nil, fmt.Errorf("input of %d bytes: the limit is 2 GiB", len(raw))
	}
	if f == "" {
		f = Detect("", raw)
	}
	var (
		d   *Doc
		err error
	)
	switch f {
	case Text:
		d = parseText(raw)
	case Markdown:
		d, err = parseMarkdown(raw)
	case HTML:
		d, err = parseHTML(raw)
	case NITF:
		d, err = parseNITF(raw)
	default:
		return nil, fmt.Errorf("unknown input format %q (want text, markdown, html or nitf)", string(f))
	}
	if err != nil {
		return nil, err
	}
	d.Format = f
	d.rawLen = len(raw)
	if d.Published.IsZero() {
		d.PublishedSource = ""
	}
	return d, nil
}

// Offset maps byte i of Text to a byte offset in the original input. It is
// monotone in i; i == len(Text) (or beyond) maps to the end of the input and
// negative i to 0.
func (d *Doc) Offset(i int) int {
	if i < 0 {
		return 0
	}
	if i >= len(d.Text) {
		return d.rawLen
	}
	r := d.find(i)
	if r.copy {
		return int(r.r0) + (i - int(r.t))
	}
	return int(r.r0)
}

// end maps byte i of Text to the end (exclusive) of the input bytes it came
// from: i+1's position for copied bytes, the end of the whole entity or
// replaced stretch for decoded ones.
func (d *Doc) end(i int) int {
	r := d.find(i)
	if r.copy {
		return int(r.r0) + (i - int(r.t)) + 1
	}
	return int(r.r1)
}

// Span maps Text bytes [s, e) to the input bytes they came from, [start,
// end). For copied text that is [Offset(s), Offset(e-1)+1); a decoded
// entity at either edge is covered whole. Out-of-range arguments are
// clamped; an empty span maps to an empty span at Offset(s).
func (d *Doc) Span(s, e int) (start, end int) {
	s = max(0, min(s, len(d.Text)))
	e = max(s, min(e, len(d.Text)))
	start = d.Offset(s)
	if e == s {
		return start, start
	}
	return start, max(start, d.end(e-1))
}

// find returns the run holding Text byte i (0 <= i < len(Text)).
func (d *Doc) find(i int) run {
	lo, hi := 0, len(d.runs)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if int(d.runs[mid].t) <= i {
			lo = mid
		} else {
			hi = mid
		}
	}
	if len(d.runs) == 0 {
		return run{}
	}
	return d.runs[lo]
}

var bom = []byte("\xef\xbb\xbf")

// parseText reads plain text: the text is the input, less a leading UTF-8
// byte order mark; invalid UTF-8 is kept byte for byte.
func parseText(raw []byte) *Doc {
	var b builder
	start := 0
	if bytes.HasPrefix(raw, bom) {
		start = len(bom)
	}
	b.copyBytes(raw[start:], start)
	return b.doc()
}
