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
}
