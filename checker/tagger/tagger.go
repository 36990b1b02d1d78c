package tagger

import (
	_ "embed"
	"sync"

	"github.com/copydesk/copydesk/checker/tagger/internal/model"
	"github.com/copydesk/copydesk/checker/text"
)

//go:generate go run ./internal/train -ud ../../../shared/eval/ud-ewt -out model/ewt.bin

// Tag is the shared part-of-speech type of package text: the tagger's
// weights number their tags as text.Tag does.
type Tag = text.Tag

func init() {
	for i := range text.NumTags {
		if text.Tag(i).String() != model.TagNames[i] {
			panic("tagger: text.Tag out of step with the model's tag set")
		}
	}
	if int(text.NumTags) != model.NumTags {
		panic("tagger: text.Tag out of step with the model's tag set")
	}
}

// Tagger tags sentences. It is immutable and safe for concurrent use.
type Tagger struct {
	m *model.Model
}

//go:embed model/ewt.bin
var weights []byte

var (
	once sync.Once
	def  *Tagger
)

// Default returns the tagger built from the embedded weights, trained on
// UD English EWT. It decodes them on the first call (about 12 ms).
func Default() *Tagger {
	once.Do(func() {
		m, err := model.Decode(weights)
		if err != nil {
			panic(err) // the embedded weights are checked by the tests
		}
		def = &Tagger{m}
	})
	return def
}

// Tag appends to dst one tag for each of toks, the tokens of one sentence of
// src as text.AppendWords gives them, and returns the extended slice. Past
// tenses and participles are settled by the rule that a clause has one
// finite verb (see finitePast). Given a dst with room enough it allocates
// nothing.
func (t *Tagger) Tag(src string, toks []text.Token, dst []Tag) []Tag {
	n := len(dst)
	dst = model.Tag(t.m, src, toks, dst)
	finitePast(toks, dst[n:])
	return dst
}
