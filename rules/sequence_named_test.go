package rules_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// TestSequenceNamedApposition: a relative clause after an event noun's
// name in apposition ("her second novel, Winter Ferries, which came out in
// 2016") dates the event.
func TestSequenceNamedApposition(t *testing.T) {
	pub := time.Date(2027, 1, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Critics were cooler about her second novel, Winter Ferries, which came out in 2016.", true},
		{"Jonas Berg played in Oslo on Friday. His first album, Low Tide, came out in 2019. Many listeners preferred his second album, Grey Harbour, which was released in 2017.", true},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Critics loved her second novel, Winter Ferries, which came out in 2021.", false},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, was published in 2018. Her second novel, which a critic reviewed in 2016, came out later.", false},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, came out in 2013. Critics noticed her second novel, Lanterns at Vey, which was published in 2011.", true},
		{"Jonas Berg played in Oslo on Friday. His first album, Songs for the Road, came out in 2019. Many preferred his second album, Rain on the Harbour, which was released in 2017.", true},
		{"Mira Holt won the prize on Monday. Her first novel, The Salt Orchard, came out in 2013. Critics noticed her second novel, Lanterns at Vey, which was published in 2016.", false},
	} {
		got := fires(t, rules.Sequence, checker.Document{Text: c.text, Format: "text", Published: pub})
		assert.Equal(t, c.want, got, c.text)
	}
}
