// Command te3eval runs the date resolver over the TempEval-3 documents in
// a JSONL file and writes the timexes it finds in the scorer's format
// (offsets in code points), one document per line.
//
//	go run ./checker/dates/internal/te3eval ../shared/eval/te3-tbaq.jsonl > /tmp/sys.jsonl &&
//	python3 ../shared/eval/te3_score.py ../shared/eval/te3-tbaq.jsonl /tmp/sys.jsonl
//
// With -when, the dates olebedev/when finds sentence by sentence that
// overlap none of ours are added (as DATE, day value), to measure what it
// would add.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/text"
	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

type timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

type doc struct {
	Doc   string  `json:"doc"`
	DCT   string  `json:"dct"`
	Text  string  `json:"text"`
	Timex []timex `json:"timex"`
}

func main() {
	withWhen := flag.Bool("when", false, "add the dates olebedev/when finds that overlap none of ours")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: te3eval [-when] GOLD.jsonl > SYSTEM.jsonl")
		os.Exit(2)
	}
	var w *when.Parser
	if *withWhen {
		w = when.New(nil)
		w.Add(en.All...)
		w.Add(common.All...)
	}
	if err := run(flag.Arg(0), w); err != nil {
		fmt.Fprintln(os.Stderr, "te3eval:", err)
		os.Exit(1)
	}
}

func run(path string, wp *when.Parser) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for sc.Scan() {
		var d doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return err
		}
		ref, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			return fmt.Errorf("%s: dct: %w", d.Doc, err)
		}
		out := doc{Doc: d.Doc, DCT: d.DCT, Text: d.Text, Timex: []timex{}}
		cp := codePoints(d.Text)
		xs := dates.Resolve(d.Text, ref, dates.Options{})
		if wp != nil {
			xs = addWhen(wp, d.Text, ref, xs)
		}
		for _, x := range xs {
			parts := x.Parts
			if len(parts) == 0 {
				parts = []dates.Expr{x}
			}
			for _, p := range parts {
				out.Timex = append(out.Timex, timex{Start: cp[p.Start], End: cp[p.End], Text: p.Text,
					Type: string(p.Type), Value: p.Value, Mod: p.Mod})
			}
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	return sc.Err()
}

// codePoints maps each byte offset of s (and len(s)) to its offset in
// code points.
func codePoints(s string) []int {
	m := make([]int, len(s)+1)
	n := 0
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			m[i+k] = n
		}
		i += size
		n++
	}
	m[len(s)] = n
	return m
}

// addWhen adds, sentence by sentence, the dates when finds that overlap
// none of xs.
func addWhen(w *when.Parser, src string, ref time.Time, xs []dates.Expr) []dates.Expr {
	out := xs
	for _, s := range text.Sentences(src) {
		sent := src[s.Start:s.End]
		for off := 0; off < len(sent); {
			r, err := w.Parse(sent[off:], ref)
			if err != nil || r == nil {
				break
			}
			start := s.Start + off + r.Index
			end := start + len(r.Text)
			off += r.Index + max(len(r.Text), 1)
			overlap := false
			for _, x := range xs {
				if x.Start < end && start < x.End {
					overlap = true
					break
				}
			}
			if !overlap && end > start {
				out = append(out, dates.Expr{Start: start, End: end, Text: src[start:end], Type: dates.Date,
					Value: r.Time.Format("2006-01-02")})
			}
		}
	}
	return out
}
