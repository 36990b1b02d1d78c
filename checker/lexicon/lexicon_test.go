package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClassesLoad(t *testing.T) {
	l, err := load()
	require.NoError(t, err)
	for c := Class(0); c < numClasses; c++ {
		assert.NotEmpty(t, l.Words(c), "class %s is empty", c)
	}
	assert.True(t, l.Is(Titles, "gov."))
	assert.Equal(t, "governor", l.Value(Titles, "gov."))
	assert.True(t, l.Is(Ranks, "deputy"))
	assert.Equal(t, "m possessive", l.Value(PersonPronouns, "his"))
	assert.False(t, l.Is(Honorifics, "minister"))
	assert.Equal(t, "saying-verbs", SayingVerbs.String())
}

func TestLemma(t *testing.T) {
	l := Default()
	for _, c := range []struct {
		word string
		pos  POS
		want string
	}{
		{"resigned", Verb, "resign"},
		{"planned", Verb, "plan"},
		{"stopping", Verb, "stop"},
		{"went", Verb, "go"},
		{"born", Verb, "bear"},
		{"studies", Verb, "study"},
		{"raised", Verb, "raise"},
		{"women", Noun, "woman"},
		{"boxes", Noun, "box"},
		{"horses", Noun, "horse"},
		{"inspections", Noun, "inspection"},
		{"taller", Adjective, "tall"},
		{"zyxwv", Noun, "zyxwv"},
	} {
		assert.Equal(t, c.want, l.Lemma(c.word, c.pos), "%s/%c", c.word, c.pos)
	}
}

func TestOpenClasses(t *testing.T) {
	l := Default()
	for _, w := range []string{"pharmacist", "foreman", "mayor", "widow", "goalkeeper", "volcanologist", "vaccinologist", "midfielder", "podcaster",
		"director-general", "editor-in-chief", "vice-chancellor", "secretary-general", "ex-minister"} {
		assert.True(t, l.PersonNoun(w), w)
	}
	for _, w := range []string{"ballot", "stadium", "price", "aardvark", "einstein", "playlist", "list", "cease-fire", "follow-up", "x-ray"} {
		assert.False(t, l.PersonNoun(w), w)
	}
	for _, w := range []string{"inspection", "merger", "walkout", "election", "debut", "homecoming"} {
		assert.NotEmpty(t, l.EventClass(w), w)
	}
	assert.Empty(t, l.EventClass("stadium"))
	assert.Contains(t, l.Nominals("resign"), Nominal{"resignation", "communication"})
	assert.Contains(t, l.Nominals("inspect"), Nominal{"inspector", "person"})
	assert.Equal(t, "resign", l.VerbOf("resignation"))
	assert.Equal(t, "merge", l.VerbOf("merger"))
	assert.True(t, l.Known("aardvark", Noun))
	assert.True(t, l.Known("zymurgy", Noun)) // the last noun of the table
	assert.False(t, l.Known("aardvark", Verb))
}

func TestTableSearch(t *testing.T) {
	tb := newTable("# header\nalpha\t1\nbeta\t2\nbeta\t3\ngamma\t4")
	for _, c := range []struct {
		key  string
		want []string
	}{
		{"alpha", []string{"1"}},
		{"beta", []string{"2", "3"}},
		{"gamma", []string{"4"}},
		{"aaa", nil},
		{"bet", nil},
		{"zeta", nil},
		{"", nil},
	} {
		var got []string
		tb.each(c.key, func(f []string) bool { got = append(got, f[0]); return true })
		assert.Equal(t, c.want, got, c.key)
	}
	assert.Equal(t, -1, newTable("").first("x"))
}

func BenchmarkPersonNoun(b *testing.B) {
	l := Default()
	words := []string{"pharmacist", "ballot", "mayor", "stadium", "foreman", "zyxwv"}
	for i := 0; b.Loop(); i++ {
		l.PersonNoun(words[i%len(words)])
	}
}

func TestInflections(t *testing.T) {
	l := Default()
	for lemma, want := range map[string][]string{
		"say":      {"say", "says", "said", "saying"},
		"announce": {"announce", "announces", "announced", "announcing"},
		"deny":     {"deny", "denies", "denied", "denying"},
		"tell":     {"tell", "tells", "told", "telling"},
		"admit":    {"admit", "admits", "admitted"},
	} {
		got := l.Inflections(lemma)
		for _, w := range want {
			assert.Contains(t, got, w, lemma)
		}
	}
}

func TestOpens(t *testing.T) {
	l := Default()
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"south", true},   // South Korea, South Africa
		{"united", true},  // United States, United Kingdom
		{"france", false}, // one word only
		{"banana", false},
	} {
		assert.Equal(t, tc.want, l.Opens(Countries, tc.word), tc.word)
	}
}

func TestSameEvent(t *testing.T) {
	l := Default()
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"slaying", "murder", true}, // one synset
		{"murder", "slaying", true}, // either way round
		{"bombing", "attack", true}, // the more general word
		{"attack", "bombing", true}, // either way round
		{"walkout", "strike", true}, // a kind of strike
		{"raid", "ambush", false},   // two kinds of attack
		{"merger", "inspection", false},
	} {
		assert.Equal(t, c.want, l.SameEvent(c.a, c.b), c.a+" "+c.b)
	}
}

// TestClosedCompoundPersons: a noun WordNet lacks, written as one word of a
// known word and a person noun, names a person; one that WordNet knows, or
// whose head is no person noun, does not.
func TestClosedCompoundPersons(t *testing.T) {
	l := Default()
	for _, w := range []string{"freediver", "kitesurfer", "tradeswoman"} {
		assert.True(t, l.PersonNoun(w), w)
	}
	for _, w := range []string{"waterfall", "sandstone", "overdraft"} {
		assert.False(t, l.PersonNoun(w), w)
	}
}
