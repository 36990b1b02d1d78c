package quantities

import "github.com/copydesk/copydesk/checker/text"

// moneyFor returns the head noun of the noun phrase after "for" or "on"
// right after a sum of money with no noun of its own: "budgeted 640
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
