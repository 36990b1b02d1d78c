package input

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"
)

// nitfText are the elements whose text is article text: headlines and
// the paragraphs, list items and block quotes of body.content.
var nitfText = map[string]bool{
	"hl1": true, "hl2": true, "p": true, "li": true, "dt": true, "dd": true, "bq": true,
}

// nitfSkip are body elements whose content is not prose.
var nitfSkip = map[string]bool{"media": true, "table": true, "note": true, "fn": true}

// parseNITF reads NITF XML: the headlines (hl1, hl2) and the paragraphs of
// body.content, each a block. The publication date is docdata's
// date.issue, else pubdata's date.publication, else the dateline's
// story.date. Input that is not well-formed XML with a <nitf> root is an
// error.
func parseNITF(raw []byte) (*Doc, error) {
	src := raw
	if !utf8.Valid(raw) {
		// encoding/xml rejects invalid UTF-8; the decoder reads a copy with
		// those bytes masked (same length, so offsets hold) and the text is
		// taken from raw, bytes as they are.
		src = maskInvalid(raw)
	}
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) {
		return r, nil // keep the bytes as they are, so offsets stay true
	}
	var (
		b             builder
		root          bool
		body, content int // depth in <body>, <body.content>
		hedline, text int // depth in <hedline>, in a text element
		skip, depth   int
		date          time.Time
		dateRank      = 99
		prev          int64
	)
	offer := func(s string, rank int) {
		if rank < dateRank {
			if t, ok := parseDate(s); ok {
				date, dateRank = t, rank
			}
		}
	}
	for {
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("nitf: %w", err)
		}
		start, end := int(prev), int(dec.InputOffset())
		prev = dec.InputOffset()
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			name := strings.ToLower(t.Name.Local)
			if !root {
				if name != "nitf" {
					return nil, fmt.Errorf("nitf: root element is <%s>, not <nitf>", t.Name.Local)
				}
				root = true
			}
			switch name {
			case "body":
				body++
			case "body.content":
				content++
			case "hedline":
				hedline++
			case "date.issue":
				offer(attr(t, "norm"), 0)
			case "pubdata", "date.publication":
				offer(attr(t, "date.publication"), 1)
				offer(attr(t, "norm"), 1)
			case "story.date":
				offer(attr(t, "norm"), 2)
			}
			if nitfSkip[name] {
				skip++
			}
			if nitfText[name] {
				text++
				b.breakBlock()
			}
		case xml.EndElement:
			depth--
			name := strings.ToLower(t.Name.Local)
			switch {
			case name == "body" && body > 0:
				body--
			case name == "body.content" && content > 0:
				content--
			case name == "hedline" && hedline > 0:
				hedline--
			case nitfSkip[name] && skip > 0:
				skip--
			case nitfText[name] && text > 0:
				text--
				b.breakBlock()
			}
		case xml.CharData:
			if body == 0 || text == 0 || skip > 0 || content == 0 && hedline == 0 {
				continue
			}
			chunk := raw[max(0, min(start, len(raw))):max(0, min(end, len(raw)))]
			if inner, ok := bytes.CutPrefix(chunk, []byte("<![CDATA[")); ok {
				inner = bytes.TrimSuffix(inner, []byte("]]>"))
				appendPlain(&b, inner, start+len("<![CDATA["))
			} else {
				appendChars(&b, chunk, start)
			}
		}
	}
	if !root {
		return nil, errors.New("nitf: no <nitf> element")
	}
	if depth > 0 {
		return nil, fmt.Errorf("nitf: input ends inside %d open element(s); truncated?", depth)
	}
	d := b.doc()
	if !date.IsZero() {
		d.Published, d.PublishedSource = date, "metadata"
	}
	return d, nil
}

// attr returns the value of the attribute named name (local part), or "".
func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if strings.EqualFold(a.Name.Local, name) {
			return a.Value
		}
	}
	return ""
}

// appendPlain appends s (input[base:]) with white space collapsed and no
// references decoded, as in a CDATA section.
func appendPlain(b *builder, s []byte, base int) {
	start := 0
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			if i > start {
				b.copyBytes(s[start:i], base+start)
			}
			b.space()
			start = i + 1
		}
	}
	if start < len(s) {
		b.copyBytes(s[start:], base+start)
	}
}

// maskInvalid returns a copy of raw with each byte of invalid UTF-8
// replaced by '?'.
func maskInvalid(raw []byte) []byte {
	src := bytes.Clone(raw)
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			src[i] = '?'
		}
		i += n
	}
	return src
}
