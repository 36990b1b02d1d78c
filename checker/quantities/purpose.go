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
	if sc.r == nil || q.Kind != Count || !IsCurrency(q.Unit) || q.Noun != "" {
		return ""
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
