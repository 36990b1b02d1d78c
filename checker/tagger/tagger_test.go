package tagger

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker/tagger/internal/model"
	"github.com/copydesk/copydesk/checker/tagger/internal/ud"
	"github.com/copydesk/copydesk/checker/text"
)

// tagWords tags the one sentence of src and returns "word/TAG" pairs.
func tagWords(t *testing.T, src string) []string {
	t.Helper()
	sents := text.Sentences(src)
	require.Len(t, sents, 1, "one sentence: %q", src)
	toks := text.Words(src, sents[0])
	tags := Default().Tag(src, toks, nil)
	require.Len(t, tags, len(toks))
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = tk.Text(src) + "/" + tags[i].String()
	}
	return out
}

func TestTagNewsSentences(t *testing.T) {
	tests := []struct {
		src  string
		want []string // word/TAG pairs that must be in the tagging
	}{
		{"The minister resigned.", []string{"The/DT", "minister/NN", "resigned/VBD", "./."}},
		{"The prime minister resigned after the vote.", []string{"minister/NN", "resigned/VBD", "after/IN", "vote/NN"}},
		{"She was born in 1980 in Lyon.", []string{"She/PRP", "was/VBD", "born/VBN", "1980/CD", "Lyon/NNP"}},
		{"Raised in Coimbra, she studied law.", []string{"Raised/VBN", "Coimbra/NNP", ",/,", "studied/VBD", "law/NN"}},
		{"The strike will hurt exports.", []string{"strike/NN", "will/MD", "hurt/VB", "exports/NNS"}},
		{"Police arrested two men after the attack.", []string{"Police/NNS", "arrested/VBD", "two/CD", "men/NNS", "after/IN"}},
		{"The government collapsed in March.", []string{"government/NN", "collapsed/VBD", "March/NNP"}},
		{"The bill passed the Senate.", []string{"bill/NN", "passed/VBD", "Senate/NNP"}},
		{"The company said it would cut 500 jobs.", []string{"company/NN", "said/VBD", "it/PRP", "would/MD", "cut/VB", "500/CD", "jobs/NNS"}},
		{"Xi's visit to the U.S. has been delayed.", []string{"Xi/NNP", "'s/POS", "has/VBZ", "been/VBN", "delayed/VBN"}},
		{"He didn't say when the talks would resume.", []string{"did/VBD", "n't/RB", "say/VB", "when/WRB", "talks/NNS"}},
		{"The newly elected mayor takes office in May.", []string{"elected/VBN", "mayor/NN", "takes/VBZ", "May/NNP"}},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			got := tagWords(t, tt.src)
			for _, w := range tt.want {
				assert.Contains(t, got, w, "tagging: %v", got)
			}
		})
	}
}

// TestKnownErrors logs news sentences the model gets wrong, to watch: web
// text, which it learnt from, has more participles after a noun ("the
// photos posted on ...") and fewer reports of what someone did.
func TestKnownErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"The minister resigned on Tuesday.", "resigned/VBD"},
		{"The company announced on Monday that it would close.", "announced/VBD"},
		{"Shares rose 3% in early trading.", "rose/VBD"},
	}
	for _, tt := range tests {
		got := tagWords(t, tt.src)
		if !slices.Contains(got, tt.want) {
			t.Logf("known error: want %s in %v", tt.want, got)
		}
	}
}

func TestUPOSOfEveryTag(t *testing.T) {
	for tg := Tag(1); tg < text.NumTags; tg++ {
		assert.NotEmpty(t, UPOS(tg), tg.String())
	}
}

func TestUPOS(t *testing.T) {
	tests := []struct {
		tag         Tag
		lower, upos string
	}{
		{text.NN, "house", "NOUN"}, {text.NNP, "paris", "PROPN"}, {text.VBD, "went", "VERB"},
		{text.VBZ, "is", "AUX"}, {text.VBD, "was", "AUX"}, {text.VBZ, "has", "AUX"}, {text.MD, "will", "AUX"},
		{text.IN, "of", "ADP"}, {text.IN, "because", "SCONJ"}, {text.IN, "that", "SCONJ"},
		{text.RB, "not", "PART"}, {text.RB, "quickly", "ADV"}, {text.TO, "to", "PART"},
		{text.NN, "something", "PRON"}, {text.NNP, "united", "ADJ"}, {text.PRPS, "his", "PRON"},
		{text.Comma, ",", "PUNCT"}, {text.Dollar, "$", "SYM"}, {text.CD, "12", "NUM"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.upos, UPOSOf(tt.tag, tt.lower), "%s %s", tt.tag, tt.lower)
	}

	ctx := []struct {
		src  string
		word string // the first token with this lower-case form
		upos string
	}{
		{"There is a problem.", "is", "VERB"},
		{"The problem is serious.", "is", "AUX"},
		{"She has gone home.", "has", "AUX"},
		{"She has a car.", "has", "VERB"},
		{"Did you see it?", "did", "AUX"},
		{"They did the work.", "did", "VERB"},
		{"He left after the vote.", "after", "ADP"},
		{"He left after the vote ended.", "after", "SCONJ"},
		{"He was fined for speeding.", "for", "ADP"},
		{"She is known for making films.", "for", "SCONJ"},
		{"This car is old.", "this", "DET"},
		{"This is old.", "this", "PRON"},
	}
	for _, tt := range ctx {
		t.Run(tt.src, func(t *testing.T) {
			sents := text.Sentences(tt.src)
			require.Len(t, sents, 1)
			toks := text.Words(tt.src, sents[0])
			tags := Default().Tag(tt.src, toks, nil)
			for i, tk := range toks {
				if tk.Lower == tt.word {
					assert.Equal(t, tt.upos, UPOSAt(toks, tags, i), "%v", tags)
					return
				}
			}
			t.Fatalf("no %q in %q", tt.word, tt.src)
		})
	}
	assert.Empty(t, UPOSAt(nil, nil, 0))
}

func TestTagEdges(t *testing.T) {
	tg := Default()
	assert.Empty(t, tg.Tag("", nil, nil))
	dst := []Tag{text.NN}
	assert.Equal(t, []Tag{text.NN}, tg.Tag("x", nil, dst), "no tokens: dst unchanged")
	src := "Hello"
	toks := text.Words(src, text.Sentence{Start: 0, End: len(src)})
	got := tg.Tag(src, toks, []Tag{text.VB})
	require.Len(t, got, 2)
	assert.Equal(t, text.VB, got[0], "appends")
	assert.NotEqual(t, text.None, got[1])
}

func TestTagNoAllocs(t *testing.T) {
	src := paragraph
	var sents [][]text.Token
	for _, s := range text.Sentences(src) {
		sents = append(sents, text.Words(src, s))
	}
	tg := Default()
	dst := make([]Tag, 0, 256)
	allocs := testing.AllocsPerRun(20, func() {
		for _, toks := range sents {
			dst = tg.Tag(src, toks, dst[:0])
		}
	})
	assert.Zero(t, allocs)
}

func TestConcurrent(t *testing.T) {
	src := paragraph
	var sents [][]text.Token
	for _, s := range text.Sentences(src) {
		sents = append(sents, text.Words(src, s))
	}
	want := make([][]Tag, len(sents))
	for i, toks := range sents {
		want[i] = Default().Tag(src, toks, nil)
	}
	done := make(chan [][]Tag)
	for range 4 {
		go func() {
			got := make([][]Tag, len(sents))
			for i, toks := range sents {
				got[i] = Default().Tag(src, toks, nil)
			}
			done <- got
		}()
	}
	for range 4 {
		assert.Equal(t, want, <-done)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := model.Decode(weights)
	require.NoError(t, err)
	var buf strings.Builder
	require.NoError(t, m.Encode(&buf))
	m2, err := model.Decode([]byte(buf.String()))
	require.NoError(t, err)
	assert.Equal(t, m.Features(), m2.Features())
	assert.Equal(t, m.Weights(), m2.Weights())
	_, err = model.Decode(weights[:len(weights)/2])
	assert.Error(t, err)
	_, err = model.Decode([]byte("nonsense"))
	assert.Error(t, err)
}

// ewtDir is where the UD English EWT treebank is, relative to this
// package: the project's shared evaluation data, beside the repository.
const ewtDir = "../../../shared/eval/ud-ewt"

// score counts right answers.
type score struct{ right, total int }

func (s *score) add(ok bool) {
	s.total++
	if ok {
		s.right++
	}
}

func (s score) pct() float64 { return 100 * float64(s.right) / float64(max(s.total, 1)) }

func TestAccuracyEWT(t *testing.T) {
	path := filepath.Join(ewtDir, "en_ewt-ud-test.conllu")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("UD English EWT not found: %v", err)
	}
	sents, err := ud.ReadFile(path)
	require.NoError(t, err)
	tg := Default()
	var (
		xpos, uposAt, uposOf, uposTag score // on the treebank's words
		splitX, splitU                score // on the words text.AppendWords gives
		confusions                    = map[string]int{}
		tags                          []Tag
	)
	for i := range sents {
		s := &sents[i]
		src, toks := s.Gold()
		tags = tg.Tag(src, toks, tags[:0])
		for j, w := range s.Words {
			xpos.add(tags[j].String() == w.XPOS)
			uposAt.add(UPOSAt(toks, tags, j) == w.UPOS)
			uposOf.add(UPOSOf(tags[j], toks[j].Lower) == w.UPOS)
			uposTag.add(UPOS(tags[j]) == w.UPOS)
			if tags[j].String() != w.XPOS {
				confusions[w.XPOS+"→"+tags[j].String()]++
			}
		}
		src, toks, words := s.Split()
		tags = tg.Tag(src, toks, tags[:0])
		for j, k := range words {
			splitX.add(tags[j].String() == s.Words[k].XPOS)
			splitU.add(UPOSAt(toks, tags, j) == s.Words[k].UPOS)
		}
	}
	t.Logf("EWT test, treebank words: XPOS %.2f%%, UPOS %.2f%% (UPOSAt; UPOSOf %.2f%%, Tag.UPOS %.2f%%) of %d",
		xpos.pct(), uposAt.pct(), uposOf.pct(), uposTag.pct(), xpos.total)
	t.Logf("EWT test, words as text.AppendWords splits them: XPOS %.2f%%, UPOS %.2f%% of %d",
		splitX.pct(), splitU.pct(), splitX.total)
	if testing.Verbose() {
		type conf struct {
			k string
			n int
		}
		var cs []conf
		for k, n := range confusions {
			cs = append(cs, conf{k, n})
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].n > cs[j].n || cs[i].n == cs[j].n && cs[i].k < cs[j].k })
		var b strings.Builder
		for _, c := range cs[:min(20, len(cs))] {
			fmt.Fprintf(&b, " %s %d", c.k, c.n)
		}
		t.Logf("commonest errors (gold→tagged):%s", b.String())
	}
	assert.GreaterOrEqual(t, xpos.pct(), 94.0, "XPOS accuracy")
	assert.GreaterOrEqual(t, uposAt.pct(), 94.0, "UPOS accuracy")
	assert.GreaterOrEqual(t, splitX.pct(), 93.7, "XPOS accuracy on text.AppendWords tokens")
}

// TestFinitePast: a participle right after its subject, with no auxiliary
// and no other finite verb in its clause, is a past tense.
func TestFinitePast(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       text.Tag
	}{
		{"The minister resigned on Tuesday.", "resigned", text.VBD},
		{"The company announced on Monday that profits fell.", "announced", text.VBD},
		{"Inspectors visited on Oct. 4, officials said.", "visited", text.VBD},
		{"The man arrested on Monday was charged.", "arrested", text.VBN},
		{"The minister has resigned on principle.", "resigned", text.VBN},
		{"Prices were raised in May.", "raised", text.VBN},
		// a clause a word of time opens has a finite verb of its own
		{"Berg said his fruit had rotted since the strike started on Oct. 7.", "started", text.VBD},
		{"She said sales had fallen since the warehouse flooded in March.", "flooded", text.VBD},
		{"He said prices had doubled after the two firms merged in May.", "merged", text.VBD},
		{"The union had asked for talks before the walkout ended in June.", "ended", text.VBD},
		{"He said the plant has stayed shut since the fire reported on Monday was put out.", "reported", text.VBN},
		// a form both present and past, in a clause of time hung on a past
		{"The troubles began in February, when inspectors shut the section.", "shut", text.VBD},
		{"Output fell in March, after the firm cut its night shift.", "cut", text.VBD},
		{"Fares rose in May, when the operators put new tariffs in place.", "put", text.VBD},
		// a past form read as a noun after the subject and "first"
		{"The union first struck on Jan. 11, when a stoppage closed the network.", "struck", text.VBD},
		{"The river then rose past the levee on Sunday.", "rose", text.VBD},
		{"The village first flooded in 1998.", "flooded", text.VBD},
		{"Prices rise each May, when the ministries set new tariffs.", "set", text.VBP},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.want, tk.Tag, c.text)
			}
		}
	}
}

// TestParticipleInNounPhrase: a past form between a noun phrase's
// determiner and its noun modifies the noun; it is no finite verb.
func TestParticipleInNounPhrase(t *testing.T) {
	for _, c := range []struct {
		text, word string
		finite     bool
	}{
		{"The first failed inspection came last November.", "failed", false},
		{"Its second delayed launch is now set for May.", "delayed", false},
		{"The union's rejected offer had promised 4%.", "rejected", false},
		{"The two cancelled flights were rebooked.", "cancelled", false},
		{"The plan that failed tests was dropped.", "failed", true},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.finite, tk.Tag.IsFinite(), "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestParticipleAfterFiniteVerb: a participle after a noun in a clause
// that already has its finite verb stays a participle.
func TestParticipleAfterFiniteVerb(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"Hewlett planned to ship a computer based on the new chip next year.", "based"},
		{"The council approved a plan drawn up by engineers in May.", "drawn"},
		{"She bought a house built in 1920 near the port.", "built"},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, text.VBN, tk.Tag, c.text)
			}
		}
	}
	r := Default().Read("The minister resigned on Tuesday.", nil)
	assert.Equal(t, text.VBD, r.Tokens[2].Tag)
}

// TestWordOfOnePartOfSpeech: a word the lexicon knows only as a verb form
// and tagged a common noun is a verb ("The 80-year-old flew"); one it
// knows only as a noun and tagged an adjective is a noun ("-al" nouns:
// "the May 29 acquittal").
func TestWordOfOnePartOfSpeech(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       func(text.Tag) bool
	}{
		{"The 80-year-old flew to Seoul on Monday.", "flew", text.Tag.IsVerb},
		{"The 54-year-old swam across the bay in June.", "swam", text.Tag.IsVerb},
		{"The 38-year-old fought for the title in May.", "fought", text.Tag.IsVerb},
		{"Since the May 29 acquittal, his lawyers have asked for costs.", "acquittal", text.Tag.IsNoun},
		{"After the June 3 withdrawal, the party regrouped.", "withdrawal", text.Tag.IsNoun},
		{"Since the March 9 dismissal, she has sued the club.", "dismissal", text.Tag.IsNoun},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.True(t, c.want(tk.Tag), "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestCurrencyAfterFigure: a currency's name after a figure is what the
// figure counts, even where a verb has the same form; without a figure
// before it the verb stays a verb.
func TestCurrencyAfterFigure(t *testing.T) {
	for _, c := range []struct {
		text, word string
		noun       bool
	}{
		{"The prize carries 50 million won and a tour next year.", "won", true},
		{"Her fee was 300 million won, the agency said.", "won", true},
		{"They paid 12 billion yen for the plant.", "yen", true},
		{"The team won the cup in 2019.", "won", false},
		{"She won 3 of the 5 races.", "won", false},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.noun, tk.Tag.IsNoun(), "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestAgreeingHeads: a verb's base form right after a singular noun that a
// determiner or an owner opens cannot agree with it as a present, nor be a
// past: it goes on the noun phrase.
func TestAgreeingHeads(t *testing.T) {
	for _, c := range []struct {
		text, word string
		noun       bool
	}{
		{"The app raised its delivery charge on Wednesday.", "charge", true},
		{"Residents fought the water supply plan for a year.", "plan", true},
		{"The union rejected the night shift change in May.", "change", true},
		{"Their members charge a fee for each visit.", "charge", false},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.noun, tk.Tag.IsNoun(), "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestVerbAfterAside: a past form with an object after the comma that
// closes the subject's aside, and no finite verb after it, is the
// sentence's verb.
func TestVerbAfterAside(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       text.Tag
	}{
		{"The flood, caused by 112 millimetres of rain falling in three hours, damaged 86 houses.", "damaged", text.VBD},
		{"Thelagadi, the app that promises milk within 15 minutes, raised its delivery charge on Wednesday.", "raised", text.VBD},
		{"The storm, the worst in a decade, destroyed the pier on Sunday.", "destroyed", text.VBD},
		// Before a preposition, with no object: still the sentence's verb.
		{"The first round of wage talks, held over three days at a hotel near the port, ended on Friday without agreement.", "ended", text.VBD},
		{"The second inquiry, the third in a decade, closed in May after hearing 40 witnesses.", "closed", text.VBD},
		{"The old ferry service, run by the island council for decades, stopped in 2019 for lack of money.", "stopped", text.VBD},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.want, tk.Tag, c.text)
			}
		}
	}
}

// TestVerbAfterAsideClosed: a form in "-s" right after the comma or quote
// that closes an aside on the subject, before a preposition, a determiner
// or a number, is the clause's present verb.
func TestVerbAfterAsideClosed(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       text.Tag
	}{
		{`The exhibition, "Light of the Golden Capital," opens to the public on Friday.`, "opens", text.VBZ},
		{"The race, first held in 1988, marks its jubilee this summer.", "marks", text.VBZ},
		{"The first prize, a recital tour, carries 50 million won.", "carries", text.VBZ},
		{"Its exports, mostly fruit, rose while imports fell.", "imports", text.NNS},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.want, tk.Tag, c.text)
			}
		}
	}
}

// TestNamedOpener: a capitalised word the lexicon does not know, opening
// the sentence, is a name, whatever the model read, and the past form
// after it is the clause's verb.
func TestNamedOpener(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       text.Tag
	}{
		{"Deshpande qualified as a doctor at the age of 24 in 1998.", "deshpande", text.NNP},
		{"Deshpande qualified as a doctor at the age of 24 in 1998.", "qualified", text.VBD},
		{"Okonkwo trained as an engineer in Enugu.", "okonkwo", text.NNP},
		{"Wierzbicka graduated from the law faculty in 1990.", "graduated", text.VBD},
		{"Mbatha-Raw retired from the bench in 2019.", "retired", text.VBD},
		// read as a common noun before a modal or a verb
		{"Tkatchenko will travel with the team to Rovsko.", "tkatchenko", text.NNP},
		{"Oyelaren would not comment on the ruling.", "oyelaren", text.NNP},
		{"Kowalczik has coached the club since 2019.", "kowalczik", text.NNP},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.want, tk.Tag, c.text)
			}
		}
	}
	// a word the lexicon knows, opening the sentence, is left to the model
	for _, s := range []string{"Meanwhile prices rose.", "Later she moved to Lyon.", "Still the river rose."} {
		r := Default().Read(s, nil)
		assert.NotEqual(t, text.NNP, r.Tokens[0].Tag, s)
	}
}

// TestDeterminedVerbs: a word read as a base or present verb right after
// a possessive or an article, alone or with adjectives between, is a
// noun when the lexicon knows it as one: a determiner opens a noun phrase.
func TestDeterminedVerbs(t *testing.T) {
	for _, c := range []struct {
		text, word string
		noun       bool
	}{
		{"It was his second win this year.", "win", true},
		{"She called it her best run since May.", "run", true},
		{"The club's first start came in April.", "start", true},
		{"The riders win most stages in the Alps.", "win", false},
		{"They all win prizes.", "win", false},
		// A base form after a singular name, past a determiner, is a noun.
		{"It was its third launch from the Punta Brena range this year.", "range", true},
		{"Crews reached the Kessel Ridge camp before dark.", "camp", true},
		{"Divers explored the Vardo Bay wreck in June.", "wreck", true},
		{"The Smiths run a bakery.", "run", false},
		// A form in -s after an owner is a plural noun; after "the" it stays a verb.
		{"The bakery's earlier recalls this spring came in April.", "recalls", true},
		{"Their strikes last winter closed the port twice.", "strikes", true},
		{"Her two visits to Ostrava ended in rows.", "visits", true},
		{"The official says the line reopens on Monday.", "says", false},
		// after a plural number and a noun modifier, a plural head
		{"Three headline acts — the Lindqvist Quartet, Amara Tiluk and DJ Kemper — will close the stage.", "acts", true},
		{"Two price rises — in May and in June — hurt sales.", "rises", true},
		{"Two rescue boats — the Kestrel and the Merle — sailed at dawn.", "boats", true},
		{"The $8.6 million loss compares with a profit.", "compares", false},
		{"One company acts fast.", "acts", false},
		{"Its chief engineer says the dam holds.", "says", false},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.noun, tk.Tag.IsNoun(), "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestInfinitiveObjects: a word after "to" read as an adjective or a noun
// is the infinitive's verb when the lexicon knows it as one and an object
// opens right after it.
func TestInfinitiveObjects(t *testing.T) {
	for _, c := range []struct {
		text, word string
		verb       bool
	}{
		{"It is part of a plan to double Hanbit's revenue by 2028.", "double", true},
		{"The council voted to halve the budget for roads.", "halve", true},
		{"She wants to triple the number of beds.", "triple", true},
		{"Sales went from single to double digits.", "double", false},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.verb, tk.Tag == text.VB, "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestVerbAfterRelativeAside: a form in "-s" after a relative clause set
// off by commas is the subject's verb, the aside's own verb not counting
// ("The route, which opened in 1963 with a barge, marks its 60th
// anniversary").
func TestVerbAfterRelativeAside(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"The route, which opened in 1963 with a wooden barge towed by a tug, marks its 60th anniversary this summer.", "marks"},
		{"The choir, which sang at the coronation in 1953, opens its season in May.", "opens"},
		{"The mill, which closed in 2001, reopens to visitors on Saturday.", "reopens"},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, text.VBZ, tk.Tag, c.text)
			}
		}
	}
}

// TestAdverbsAfterPlurals: a word read as a singular noun right after a
// plural one, before a mark or a preposition, is an adverb when the
// lexicon knows it as one.
func TestAdverbsAfterPlurals(t *testing.T) {
	for _, c := range []struct {
		text, word string
		adverb     bool
	}{
		{"The panel acquitted three defendants outright.", "outright", true},
		{"The court freed two prisoners early.", "early", true},
		{"The firm keeps 40 workers abroad, its chief said.", "abroad", true},
		{"The city bought three buses today and a tram.", "tram", false},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, c.adverb, tk.Tag == text.RB, "%s: %v", c.text, tk.Tag)
			}
		}
	}
}

// TestPerfectParticiple: a past form right after a finite "have" (or "have"
// and "not") that the lexicon knows as no noun is a participle, whatever
// the model read.
func TestPerfectParticiple(t *testing.T) {
	for _, c := range []struct{ text, word string }{
		{"It was the second time this year that the dockers had struck.", "struck"},
		{"The choir has not sung in the cathedral since 2019.", "sung"},
		{"By then the river had risen above the wall.", "risen"},
	} {
		r := Default().Read(c.text, nil)
		for _, tk := range r.Tokens {
			if tk.Lower == c.word {
				assert.Equal(t, text.VBN, tk.Tag, c.text)
			}
		}
	}
}
