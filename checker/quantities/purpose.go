package quantities

import (
	"github.com/copydesk/copydesk/checker/lexicon"
	"github.com/copydesk/copydesk/checker/text"
)

// moneyFor returns the head noun of the noun phrase after "for" or "on"
// right after a sum of money with no noun of its own, or the kind of
// money "in" names ("46 million kroner in compensation"): "budgeted 640
// million pesos for the new wing" gives "wing", "will spend $80 million on
// a programme" "programme". It reads the shared reading's
// tags; without one, or for other figures, it returns "".
func (sc *scanner) moneyFor(q Quantity) string {
	if sc.r == nil || q.Kind != Count || !IsCurrency(q.Unit) {
		return ""
	}
	if q.Noun != "" {
		return sc.budgetOwner(q)
	}
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.End)
	if k < len(toks) && toks[k].Start < q.End {
		k++
	}
	if k+1 < len(toks) && toks[k].Lower == "in" && (toks[k+1].Tag == text.NN || toks[k+1].Tag == text.NNS) && (lexicon.Default().Is(lexicon.PaymentNouns, toks[k+1].Lower) || lexicon.Default().Is(lexicon.PaymentNouns, singular(toks[k+1].Lower))) {
		// "pay 46 million kroner in compensation", "$3 million in
		// damages": the kind of money the sum is.
		return singular(toks[k+1].Lower)
	}
	if k >= len(toks) || toks[k].Lower != "for" && toks[k].Lower != "on" {
		return "" // "$5 million for a plan", "will spend $80 million on a programme"
	}
	head := ""
	for k++; k < len(toks); k++ {
		switch t := toks[k]; {
		case t.Tag == text.DT || t.Tag == text.PRPS || t.Tag.IsAdjective() || t.Tag == text.VBN || t.Tag == text.HYPH:
			if head != "" {
				return head
			}
		case t.Tag == text.NN || t.Tag == text.NNS:
			head = singular(t.Lower)
		default:
			return head
		}
	}
	return head
}

// budgetOwner returns what a sum of money named by a noun of money is
// for, when that noun's phrase is owned or had by a common noun: "The
// tour has a budget of 2.3 million euros" and "the tour's budget of 2.3
// million euros" give "tour", which a later "the 2.8 million euro tour"
// names again. It returns "" otherwise, and for an owner with a name
// ("Vidak's budget"), who is no thing the sum buys.
func (sc *scanner) budgetOwner(q Quantity) string {
	toks := sc.r.Tokens
	k := sc.r.TokenAt(q.Start)
	if k < 3 || toks[k-1].Lower != "of" || !lexicon.Default().Is(lexicon.MoneyNouns, toks[k-2].Lower) || toks[k-2].Lower != q.Noun {
		return ""
	}
	j := k - 3
	for j > 0 && (toks[j].Tag == text.DT || toks[j].Tag.IsAdjective()) {
		j--
	}
	switch {
	case toks[j].Tag == text.POS && j > 0:
		j-- // "the tour's budget of"
	case toks[j].Tag.IsVerb() && toks[j].Lemma == "have" && j > 0:
		j-- // "The tour has a budget of"
		for j > 0 && toks[j].Tag.IsAdverb() {
			j--
		}
	default:
		return ""
	}
	if t := toks[j]; t.Tag == text.NN || t.Tag == text.NNS {
		return singular(t.Lower)
	}
	return ""
}
