// Command copydesk checks news copy for contradictions with itself and with
// its publication date. See README.md for usage.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// Exit codes, as linters use them.
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // something at or above --fail-on
	exitUsage    = 2 // usage or input error
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `usage: copydesk <command> [flags] [FILE...]

commands:
  check    check articles for contradictions (standard input when no FILE or -)
  dates    list every time expression and how it was resolved
  rules    list the rules; "copydesk rules ID" documents one
  facts    check a desk's facts file, or import one from Wikidata entity files
  serve    run the HTTP service and the editor's page
  version  print the version

"copydesk <command> -h" lists a command's flags.
`

// run is the whole program, minus the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	env := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	switch args[0] {
	case "check":
		return env.check(args[1:])
	case "dates":
		return env.dates(args[1:])
	case "rules":
		return env.rules(args[1:])
	case "serve":
		return env.serve(args[1:])
	case "facts":
		return env.facts(args[1:])
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "copydesk %s\n", version)
		return exitOK
	case "help", "-h", "--help":
		if len(args) > 1 && args[0] == "help" && args[1] != "help" {
			// "copydesk help check" is "copydesk check -h".
			return run([]string{args[1], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "copydesk: unknown command %q\n%s", args[0], usage)
	return exitUsage
}

// env is where a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// fail prints a one-line error and returns the usage exit code.
func (e *env) fail(format string, a ...any) int {
	fmt.Fprintf(e.stderr, "copydesk: "+format+"\n", a...)
	return exitUsage
}
