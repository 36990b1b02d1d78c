package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/copydesk/copydesk/rules"
)

// rules lists every rule, or documents the one named.
func (e *env) rules(args []string) int {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fmt.Fprint(e.stdout, "usage: copydesk rules [ID]\n\nWithout ID, lists the rules; with one, documents it with a bad and a good example.\n")
		return exitOK
	}
	switch len(args) {
	case 0:
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		for _, r := range rules.All() {
			fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, r.Summary)
		}
		if err := tw.Flush(); err != nil {
			return e.fail("writing output: %v", err)
		}
		return exitOK
	case 1:
		r := rules.ByID(args[0])
		if r == nil {
			return e.fail("unknown rule %q (\"copydesk rules\" lists them)", args[0])
		}
		fmt.Fprintf(e.stdout, "%s (default severity: %s)\n\n%s\n\n%s\n\nBad:\n%s\n\nGood:\n%s\n",
			r.ID, r.Severity, r.Summary, r.Doc, indent(r.Bad), indent(r.Good))
		if r.Facts != "" {
			fmt.Fprintf(e.stdout, "\nThe examples assume this facts file (--facts):\n%s\n", indent(r.Facts))
		}
		if len(r.Settings) > 0 {
			fmt.Fprintf(e.stdout, "\nSettings (in .copydesk.yaml under settings: %s:):\n", r.ID)
			for _, s := range r.Settings {
				fmt.Fprintf(e.stdout, "    %s: %s; default %g, from %g to %g\n", s.Name, s.Doc, s.Default, s.Min, s.Max)
			}
		}
		return exitOK
	}
	return e.fail("rules takes at most one rule ID")
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n    ")
}
