package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/copydesk/copydesk/checker"
)

// githubWriter writes GitHub Actions workflow commands, one per finding:
// ::warning file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE
// (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
type githubWriter struct {
	w   io.Writer
	err error
}

// githubLevel maps a severity to a workflow command.
func githubLevel(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Info:
		return "notice"
	}
	return "warning"
}

func (g *githubWriter) Report(file, src string, rep checker.Report) error {
	for _, f := range rep.Findings {
		var b strings.Builder
		b.WriteString("::" + githubLevel(f.Severity) + " file=" + escapeProperty(file))
		if f.Span.Line > 0 {
			e := extentOf(f.Span, src)
			// GitHub's end column is the last character's, not the one past it.
			fmt.Fprintf(&b, ",line=%d,col=%d,endLine=%d,endColumn=%d", e.line, e.col, e.endLine, max(e.col, e.endCol-1))
		}
		b.WriteString(",title=" + escapeProperty(f.Rule) + "::")
		msg := f.Message
		for _, r := range f.Related {
			msg += fmt.Sprintf("\n  line %d: %s", r.Line, relatedText(r))
		}
		b.WriteString(escapeData(msg))
		b.WriteByte('\n')
		if _, err := io.WriteString(g.w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

func (g *githubWriter) Close() error { return nil }

// escapeData escapes a workflow command's message, as @actions/core does.
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

// propertyEscaper escapes a workflow command's property values.
var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeData(s string) string     { return dataEscaper.Replace(s) }
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
