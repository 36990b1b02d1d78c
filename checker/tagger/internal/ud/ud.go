// Package ud reads Universal Dependencies CoNLL-U files for the tagger's
// trainer and its accuracy test, and turns a sentence into the tokens the
// tagger sees: either the treebank's own words or the words
// text.AppendWords would split the sentence's text into.
package ud

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/checker/text"
)

// Word is one syntactic word of a sentence (multiword-token lines and empty
// nodes are skipped).
type Word struct {
	Form, UPOS, XPOS string
	Head             int  // 1-based index of the head word; 0 for the root
	Space            bool // a space follows the word in the sentence's text
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID    string
	Words []Word
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// Read reads every sentence of CoNLL-U text.
func Read(r io.Reader) ([]Sentence, error) {
	var (
		out    []Sentence
		cur    Sentence
		mwtEnd int  // last word of the multiword token being read
		mwtSp  bool // whether a space follows that multiword token
		line   int
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur, mwtEnd = Sentence{}, 0
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") {
			if id, ok := strings.CutPrefix(l, "# sent_id = "); ok {
				cur.ID = id
			}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue // an empty node
		}
		space := !strings.Contains(f[9], "SpaceAfter=No")
		if _, b, ok := strings.Cut(f[0], "-"); ok {
			end, err := strconv.Atoi(b)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad range %q", line, f[0])
			}
			mwtEnd, mwtSp = end, space
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("line %d: bad id %q", line, f[0])
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			head = 0
		}
		if id < mwtEnd {
			space = false
		} else if id == mwtEnd {
			space = mwtSp
		}
		cur.Words = append(cur.Words, Word{Form: f[1], UPOS: f[3], XPOS: f[4], Head: head, Space: space})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// Text returns the sentence's text rebuilt from its words and the byte
// offset at which each word starts.
func (s *Sentence) Text() (string, []int) {
	var sb strings.Builder
	starts := make([]int, len(s.Words))
	for i, w := range s.Words {
		starts[i] = sb.Len()
		sb.WriteString(w.Form)
		if w.Space && i < len(s.Words)-1 {
			sb.WriteByte(' ')
		}
	}
	return sb.String(), starts
}

// Gold returns the sentence's text and its words as tokens (token i is word
// i), with offsets, lower case and kind as text.AppendWords would give them.
func (s *Sentence) Gold() (string, []text.Token) {
	src, starts := s.Text()
	toks := make([]text.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = text.Token{Start: starts[i], End: starts[i] + len(w.Form), Lower: Lower(w.Form), Kind: KindOf(w.Form)}
	}
	return src, toks
}

// Split returns the sentence's text split by text.AppendWords, and for each
// token the index of the treebank word whose tag it takes: where a token
// spans several words ("search-engine", "cannot") the first word whose head
// lies outside the token, skipping punctuation; where a word is split into
// several tokens ("..." → "." "." ".") each piece takes the word's tag.
func (s *Sentence) Split() (string, []text.Token, []int) {
	src, starts := s.Text()
	toks := text.AppendWords(nil, src, text.Sentence{Start: 0, End: len(src)})
	words := make([]int, len(toks))
	k := 0 // first word that may overlap the current token
	for ti, t := range toks {
		for k < len(s.Words) && starts[k]+len(s.Words[k].Form) <= t.Start {
			k++
		}
		first, last := k, k
		for last+1 < len(s.Words) && starts[last+1] < t.End {
			last++
		}
		pick := -1
		for j := first; j <= last && j < len(s.Words); j++ {
			h := s.Words[j].Head - 1
			if (h < first || h > last) && s.Words[j].UPOS != "PUNCT" {
				pick = j
				break
			}
		}
		if pick < 0 {
			pick = min(last, len(s.Words)-1)
		}
		words[ti] = pick
	}
	return src, toks, words
}

// Lower returns a word in lower case as text.Token.Lower has it: rune by
// rune, keeping runes whose lower case has another length, with a curly
// apostrophe in a clitic straightened.
func Lower(w string) string {
	var sb strings.Builder
	for _, r := range w {
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == utf8.RuneLen(r) {
			r = l
		}
		sb.WriteRune(r)
	}
	l := sb.String()
	switch l {
	case "’s", "’ll", "’re", "’ve", "’d", "’m", "n’t":
		l = strings.Replace(l, "’", "'", 1)
	}
	return l
}

// KindOf returns the kind text.AppendWords gives a token.
func KindOf(w string) text.Kind {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsDigit(r):
		return text.Number
	case unicode.IsLetter(r):
		return text.Word
	case r == '\'' || r == '’':
		if c, _ := utf8.DecodeRuneInString(w[utf8.RuneLen(r):]); unicode.IsLetter(c) {
			return text.Word // a clitic
		}
	}
	return text.Punct
}
