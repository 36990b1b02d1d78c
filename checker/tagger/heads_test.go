package tagger

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker/text"
)

// tagOf returns the tag of the first word w (any case) in s, read alone,
// or 0 when s has none.
func tagOf(s, w string) text.Tag {
	r := Default().Read(s, nil)
	for _, tk := range r.Tokens {
		if strings.EqualFold(tk.Text(s), w) {
			return tk.Tag
		}
	}
	return 0
}

// tagCase is a sentence, a word in it and the tag the reading must give it.
type tagCase struct {
	s, w string
	want text.Tag
}

// assertTags checks each case's word against its tag.
func assertTags(t *testing.T, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.want, tagOf(c.s, c.w), c.s)
	}
}

// TestNounHeads: a word the lexicon knows as a noun that ends a noun phrase
// a determiner opens, before punctuation, a finite verb or a preposition, is its head,
// not an adjective; after a verb of being it stays an adjective.
func TestNounHeads(t *testing.T) {
	for _, s := range []string{
		"The chief executive said on Monday that sales rose.",
		"Her chief executive, Ana Ruiz, left in May.",
		"The bank's chief executive resigned on Friday.",
		// before a preposition too: no noun follows for it to modify
		"Atlas Freight named Karim El Mansouri its chief executive on Monday.",
		"The board made her its chief executive in May.",
		"He served as the group's chief executive until 2019.",
		// "whose" opens a noun phrase as a determiner does
		"The line is run by Sinwol Transit, whose chief executive, Kim Dae-ho, is new.",
		"The mill, whose chief executive resigned in May, is for sale.",
		"It is a bank whose chief executive has never given an interview.",
	} {
		assert.True(t, tagOf(s, "executive").IsNoun(), s)
	}
	for _, c := range []struct{ s, w string }{
		{"The results were final.", "final"},
		{"The rooms are cold, guests said.", "cold"},
		{"The water was warm.", "warm"},
	} {
		assert.True(t, tagOf(c.s, c.w).IsAdjective(), c.s)
	}
}

// TestPluralHeads: a word in "-s" that ends a noun phrase opened by a
// determiner and a number above one is a plural noun, whatever follows
// it; after a year or "one" it may be a verb.
func TestPluralHeads(t *testing.T) {
	assertTags(t, []tagCase{
		{"Of the 30 league matches they have played this season, Athletic won 19.", "matches", text.NNS},
		{"Of the 40 staff trips it funds this year, 12 were abroad.", "trips", text.NNS},
		{"The 300 council homes it builds each year are let quickly.", "homes", text.NNS},
		{"The two bus routes it runs daily are full.", "routes", text.NNS},
		{"The one league that matches it is in Spain.", "matches", text.VBZ},
	})
}

// TestVerbsOnly: a lower-case word the lexicon knows as a verb and never
// as a noun is a verb, though the model read a noun.
func TestVerbsOnly(t *testing.T) {
	assertTags(t, []tagCase{
		{"The 40 buses consist of 22 diesels and 18 hybrids.", "consist", text.VBP},
		{"The $9 million comprises $4 million from the state.", "comprises", text.VBZ},
		{"The 300 members comprise teachers and parents.", "comprise", text.VBP},
	})
}

// TestBareNumberPluralHead: a word in "-s" right after a bare number and
// before a finite verb is the number's plural noun.
func TestBareNumberPluralHead(t *testing.T) {
	assertTags(t, []tagCase{
		{"On Monday 40 trucks broke down on the mountain road.", "trucks", text.NNS},
		{"On Friday 30 coaches broke down near the border.", "coaches", text.NNS},
		{"On Sunday 9 kites crashed into the crowd.", "kites", text.NNS},
		{"Overall 70 sites reopened after the flood.", "sites", text.NNS},
	})
}

// TestAfterModal: a word right after a modal (and "not") that the
// lexicon knows as a verb is a base verb, though the model read a noun.
func TestAfterModal(t *testing.T) {
	assertTags(t, []tagCase{
		{"The financial regulator will audit the Merridge and Valley Credit Union twice next year.", "audit", text.VB},
		{"The ministry would audit the Harlan Water Board in March.", "audit", text.VB},
		{"The council will fund the Arden Library next year.", "fund", text.VB},
	})
}

// TestGoesWith: a whole word the model tagged as part of a split word
// (GW) is a common noun when the lexicon knows it as one.
func TestGoesWith(t *testing.T) {
	assertTags(t, []tagCase{
		{"It was his second stage win of the week.", "win", text.NN},
		{"It was their first home win of the season.", "win", text.NN},
		{"It was her fourth race win of the month.", "win", text.NN},
	})
}

// TestNounHeadRightAfterDeterminer: right after its determiner, before a
// verb or punctuation, a word that is a noun and no adjective, or whose
// noun names an event, heads the phrase ("The fair will open"); one that
// is mainly an adjective stays one ("the poor").
func TestNounHeadRightAfterDeterminer(t *testing.T) {
	assertTags(t, []tagCase{
		{"The fair will open on Tuesday.", "fair", text.NN},
		{"Visitors who arrive before the fair, which begins Oct. 15, pay less.", "fair", text.NN},
		{"Tickets for the final went on sale on Monday.", "final", text.NN},
		{"Taxes on the poor rose again.", "poor", text.JJ},
	})
}

// TestPluralHeadAfterNumberAndModifier: a plural noun after a number and a
// noun modifier, the object of a verb, is the phrase's head, not a verb
// ("commissioned two drone surveys this autumn").
func TestPluralHeadAfterNumberAndModifier(t *testing.T) {
	assertTags(t, []tagCase{
		{"The council commissioned two drone surveys this autumn.", "surveys", text.NNS},
		{"The club staged two charity matches in the summer.", "matches", text.NNS},
		{"The agency ordered three safety checks this year.", "checks", text.NNS},
	})
}

// TestBeParticiples: after a form of "be", a verb whose participle is its
// base form ("shut", "cut", "set"), before a preposition, is a passive
// participle, not an adjective.
func TestBeParticiples(t *testing.T) {
	assertTags(t, []tagCase{
		{"It was shut again on Oct. 28.", "shut", text.VBN},
		{"Quotas were cut by a third in March.", "cut", text.VBN},
		{"The hearing is set for May 4.", "set", text.VBN},
	})
}

// TestPastFormAfterSubject: a past form the model reads as a noun right
// after the subject's noun, before a preposition or an adverb, in a clause
// with no finite verb, is the clause's verb; one after a finite verb stays
// a noun.
func TestPastFormAfterSubject(t *testing.T) {
	for _, c := range []struct{ s, w string }{
		{"The landslide struck before dawn on Saturday, burying 27 houses.", "struck"},
		{"The ferry sank off the coast on Monday.", "sank"},
		{"The river rose overnight, flooding the square.", "rose"},
	} {
		assert.Equal(t, text.VBD, tagOf(c.s, c.w), c.s)
	}
}

// TestAppositionHeads: a word read as a present verb that ends a noun
// phrase a determiner opens, right before a comma and a finite verb, is
// the noun that closes an apposition; with a subject of its own after the
// comma, a verb stays a verb.
func TestAppositionHeads(t *testing.T) {
	assertTags(t, []tagCase{
		{"Work on the second phase, a branch to the hospital and the new sports park, began in July.", "park", text.NN},
		{"The depot, a shed beside the old freight yard, was sold in May.", "yard", text.NN},
		{"The bridge, which links the two market towns, will close in June.", "towns", text.NNS},
		{"Its successor, the city's water board, took over in 2021.", "board", text.NN},
		{"The two unions agree, officials said.", "agree", text.VBP},
	})
}

// TestUnchangedPastBeforeObject: a past form that is also its base and
// participle, read as a noun right after the subject and before a
// possessive that opens its object, is the clause's verb ("The Tana burst
// its banks", "The board cut its dividend", "The firm shut its plant").
func TestUnchangedPastBeforeObject(t *testing.T) {
	assertTags(t, []tagCase{
		{"The Tana burst its banks after dusk on Friday.", "burst", text.VBD},
		{"The board cut its dividend in May.", "cut", text.VBD},
		{"The company shut its plant in June.", "shut", text.VBD},
	})
}

// TestObjectPluralHead: a word in "-s" read as a verb that ends the noun
// phrase a determiner opens after a verb is that object's plural head
// ("to shut the sluice gates twice"); after a verb of saying, or before
// an infinitive, it may be the verb of a clause ("said the company plans
// to cut jobs").
func TestObjectPluralHead(t *testing.T) {
	assertTags(t, []tagCase{
		{"Seawater forced the cooperative to shut the sluice gates twice this year.", "gates", text.NNS},
		{"Crews cleared the storm drains overnight.", "drains", text.NNS},
		{"The board approved the pay rises on Monday.", "rises", text.NNS},
		{"Officials said the company expects losses this year.", "expects", text.VBZ},
	})
}

// TestClauseVerbs: after the plural subject of a clause a subordinator or
// a relative word opens, a word read as a noun that ends the clause is
// its verb; a noun the subject's head modifies before more of the phrase
// is not.
func TestClauseVerbs(t *testing.T) {
	assertTags(t, []tagCase{
		{"Disease cut yields across the three districts where its 1,240 members farm.", "farm", text.VBP},
		{"The plots that their families till are small.", "till", text.VBP},
		{"Talks will resume before the two sides meet in May.", "meet", text.VBP},
		{"The mayor spoke because the local traders protest every week.", "protest", text.VBP},
		{"The firm where its workers union meetings are held closed.", "union", text.NN},
	})
}

// TestVerbAfterRelativeAsidePlain: a plain form after a relative aside on
// a plural subject, before a preposition, is the sentence's verb.
func TestVerbAfterRelativeAsidePlain(t *testing.T) {
	for _, c := range []struct{ s, w string }{
		{"Lyngvik, who have won seven of their last nine matches, travel to Bergsøy next Sunday.", "travel"},
		{"The Ospreys, who lost their opener, play in Cardiff on Friday.", "play"},
		{"The miners, who walked out in May, return to work on Monday.", "return"},
	} {
		assert.True(t, tagOf(c.s, c.w).IsVerb(), c.s)
	}
	assert.Equal(t, text.NN, tagOf("The miners, who walked out in May, said the travel to work was long.", "travel"))
}
