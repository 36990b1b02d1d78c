package output

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker"
)

// extent is a span's full position: start and end line and column (1-based,
// columns in characters, the end column just past the last character) and
// its offset and length in characters.
type extent struct {
	line, col, endLine, endCol int
	charOff, charLen           int
	hasChars                   bool
}

// extentOf computes the extent of s in src, the original text the span
// points into. Without src (or when the span does not fit it) the end is
// derived from the span's own text and the character offsets are unknown.
func extentOf(s checker.Span, src string) extent {
	e := extent{line: s.Line, col: s.Column}
	if src != "" && s.Start >= 0 && s.Start <= s.End && s.End <= len(src) {
		e.charOff = utf8.RuneCountInString(src[:s.Start])
		e.charLen = utf8.RuneCountInString(src[s.Start:s.End])
		e.hasChars = true
		e.endLine, e.endCol = advance(e.line, e.col, src[s.Start:s.End])
		return e
	}
	e.endLine, e.endCol = advance(e.line, e.col, s.Text)
	return e
}

// advance returns the position just past text when it starts at line, col.
func advance(line, col int, text string) (int, int) {
	n := strings.Count(text, "\n")
	if n == 0 {
		return line, col + utf8.RuneCountInString(text)
	}
	return line + n, utf8.RuneCountInString(text[strings.LastIndexByte(text, '\n')+1:]) + 1
}
