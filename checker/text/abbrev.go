package text

import (
	"unicode"
	"unicode/utf8"
)

// abbrev says how a word before a full stop affects sentence splitting.
type abbrev uint8

const (
	abbrevNone      abbrev = iota // an ordinary word: the stop ends the sentence
	abbrevTitle                   // "Mr.", "Gen.", "e.g.": never ends one
	abbrevAmbiguous               // "U.S.", "p.m.", "Inc.": ends one before an opener
	abbrevInitial                 // "J.": like ambiguous, but "A" and "I" are not openers
	abbrevCompany                 // "Inc.": like ambiguous, and a title ("Mr.") opens too
)

// abbreviations maps lower-case abbreviations, without their final full
// stop, to their class. Dotted initialisms ("u.s", "a.m") not listed here
// are ambiguous too.
var abbreviations = map[string]abbrev{
	// Titles and Latin: always followed by more of the sentence.
	"mr": abbrevTitle, "mrs": abbrevTitle, "ms": abbrevTitle, "messrs": abbrevTitle,
	"dr": abbrevTitle, "prof": abbrevTitle, "gen": abbrevTitle, "sen": abbrevTitle,
	"rep": abbrevTitle, "reps": abbrevTitle, "gov": abbrevTitle, "lt": abbrevTitle,
	"col": abbrevTitle, "capt": abbrevTitle, "sgt": abbrevTitle, "cpl": abbrevTitle,
	"maj": abbrevTitle, "adm": abbrevTitle, "cmdr": abbrevTitle, "rev": abbrevTitle,
	"brig": abbrevTitle, "cdre": abbrevTitle, "pvt": abbrevTitle,
	"hon": abbrevTitle, "pres": abbrevTitle, "supt": abbrevTitle, "insp": abbrevTitle,
	"det": abbrevTitle, "atty": abbrevTitle, "sens": abbrevTitle, "govs": abbrevTitle,
	"vs": abbrevTitle, "v": abbrevTitle, "cf": abbrevTitle, "e.g": abbrevTitle,
	"i.e": abbrevTitle, "approx": abbrevTitle, "ca": abbrevTitle, "fig": abbrevTitle,
	"nos": abbrevTitle, "mt": abbrevTitle, "ft": abbrevAmbiguous,
	"rs": abbrevTitle, // "Rs. 25 crore": a currency before its figure
	// Often inside a sentence, but sometimes at its end.
	"st": abbrevAmbiguous, "jan": abbrevAmbiguous, "feb": abbrevAmbiguous,
	"mar": abbrevAmbiguous, "apr": abbrevAmbiguous, "jun": abbrevAmbiguous,
	"jul": abbrevAmbiguous, "aug": abbrevAmbiguous, "sep": abbrevAmbiguous,
	"sept": abbrevAmbiguous, "oct": abbrevAmbiguous, "nov": abbrevAmbiguous,
	"dec": abbrevAmbiguous, "mon": abbrevAmbiguous, "tue": abbrevAmbiguous,
	"tues": abbrevAmbiguous, "wed": abbrevAmbiguous, "thu": abbrevAmbiguous,
	"thur": abbrevAmbiguous, "thurs": abbrevAmbiguous, "fri": abbrevAmbiguous,
	"inc": abbrevCompany, "corp": abbrevCompany, "co": abbrevCompany,
	"ltd": abbrevCompany, "llc": abbrevCompany, "plc": abbrevCompany,
	"bros": abbrevCompany, "no": abbrevAmbiguous, "jr": abbrevAmbiguous,
	"sr": abbrevAmbiguous, "etc": abbrevAmbiguous, "ave": abbrevAmbiguous,
	"blvd": abbrevAmbiguous, "rd": abbrevAmbiguous, "dept": abbrevAmbiguous,
	"univ": abbrevAmbiguous, "assn": abbrevAmbiguous, "govt": abbrevAmbiguous,
	"est": abbrevAmbiguous, "pct": abbrevAmbiguous, "bn": abbrevAmbiguous,
	"mln": abbrevAmbiguous, "min": abbrevAmbiguous, "max": abbrevAmbiguous,
	"intl": abbrevAmbiguous, "natl": abbrevAmbiguous, "dist": abbrevAmbiguous,
}

// openers are words that, capitalised after an ambiguous abbreviation,
// show that a new sentence has begun.
var openers = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true,
	"they": true, "we": true, "i": true, "you": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "my": true, "this": true,
	"that": true, "these": true, "those": true, "there": true, "here": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true, "in": true,
	"on": true, "at": true, "for": true, "with": true, "by": true, "from": true,
	"as": true, "after": true, "before": true, "when": true, "while": true,
	"if": true, "although": true, "though": true, "because": true,
	"since": true, "during": true, "meanwhile": true, "however": true,
	"still": true, "also": true, "some": true, "many": true, "most": true,
	"all": true, "both": true, "each": true, "what": true, "why": true,
	"how": true, "who": true, "where": true, "one": true, "last": true,
	"next": true, "according": true, "under": true, "despite": true,
	"earlier": true, "later": true, "now": true, "then": true, "today": true,
	"yesterday": true, "instead": true, "such": true, "other": true,
	"several": true, "officials": true, "analysts": true, "asked": true,
	"until": true, "once": true, "about": true, "more": true, "no": true,
	"not": true, "only": true, "even": true, "another": true,
	"recently": true, "separately": true, "additionally": true,
	"finally": true, "currently": true, "previously": true, "initially": true,
	"similarly": true, "likewise": true, "consequently": true,
	"subsequently": true, "ultimately": true, "eventually": true,
	"apparently": true, "reportedly": true, "unfortunately": true,
	"fortunately": true, "importantly": true, "specifically": true,
	"officially": true, "originally": true, "overall": true, "nevertheless": true,
	"moreover": true, "furthermore": true, "indeed": true, "otherwise": true,
}

// abbrevClass classifies the word before a full stop.
func abbrevClass(w string) abbrev {
	if w == "" || len(w) > 12 {
		return abbrevNone
	}
	var buf [12]byte
	dotted := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '.':
			dotted = true
		case c >= 'a' && c <= 'z':
		default:
			return abbrevNone
		}
		buf[i] = c
	}
	if a, ok := abbreviations[string(buf[:len(w)])]; ok {
		return a
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return abbrevInitial
	}
	if dotted && isInitialism(w) {
		return abbrevAmbiguous
	}
	return abbrevNone
}

// isInitialism reports whether w is single letters joined by full stops:
// "U.S", "a.m", "U.S.A".
func isInitialism(w string) bool {
	for i := 0; i < len(w); i++ {
		if i%2 == 1 {
			if w[i] != '.' {
				return false
			}
		} else if w[i] == '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// isOpener reports whether a capitalised word typically opens a sentence.
func isOpener(w string) bool {
	if w == "" || len(w) > 14 {
		return false
	}
	var buf [14]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return openers[string(buf[:len(w)])]
}

// decodeRune decodes the rune at k, fast for ASCII.
func decodeRune(s string, k int) (rune, int) {
	if c := s[k]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[k:])
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}
