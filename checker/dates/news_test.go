package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newsCase is one line of news-expressions.jsonl.
type newsCase struct {
	ID         string `json:"id"`
	Context    string `json:"context"`
	Expression string `json:"expression"`
	Grain      string `json:"grain"`
	Accept     []struct {
		From string `json:"from"`
		To   string `json:"to"`
	} `json:"accept"`
}

const newsPath = "../../../shared/eval/news-expressions.jsonl"

func loadNews(t testing.TB) []newsCase { return loadJSONL[newsCase](t, newsPath) }

// loadJSONL reads one T per line of the JSON Lines file at path, skipping
// the test when the file is absent (a user's clone has no ../shared).
func loadJSONL[T any](t testing.TB, path string) []T {
	f, err := os.Open(path)
	if err != nil {
		t.Skip(path, " not present: ", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c T
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// newsRef is the publication date of every news expression.
var newsRef = time.Date(2026, 2, 4, 0, 0, 0, 0, time.UTC)

// newsHit reports whether some expression over the case's expression
// resolved to an accepted interval, and what was found.
func newsHit(c newsCase, xs []Expr) (bool, string) {
	at := strings.Index(c.Context, c.Expression)
	end := at + len(c.Expression)
	var got []string
	for _, x := range xs {
		if x.End <= at || x.Start >= end {
			continue
		}
		got = append(got, x.Resolution)
		if !x.Resolved {
			continue
		}
		for _, a := range c.Accept {
			if x.From.Format("2006-01-02") == a.From && x.To.Format("2006-01-02") == a.To {
				return true, ""
			}
		}
	}
	if len(got) == 0 {
		return false, "nothing found"
	}
	return false, strings.Join(got, "; ")
}

func TestNewsExpressions(t *testing.T) {
	cases := loadNews(t)
	right, total, clean, free := 0, 0, 0, 0
	for _, c := range cases {
		xs := Resolve(c.Context, newsRef, Options{})
		if c.Expression == "" {
			free++
			if len(xs) == 0 {
				clean++
			} else {
				t.Logf("false date in %q: %s", c.Context, xs[0].Resolution)
			}
			continue
		}
		total++
		if ok, got := newsHit(c, xs); ok {
			right++
		} else {
			t.Logf("miss %s %q in %q (%s): %s", c.ID, c.Expression, c.Context, c.Grain, got)
		}
	}
	t.Logf("%d of %d resolved to an accepted interval; %d of %d date-free sentences clean", right, total, clean, free)
	assert.GreaterOrEqual(t, right, 88)
	assert.Equal(t, free, clean)
}
