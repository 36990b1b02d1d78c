package tense

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/text"
	"github.com/stretchr/testify/assert"
)

// TestTempEvalDirection reads the TempEval-3 news (real articles with gold
// dates) and compares the tense At gives each date's clause with the gold
// date's direction from the publication date. A Future clause holding a
// date before publication (or a Past one holding a date after it) is what a
// tense rule would report, so it must stay rare.
func TestTempEvalDirection(t *testing.T) {
	f, err := os.Open("../../../shared/eval/te3-tbaq.jsonl")
	if err != nil {
		t.Skip("TempEval data not available")
	}
	defer f.Close()
	type timex struct {
		Start, End int
		Text, Type string
		Value      string
	}
	var doc struct {
		DCT   string
		Text  string
		Timex []timex
	}
	counts := map[string]map[Tense]int{"before": {}, "after": {}}
	var wrong []string
	careful := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		doc.Timex = nil
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		src := doc.Text
		byteOff := codePointOffsets(src)
		sents := text.Sentences(src)
		for _, x := range doc.Timex {
			if x.Type != "DATE" || len(x.Value) < 4 || x.Value[0] < '0' || x.Value[0] > '9' {
				continue
			}
			dir := direction(x.Value, doc.DCT)
			if dir == "" {
				continue
			}
			start, end := byteOff[x.Start], byteOff[x.End]
			var sent text.Sentence
			for _, s := range sents {
				if s.Contains(start) {
					sent = s
					break
				}
			}
			r := At(src, sent, start, end)
			counts[dir][r.Tense]++
			if os.Getenv("TENSE_UNKNOWN") != "" && r.Tense == Unknown && !r.Modifier {
				t.Log("unknown: [" + src[start:end] + "] " + strings.ReplaceAll(sent.Text(src), "\n", " "))
			}
			if r.Modifier {
				counts[dir]["modifier"]++
				if testing.Verbose() && os.Getenv("TENSE_MODIFIERS") != "" {
					t.Log("modifier: [" + src[start:end] + "] " + strings.ReplaceAll(sent.Text(src), "\n", " "))
				}
			}
			bounding := r.Prep == "until" || r.Prep == "till" || r.Prep == "by" || r.Prep == "from" ||
				r.Prep == "since" || r.Prep == "through" || r.Prep == "to" || r.Prep == "before" || r.Prep == "after"
			if r.Modifier || bounding {
				continue // a careful rule leaves these alone
			}
			careful++
			if dir == "before" && r.Tense == Future && !r.FutureInPast || dir == "after" && r.Tense == Past {
				wrong = append(wrong, dir+" "+x.Value+" ["+src[start:end]+"] cue="+r.Cue+" | "+strings.ReplaceAll(sent.Text(src), "\n", " "))
			}
		}
	}
	t.Logf("dates before publication: %v", counts["before"])
	t.Logf("dates after publication:  %v", counts["after"])
	for _, w := range wrong {
		t.Log(w)
	}
	t.Logf("%d conflicts in %d dates a careful rule would read", len(wrong), careful)
	assert.Less(t, float64(len(wrong)), 0.05*float64(careful), "direction conflicts")
}

// direction compares a TIMEX3 date value with the publication date at the
// value's own precision: "before", "after" or "" when they overlap.
func direction(value, dct string) string {
	n := len(value)
	if n > 10 {
		n = 10
	}
	if n != 4 && n != 7 && n != 10 || len(dct) < n {
		return ""
	}
	for i := 0; i < n; i++ {
		if c := value[i]; (c < '0' || c > '9') && (c != '-' || i != 4 && i != 7) {
			return ""
		}
	}
	v, d := value[:n], dct[:n]
	switch {
	case v < d:
		return "before"
	case v > d:
		return "after"
	}
	return ""
}

// codePointOffsets maps code-point offsets of s to byte offsets.
func codePointOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	out = append(out, len(s))
	_ = utf8.RuneLen
	return out
}
