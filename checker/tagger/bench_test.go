package tagger

import (
	"testing"

	"github.com/copydesk/copydesk/checker/text"
)

// paragraph is invented news copy for the benchmark.
const paragraph = `The city council voted 7-2 on Tuesday to approve a $48.5 million ferry terminal on the east waterfront, ending a debate that began in 2023. Construction is expected to start in June, according to Mayor Elena Ruiz, who said the project would create about 300 jobs. "This is the most important decision we have made in a generation," Ruiz told reporters after the vote. Critics, including the East Shore Neighbors Association, warned that the cost estimates were too optimistic and that traffic near the old pier would worsen. The state's transport agency, which will pay for 40% of the terminal, declined to comment. Shares in Harbor Lines Inc. rose 3.2% in early trading on Wednesday.
`

func BenchmarkTag(b *testing.B) {
	src := paragraph
	var sents [][]text.Token
	for _, s := range text.Sentences(src) {
		sents = append(sents, text.Words(src, s))
	}
	tg := Default()
	dst := make([]Tag, 0, 256)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, toks := range sents {
			dst = tg.Tag(src, toks, dst[:0])
		}
	}
}
