package checker

import (
	"regexp"
	"strings"
)

// directiveRE is a suppression comment: <!-- copydesk-disable RULE ... -->,
// <!-- copydesk-enable RULE ... --> or <!-- copydesk-disable-next-line
// RULE ... -->; without rule IDs it applies to every rule. The comment is
// read in the original input whatever its format: Markdown and HTML hide
// it, NITF (XML) keeps it as a comment, and a CMS can carry it in plain
// text.
var directiveRE = regexp.MustCompile(`<!--\s*copydesk-(disable-next-line|disable|enable)((?:[\s,]+[a-z0-9-]+)*)\s*-->`)

// suppression is a stretch [start, end) of the original input in which
// the findings of rules (every rule when empty) are not reported.
type suppression struct {
	start, end int
	rules      map[string]bool
}

// suppressions reads the suppression comments of orig.
func suppressions(orig string) []suppression {
	if !strings.Contains(orig, "copydesk-") {
		return nil
	}
	var out []suppression
	open := map[string]int{} // rule ("" for all) → where its disable began
	for _, m := range directiveRE.FindAllStringSubmatchIndex(orig, -1) {
		kind := orig[m[2]:m[3]]
		rules := strings.FieldsFunc(orig[m[4]:m[5]], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
		if len(rules) == 0 {
			rules = []string{""}
		}
		switch kind {
		case "disable-next-line":
			start := lineEnd(orig, m[1])
			out = append(out, suppression{start: start, end: lineEnd(orig, start), rules: set(rules)})
		case "disable":
			for _, r := range rules {
				if _, ok := open[r]; !ok {
					open[r] = m[1]
				}
			}
		case "enable":
			for _, r := range rules {
				if start, ok := open[r]; ok {
					out = append(out, suppression{start: start, end: m[0], rules: set([]string{r})})
					delete(open, r)
				}
			}
		}
	}
	for r, start := range open {
		out = append(out, suppression{start: start, end: len(orig), rules: set([]string{r})})
	}
	return out
}

// lineEnd returns the offset just after the line break that ends the line
// holding off (or the end of s).
func lineEnd(s string, off int) int {
	if i := strings.IndexByte(s[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(s)
}

func set(ws []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if w != "" {
			m[w] = true
		}
	}
	return m
}

// suppressed reports whether a finding of rule starting at off (in the
// original input) is suppressed by one of ss.
func suppressed(ss []suppression, rule string, off int) bool {
	for _, s := range ss {
		if off >= s.start && off < s.end && (len(s.rules) == 0 || s.rules[rule]) {
			return true
		}
	}
	return false
}

// dropSuppressed removes the findings a suppression comment covers and
// returns how many it removed. Internal errors are never suppressed.
func dropSuppressed(fs []Finding, ss []suppression) ([]Finding, int) {
	if len(ss) == 0 {
		return fs, 0
	}
	out := fs[:0]
	n := 0
	for _, f := range fs {
		if f.Rule != InternalErrorRule && suppressed(ss, f.Rule, f.Span.Start) {
			n++
			continue
		}
		out = append(out, f)
	}
	return out, n
}
