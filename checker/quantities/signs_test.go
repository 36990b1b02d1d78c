package quantities

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCurrencySigns: a sign from the lexicon before the digits gives the
// figure its currency; a sign of letters matches in any case, only at the
// start of a word.
func TestCurrencySigns(t *testing.T) {
	cases := []struct{ text, unit string }{
		{"It will borrow N$2.4 billion.", "NAD"},
		{"It will borrow us$5 million.", "USD"},
		{"It will borrow HK$3 billion.", "HKD"},
		{"It will borrow ₦40 billion.", "NGN"},
		{"It will borrow €12 million.", "EUR"},
		{"It will borrow $7 million.", "USD"},
		// East Africa's shillings, as its press writes them
		{"The county will spend Sh860 million on roads.", "KES"},
		{"The county will spend KSh2.4 billion on roads.", "KES"},
		{"A ticket costs TSh5,000 in Arusha.", "TZS"},
		{"The council raised USh40 billion.", "UGX"},
	}
	for _, c := range cases {
		qs := Find(c.text)
		if assert.NotEmpty(t, qs, c.text) {
			assert.Equal(t, c.unit, qs[len(qs)-1].Unit, c.text)
		}
	}
	for _, q := range Find("The code IN$5 was rejected.") {
		assert.NotEqual(t, "INR", q.Unit) // no sign inside a word
	}
	for _, q := range Find("The fleet of 40 ships sailed, and Josh 12 said so.") {
		assert.NotEqual(t, "KES", q.Unit) // "sh" only as a whole sign before digits
	}
}
