// Package yamlmsg rewrites the YAML decoder's error messages in a user's
// terms: what a key expects, not the Go type it decodes into.
package yamlmsg

import (
	"errors"
	"regexp"
	"strings"
)

var goTerms = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile("cannot unmarshal !!\\w+ `([^`]*)` into (float64|int)"), "`$1` is not a number"},
	{regexp.MustCompile("cannot unmarshal !!\\w+ `([^`]*)` into bool"), "`$1` is not true or false"},
	{regexp.MustCompile("cannot unmarshal !!\\w+ `([^`]*)` into string"), "`$1` is not a word"},
	{regexp.MustCompile("cannot unmarshal !!(seq|map) into \\[\\]\\S+"), "a $1 where a list is expected"},
	{regexp.MustCompile("cannot unmarshal !!(seq|map) into \\S+"), "a $1 where a single value is expected"},
	{regexp.MustCompile("cannot unmarshal !!str `([^`]*)` into \\[\\]\\S+"), "`$1` where a list is expected"},
}

var unknownField = regexp.MustCompile(`field (\S+) not found in type (\S+)`)

// Plain rewrites a decoding error's lines, joined by "; ". known gives,
// by Go type name ("config.Config"), the keys a mapping of that type
// takes, named in the message for an unknown key.
func Plain(err error, known map[string]string) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: unmarshal errors:\n")
	for _, t := range goTerms {
		msg = t.re.ReplaceAllString(msg, t.with)
	}
	msg = unknownField.ReplaceAllStringFunc(msg, func(s string) string {
		m := unknownField.FindStringSubmatch(s)
		if k, ok := known[m[2]]; ok {
			return "unknown key " + m[1] + " (known: " + k + ")"
		}
		return "unknown key " + m[1]
	})
	msg = strings.TrimPrefix(msg, "yaml: ")
	lines := strings.Split(msg, "\n")
	for i := range lines {
		lines[i] = strings.Join(strings.Fields(lines[i]), " ")
	}
	return errors.New(strings.Join(lines, "; "))
}
