// Command wngen reads WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet)
// and writes the open-class tables of package lexicon: person nouns, event
// nouns, verb nominalisations, irregular inflections and the lemmas of each
// part of speech. Run it through go generate in checker/lexicon; the checker
// never needs WordNet at run time.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet dict folder")
	out := flag.String("out", "wordnet", "folder to write the tables to")
	flag.Parse()
	if err := run(*dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wngen:", err)
		os.Exit(1)
	}
}
