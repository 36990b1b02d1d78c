package input

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// specExample is one example of the CommonMark or GFM specification, as
// ../shared/eval/commonmark keeps them.
type specExample struct {
	ID      int    `json:"id"`
	Section string `json:"section"`
	Ext     string `json:"ext"`
	MD      string `json:"md"`
	HTML    string `json:"html"`
}

// loadSpec reads a JSON-lines file of examples from ../shared, skipping
// the test where it is absent.
func loadSpec(t *testing.T, name string) []specExample {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "eval", "commonmark", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("spec examples not available (%v)", err)
	}
	defer f.Close()
	var out []specExample
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var ex specExample
		require.NoError(t, json.Unmarshal(sc.Bytes(), &ex))
		out = append(out, ex)
	}
	require.NoError(t, sc.Err())
	return out
}

// visibleWords is the text a reader sees in rendered HTML, as words: tags
// removed, entities decoded, comments and script and style contents
// dropped, block elements and <br> breaking words; with dropCode, the contents of <pre> (code blocks) too.
func visibleWords(src string, dropCode bool) []string {
	z := html.NewTokenizer(strings.NewReader(src))
	var sb strings.Builder
	hidden := 0
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return strings.Fields(sb.String())
		case html.TextToken:
			if hidden == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			n := string(name)
			if n == "script" || n == "style" || dropCode && n == "pre" {
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			}
			if htmlBlock[n] || n == "br" {
				sb.WriteByte('\n')
			}
		}
	}
}

// TestCommonMarkSpec scores the Markdown reader on the specification's
// examples: the words of the text it extracts against the visible words of
// the HTML the spec expects. Code blocks are dropped on purpose (a date in
// code is not copy), so an example counts as read when it matches either
// with code or without.
func TestCommonMarkSpec(t *testing.T) {
	examples := loadSpec(t, "commonmark-0.31.2.jsonl")
	strict, intended := 0, 0
	var missed []int
	for _, ex := range examples {
		d, err := Parse([]byte(ex.MD), Markdown)
		require.NoError(t, err)
		got := strings.Fields(d.Text)
		switch {
		case equalWords(got, visibleWords(ex.HTML, false)):
			strict++
			intended++
		case equalWords(got, visibleWords(ex.HTML, true)):
			intended++
		default:
			missed = append(missed, ex.ID)
		}
	}
	t.Logf("CommonMark 0.31.2: %d of %d examples read as the spec renders them; %d counting code dropped on purpose; missed %v",
		strict, len(examples), intended, missed)
	assert.GreaterOrEqual(t, intended, 645)
}

// TestGFMExtensions: tables, task lists and strikethrough read as GitHub
// renders them.
func TestGFMExtensions(t *testing.T) {
	for _, ex := range loadSpec(t, "gfm-extensions.jsonl") {
		if ex.Ext != "table" && ex.Ext != "tasklist" && ex.Ext != "strikethrough" {
			continue
		}
		d, err := Parse([]byte(ex.MD), Markdown)
		require.NoError(t, err)
		assert.Equal(t, visibleWords(ex.HTML, false), strings.Fields(d.Text), "example %d (%s)", ex.ID, ex.Ext)
	}
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestCommonMarkCost: ordinary copy is far inside the budget; the shapes
// goldmark is quadratic on are over it and go to the linear reader.
func TestCommonMarkCost(t *testing.T) {
	article := strings.Repeat("The minister will [visit](https://x.org) Norland on Monday, [her office](https://y.org) said.\n\n> A quote, with a [link](z).\n\n- one\n  - two\n", 2000)
	for _, tc := range []struct {
		name string
		src  string
		over bool
	}{
		{"a long article with links, quotes and lists", article, false},
		{"unclosed links in one paragraph", strings.Repeat("[a](b", 5000), true},
		{"brackets never closed", strings.Repeat("[", 3000) + "x", true},
		{"block quotes nested thousands deep", strings.Repeat(">", 3000) + " x", true},
		{"list markers nested thousands deep", strings.Repeat("- ", 3000) + "x", true},
		{"a paragraph longer than any article's", strings.Repeat("*emphasis* ", 7000), true},
		{"one long line of markup", strings.Repeat("<a ", 30000), true},
		{"many short paragraphs of markup", strings.Repeat(strings.Repeat("*_~", 20)+"\n\n", 3000), false},
		{"indentation nested thousands deep", func() string {
			var sb strings.Builder
			for i := range 3000 {
				sb.WriteString(strings.Repeat(" ", 2*i) + "- x\n")
			}
			return sb.String()
		}(), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.over, commonMarkCost([]byte(tc.src)) > commonMarkBudget)
		})
	}
}
