package text

// Tag is a part of speech: a Penn Treebank tag, as the English Web
// Treebank writes them (its XPOS column). The zero Tag is "not tagged".
// The numbering is the tagger's (package tagger keeps its weights by it).
type Tag uint8

// The tags. Their names are the Penn names where those are Go
// identifiers; String gives the Penn name of every tag.
const (
	None    Tag = iota
	NN          // noun, singular or mass
	NNS         // noun, plural
	NNP         // proper noun, singular
	NNPS        // proper noun, plural
	VB          // verb, base form
	VBD         // verb, past tense
	VBG         // verb, gerund or present participle
	VBN         // verb, past participle
	VBP         // verb, present, not third person singular
	VBZ         // verb, present, third person singular
	MD          // modal
	JJ          // adjective
	JJR         // adjective, comparative
	JJS         // adjective, superlative
	RB          // adverb (and "not", "n't")
	RBR         // adverb, comparative
	RBS         // adverb, superlative
	DT          // determiner
	PDT         // predeterminer ("all the", "such a")
	IN          // preposition or subordinating conjunction
	TO          // "to"
	CC          // coordinating conjunction
	CD          // cardinal number
	PRP         // personal pronoun
	PRPS        // possessive pronoun: PRP$
	WP          // wh-pronoun
	WPS         // possessive wh-pronoun: WP$
	WDT         // wh-determiner
	WRB         // wh-adverb
	EX          // existential "there"
	FW          // foreign word
	POS         // possessive ending "'s"
	RP          // particle
	UH          // interjection
	SYM         // symbol
	LS          // list item marker
	Period      // sentence-final punctuation: .
	Comma       // ,
	Colon       // colon, semicolon, dash, ellipsis: :
	OpenQ       // opening quote: ``
	CloseQ      // closing quote: ''
	LRB         // opening bracket: -LRB-
	RRB         // closing bracket: -RRB-
	Dollar      // currency sign: $
	Hash        // #
	HYPH        // hyphen
	NFP         // superfluous punctuation, emoticons
	ADD         // e-mail or web address
	GW          // "goes with": part of a word split in two
	AFX         // affix split off a word ("pre", "anti")
	XX          // unknown
	NumTags     // the number of tags, None included
)

var tagNames = [NumTags]string{
	"",
	"NN", "NNS", "NNP", "NNPS",
	"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD",
	"JJ", "JJR", "JJS", "RB", "RBR", "RBS",
	"DT", "PDT", "IN", "TO", "CC", "CD",
	"PRP", "PRP$", "WP", "WP$", "WDT", "WRB",
	"EX", "FW", "POS", "RP", "UH", "SYM", "LS",
	".", ",", ":", "``", "''", "-LRB-", "-RRB-", "$", "#",
	"HYPH", "NFP", "ADD", "GW", "AFX", "XX",
}

// String returns the Penn name of the tag ("PRP$", "-LRB-", "“"), or ""
// for None and values out of range.
func (t Tag) String() string {
	if t < NumTags {
		return tagNames[t]
	}
	return ""
}

// ParseTag returns the tag with the Penn name s; ok is false for a name
// it does not know.
func ParseTag(s string) (Tag, bool) {
	for i, n := range tagNames {
		if i > 0 && n == s {
			return Tag(i), true
		}
	}
	return None, false
}

// IsNoun reports a common or proper noun: NN, NNS, NNP, NNPS.
func (t Tag) IsNoun() bool { return t >= NN && t <= NNPS }

// IsProper reports a proper noun: NNP, NNPS.
func (t Tag) IsProper() bool { return t == NNP || t == NNPS }

// IsPlural reports a plural noun: NNS, NNPS.
func (t Tag) IsPlural() bool { return t == NNS || t == NNPS }

// IsVerb reports a verb form: VB, VBD, VBG, VBN, VBP, VBZ (not MD).
func (t Tag) IsVerb() bool { return t >= VB && t <= VBZ }

// IsFinite reports a verb that carries tense, or a modal: VBD, VBP, VBZ,
// MD.
func (t Tag) IsFinite() bool { return t == VBD || t == VBP || t == VBZ || t == MD }

// IsAdjective reports an adjective of any degree: JJ, JJR, JJS.
func (t Tag) IsAdjective() bool { return t >= JJ && t <= JJS }

// IsAdverb reports an adverb of any degree: RB, RBR, RBS.
func (t Tag) IsAdverb() bool { return t >= RB && t <= RBS }

// IsPunct reports punctuation.
func (t Tag) IsPunct() bool { return t >= Period && t <= RRB || t == HYPH || t == NFP }

// FigureBefore reports a figure ending the words before the comma at
// toks[c], alone or within the three words of its noun phrase ("4.5%,",
// "a 4.5% rise,"), reading each token's part of speech from tag: what a
// participle set off after the comma describes ("offered 4.5%, split
// between ...").
func FigureBefore(toks []Token, tag func(k int) Tag, c int) bool {
	for j := c - 1; j >= 0 && j >= c-3; j-- {
		if tag(j) == CD || toks[j].Lower == "%" {
			return true
		}
		if !tag(j).IsNoun() && !tag(j).IsAdjective() {
			return false
		}
	}
	return false
}
