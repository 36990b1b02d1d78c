package entities

import "github.com/copydesk/copydesk/checker/text"

// subject reports whether no finite verb or modal stands between the start
// of its clause and byte offset off, outside a quote that opens the
// sentence ("'Wood was finished,' the boatbuilder said": the verbs of the
// quote are not the clause's). A clause starts the sentence, or follows a
// semicolon or a comma and a coordinating conjunction ("It was cold, and
// the potter was on her knees").
//
// Mentions are read in text order, so the scan resumes where the last
// question about the same sentence stopped: a sentence with many names
// is read once, not once per name.
func (f *finder) subject(toks []text.Token, off int) bool {
	sc := &f.subj
	if len(toks) == 0 || sc.first != &toks[0] || sc.n != len(toks) || off < sc.off {
		*sc = subjectScan{first: nil, opener: -1, fronted: true}
		if len(toks) > 0 {
			sc.first, sc.n = &toks[0], len(toks)
		}
	}
	sc.off = off
	for ; sc.k < len(toks) && toks[sc.k].Start < off; sc.k++ {
		sc.read(f, toks, sc.k)
	}
	q := 0
	if text.InQuotes(f.r.Quotes, off) {
		q = 1
	}
	return !sc.finite[q] && !sc.seg[q] && !sc.aside(toks)
}

// aside reports a stretch between commas, after one that was no fronted
// phrase, that a participle, a preposition or a relative word opens:
// "The jury, chaired by the poet Amílcar Chissano, praised ...": a name
// in it is no subject.
func (sc *subjectScan) aside(toks []text.Token) bool {
	if sc.fronted || sc.opener <= 0 {
		return false
	}
	switch toks[sc.opener].Tag {
	case text.VBN, text.IN, text.WDT, text.WP, text.WPS:
		return toks[sc.opener-1].Lower == ","
	}
	return false
}

// subjectScan is the state of subject's scan of one sentence. The clause
// state is kept twice: index 0 for a mention outside quotes (a finite verb
// inside quotes does not count), 1 for a mention inside them (every
// finite verb counts).
type subjectScan struct {
	first       *text.Token // the sentence's first token, naming it
	n, k, off   int         // its token count, the next token, the last offset asked
	finite, seg [2]bool     // a finite verb before this stretch between commas, and in it
	opener      int         // the first word of the stretch
	fronted     bool        // every stretch so far opened with a preposition or a verb form
}

// read takes token k into the scan.
func (sc *subjectScan) read(f *finder, toks []text.Token, k int) {
	t := toks[k]
	if (t.Lower == "—" || t.Lower == "–") && dateline(f.s, toks[:k]) {
		// "SANTA LUZIA DO TAPAJÓS, Brazil, Sept. 8, 2025 (Copydesk) —":
		// the sentence starts after a dateline's dash, whatever its
		// capitals were read as.
		*sc = subjectScan{first: sc.first, n: sc.n, k: sc.k, off: sc.off, opener: -1, fronted: true}
		return
	}
	if t.Lower == ";" || t.Tag == text.CC && k > 0 && toks[k-1].Lower == "," {
		sc.finite, sc.seg, sc.opener = [2]bool{}, [2]bool{}, -1
		return
	}
	if t.Lower == "," {
		// Stretches that open the sentence with a preposition or a verb
		// form, before any subject, are fronted phrases ("At the finish
		// line on Sunday, wrapped in a foil blanket, Ngaire Whitcombe was
		// asked"): a tagger's finite verb in them is a participle.
		sc.fronted = sc.fronted && sc.opener >= 0 && (toks[sc.opener].Tag == text.IN || toks[sc.opener].Tag.IsVerb())
		if !sc.fronted {
			// "Lins, known as Didi, was born in Olinda, the son ...": the predicate
			sc.finite[0] = sc.finite[0] || sc.seg[0]
			sc.finite[1] = sc.finite[1] || sc.seg[1]
		}
		sc.seg, sc.opener = [2]bool{}, -1
		return
	}
	if sc.opener < 0 && t.Kind == text.Word {
		sc.opener = k
	}
	if t.Tag.IsFinite() {
		sc.seg[1] = true
		if !text.InQuotes(f.r.Quotes, t.Start) {
			sc.seg[0] = true
		}
	}
}

// dateline reports words that can only be a dateline before a dash: no
// word among them in lower case ("SANTA LUZIA, Brazil, Sept. 8, 2025
// (Copydesk)").
func dateline(src string, toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Word && !t.Capitalized(src) {
			return false
		}
	}
	return len(toks) > 0
}
