package text

import (
	"testing"
	"unsafe"
)

// TestTokenSize holds a token at 56 bytes: the lexicon's numbers live in
// what would otherwise be padding.
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n != 56 {
		t.Errorf("a token is %d bytes, want 56", n)
	}
	var tok Token
	if _, _, ok := tok.Words(); ok {
		t.Error("a new token's words are set")
	}
	tok.SetWords(1<<23-1, 1<<23-1)
	if lower, lemma, ok := tok.Words(); lower != 1<<23-1 || lemma != 1<<23-1 || !ok {
		t.Errorf("Words() = %d, %d, %v", lower, lemma, ok)
	}
	tok.SetWords(0, 70000)
	if lower, lemma, ok := tok.Words(); lower != 0 || lemma != 70000 || !ok {
		t.Errorf("Words() = %d, %d, %v", lower, lemma, ok)
	}
}
