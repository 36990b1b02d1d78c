package checker

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/analysis"
)

// SectionBytes is the most plain text one reading of the copy takes in.
// Longer copy (an archive file of many stories, a book chapter) is read in
// sections of at most this size, cut at a paragraph break where one falls
// in the section's second half, else at a line break, a sentence end or a
// space; contradictions are sought within a section. A news story of
// 20,000 words fits in one. Sections keep a check's memory in proportion
// to the section, not to the whole input, let a deadline be kept
// between sections, and let several sections be read at once
// (Options.Workers).
const SectionBytes = 128 << 10

// section is the stretch [start, end) of the plain text read as one pass.
type section struct{ start, end int }

// sections cuts s into stretches of at most limit bytes (one stretch when s
// is no longer); the stretches cover s without gaps.
func sections(s string, limit int) []section {
	if len(s) <= limit {
		return []section{{0, len(s)}}
	}
	var out []section
	for start := 0; start < len(s); {
		end := start + limit
		if end >= len(s) {
			end = len(s)
		} else {
			end = cutAt(s, start, end)
		}
		out = append(out, section{start, end})
		start = end
	}
	return out
}

// cutAt returns where to end the section that starts at start and may not
// pass limit: after the last paragraph break, line break, sentence end or
// space in the section's second half, in that order of preference, else at
// the last rune boundary before limit.
func cutAt(s string, start, limit int) int {
	half := start + (limit-start)/2
	window := s[half:limit]
	for _, sep := range []string{"\n\n", "\n", ". ", " "} {
		if i := strings.LastIndex(window, sep); i >= 0 {
			return half + i + len(sep)
		}
	}
	end := limit
	for end > half && !utf8.RuneStart(s[end]) {
		end--
	}
	if end == half { // no rune starts here: not UTF-8; cut anywhere
		return limit
	}
	return end
}

// referenceIn returns ref as a section's pass sees it: the dateline's
// offsets made relative to the section, or empty when it lies outside.
func referenceIn(ref analysis.Reference, sec section) analysis.Reference {
	if c := ref.Copy; c != nil {
		// The copy's own date is reported once: in the section that
		// holds its dateline, or the first for metadata.
		switch {
		case c.End > 0 && c.Start >= sec.start && c.End <= sec.end:
			cc := *c
			cc.Start -= sec.start
			cc.End -= sec.start
			ref.Copy = &cc
		case c.End == 0 && sec.start == 0:
		default:
			ref.Copy = nil
		}
	}
	if ref.Start < sec.start || ref.End > sec.end {
		ref.Start, ref.End = 0, 0
		return ref
	}
	ref.Start -= sec.start
	ref.End -= sec.start
	return ref
}

// shiftFindings moves the spans of findings made on a section that starts
// at byte off of the plain text to offsets of the whole text.
func shiftFindings(fs []Finding, off int) []Finding {
	if off == 0 {
		return fs
	}
	for i := range fs {
		fs[i].Span.Start += off
		fs[i].Span.End += off
		rel := make([]Related, len(fs[i].Related))
		for j, r := range fs[i].Related {
			r.Start += off
			r.End += off
			rel[j] = r
		}
		fs[i].Related = rel
	}
	return fs
}
