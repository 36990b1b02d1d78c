package ud

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/text"
)

const sample = `# sent_id = s1
# text = I don't like e-mail... at all
1	I	I	PRON	PRP	_	3	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	like	like	VERB	VB	_	0	root	_	_
5	e	e	NOUN	NN	_	7	compound	_	SpaceAfter=No
6	-	-	PUNCT	HYPH	_	5	punct	_	SpaceAfter=No
7	mail	mail	NOUN	NN	_	4	obj	_	SpaceAfter=No
7.1	x	x	X	XX	_	_	_	_	_
8	...	...	PUNCT	:	_	4	punct	_	_
9	at	at	ADP	IN	_	10	case	_	_
10	all	all	DET	DT	_	4	obl	_	_

`

func TestReadAndSplit(t *testing.T) {
	ss, err := Read(strings.NewReader(sample))
	require.NoError(t, err)
	require.Len(t, ss, 1)
	s := &ss[0]
	assert.Equal(t, "s1", s.ID)
	require.Len(t, s.Words, 10, "the range line and the empty node are skipped")

	src, starts := s.Text()
	assert.Equal(t, "I don't like e-mail... at all", src)
	assert.Equal(t, []int{0, 2, 4, 8, 13, 14, 15, 19, 23, 26}, starts)

	_, gold := s.Gold()
	assert.Equal(t, "n't", gold[2].Lower)
	assert.Equal(t, text.Punct, gold[5].Kind)

	_, toks, words := s.Split()
	var got []string
	for i, tk := range toks {
		got = append(got, tk.Text(src)+"/"+s.Words[words[i]].XPOS)
	}
	assert.Equal(t, []string{"I/PRP", "do/VBP", "n't/RB", "like/VB", "e-mail/NN", "./:", "./:", "./:", "at/IN", "all/DT"}, got)
}

func TestLowerAndKind(t *testing.T) {
	assert.Equal(t, "'s", Lower("’S"))
	assert.Equal(t, "n't", Lower("N’T"))
	assert.Equal(t, "über", Lower("Über"))
	assert.Equal(t, text.Word, KindOf("'s"))
	assert.Equal(t, text.Punct, KindOf("''"))
	assert.Equal(t, text.Number, KindOf("1980"))
	assert.Equal(t, text.Word, KindOf("Lyon"))
}
