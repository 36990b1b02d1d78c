package main

import (
	"fmt"
	"os"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/checker/facts"
)

const factsUsage = `usage: copydesk facts check FILE        check a facts file and count its entries
       copydesk facts import FILE...    write a facts file (YAML) from Wikidata entity JSON files
`

// facts checks a desk's facts file or imports one from Wikidata.
func (e *env) facts(args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(e.stdout, factsUsage)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	switch args[0] {
	case "check":
		if len(args) != 2 {
			return e.fail("facts check takes one file")
		}
		f, err := facts.Load(args[1])
		if err != nil {
			return e.fail("%v", err)
		}
		fmt.Fprintf(e.stdout, "%s: %d people, %d organisations, %d places, %d events\n",
			args[1], len(f.People), len(f.Organisations), len(f.Places), len(f.Events))
		return exitOK
	case "import":
		if len(args) < 2 {
			return e.fail("facts import takes Wikidata entity files (Special:EntityData/Q….json)")
		}
		var raws [][]byte
		for _, name := range args[1:] {
			raw, err := os.ReadFile(name)
			if err != nil {
				return e.fail("%v", err)
			}
			raws = append(raws, raw)
		}
		f, err := facts.ImportWikidata(raws, args[1:])
		if err != nil {
			return e.fail("%v", err)
		}
		enc := yaml.NewEncoder(e.stdout)
		enc.SetIndent(2)
		if err := enc.Encode(f); err != nil {
			return e.fail("writing the facts file: %v", err)
		}
		return exitOK
	}
	return e.fail("facts: unknown subcommand %q (check or import)", args[0])
}
