package text

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// split returns the sentences of s as strings.
func split(s string) []string {
	var out []string
	for _, sent := range Sentences(s) {
		out = append(out, sent.Text(s))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"spaces only", "  \n\t \n", nil},
		{"one", "Putin held a call.", []string{"Putin held a call."}},
		{"two", "Putin held a call. Xi agreed.", []string{"Putin held a call.", "Xi agreed."}},
		{"trims", "  Putin held a call.   Xi agreed.  ", []string{"Putin held a call.", "Xi agreed."}},
		{"no final stop", "Putin held a call", []string{"Putin held a call"}},
		{"headline line", "Talks Resume in Geneva\nDelegates met on Monday.", []string{"Talks Resume in Geneva", "Delegates met on Monday."}},
		{"crlf", "Headline\r\nBody text. More.\r\n", []string{"Headline", "Body text.", "More."}},
		{"blank lines", "One.\n\n\nTwo.", []string{"One.", "Two."}},
		{"question", "Will he go? Nobody knows.", []string{"Will he go?", "Nobody knows."}},
		{"exclamation", "It worked! The crowd cheered.", []string{"It worked!", "The crowd cheered."}},
		{"interrobang", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"quote after stop", `"We will win," he said. "The vote is close." Next, the count.`, []string{`"We will win," he said.`, `"The vote is close."`, "Next, the count."}},
		{"curly quote after stop", "“The vote is close.” Officials agreed.", []string{"“The vote is close.”", "Officials agreed."}},
		{"question in quote then lower", "“Why now?” he asked. Then he left.", []string{"“Why now?” he asked.", "Then he left."}},
		{"stop in quote then lower", "“Stop.” she said.", []string{"“Stop.” she said."}},
		{"bracket after stop", "He left. (He declined to comment.) The talks went on.", []string{"He left.", "(He declined to comment.)", "The talks went on."}},
		{"decimal", "Growth was 1.5 percent. Prices rose 2.25%.", []string{"Growth was 1.5 percent.", "Prices rose 2.25%."}},
		{"number at end", "The law passed in 2025. It took effect later.", []string{"The law passed in 2025.", "It took effect later."}},
		{"ellipsis lower", "He paused ... and went on.", []string{"He paused ... and went on."}},
		{"ellipsis upper", "He paused... The room fell silent.", []string{"He paused...", "The room fell silent."}},
		{"unicode ellipsis", "We wait… Then we act.", []string{"We wait…", "Then we act."}},
		{"unicode ellipsis lower", "We wait… and then act.", []string{"We wait… and then act."}},
		{"lower after unknown abbrev", "It costs approx. five dollars.", []string{"It costs approx. five dollars."}},
		{"hyphen after initialism", "The U.S.-Russian treaty expires. Talks stall.", []string{"The U.S.-Russian treaty expires.", "Talks stall."}},
		{"nbsp", "One.\u00a0Two.", []string{"One.", "Two."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, split(tt.in))
		})
	}
}

func TestSentencesAbbreviations(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"born abbreviated", "Anneli Aho (b. 1979) sang. She led.", []string{"Anneli Aho (b. 1979) sang.", "She led."}},
		{"page abbreviated", "See the report, p. 12, for details. It is long.", []string{"See the report, p. 12, for details.", "It is long."}},
		{"circa abbreviated", "The church dates from c. 1200 and stands. It is old.", []string{"The church dates from c. 1200 and stands.", "It is old."}},
		{"Mr.", "Mr. Smith arrived.", []string{"Mr. Smith arrived."}},
		{"Mrs.", "Mrs. Jones spoke. She left.", []string{"Mrs. Jones spoke.", "She left."}},
		{"Dr.", "Dr. Lee said so.", []string{"Dr. Lee said so."}},
		{"St. name", "He flew to St. Petersburg on Monday.", []string{"He flew to St. Petersburg on Monday."}},
		{"St. end", "The shop is on Main St. The owner is away.", []string{"The shop is on Main St.", "The owner is away."}},
		{"Gen.", "Gen. Ortiz took command.", []string{"Gen. Ortiz took command."}},
		{"Sen. Rep. Gov.", "Sen. Hale, Rep. Cole and Gov. Park met.", []string{"Sen. Hale, Rep. Cole and Gov. Park met."}},
		{"Jan. day", "The vote is on Jan. 5 in Paris.", []string{"The vote is on Jan. 5 in Paris."}},
		{"Feb. Aug. Sept.", "Talks ran from Feb. 3 to Aug. 9 and Sept. 12.", []string{"Talks ran from Feb. 3 to Aug. 9 and Sept. 12."}},
		{"Oct. Nov. Dec.", "Polls on Oct. 1, Nov. 2 and Dec. 3 agreed.", []string{"Polls on Oct. 1, Nov. 2 and Dec. 3 agreed."}},
		{"U.S. mid", "The U.S. Treasury said no.", []string{"The U.S. Treasury said no."}},
		{"U.S. President", "U.S. President Trump spoke.", []string{"U.S. President Trump spoke."}},
		{"U.S. end", "He lives in the U.S. He votes there.", []string{"He lives in the U.S.", "He votes there."}},
		{"U.N. and U.K.", "The U.N. envoy and the U.K. minister met.", []string{"The U.N. envoy and the U.K. minister met."}},
		{"Inc. mid", "Acme Inc. Chief Executive Jo Park resigned.", []string{"Acme Inc. Chief Executive Jo Park resigned."}},
		{"Inc. end", "He works for Acme Inc. The firm is small.", []string{"He works for Acme Inc.", "The firm is small."}},
		{"Inc. then title", "He joined Acme Inc. Mr. Lee left.", []string{"He joined Acme Inc.", "Mr. Lee left."}},
		{"Co. then adverb", "It sold Hale Co. Separately, it hired.", []string{"It sold Hale Co.", "Separately, it hired."}},
		{"Corp. Co. Ltd.", "Vex Corp. and Hale Co. Ltd. merged.", []string{"Vex Corp. and Hale Co. Ltd. merged."}},
		{"No.", "He is ranked No. 1 in the world.", []string{"He is ranked No. 1 in the world."}},
		{"vs.", "It was Ajax vs. Porto on Sunday.", []string{"It was Ajax vs. Porto on Sunday."}},
		{"e.g.", "Some fruits, e.g. Apples, keep well.", []string{"Some fruits, e.g. Apples, keep well."}},
		{"i.e.", "The leader, i.e. President Xi, agreed.", []string{"The leader, i.e. President Xi, agreed."}},
		{"a.m. time", "It starts at 9 a.m. Monday.", []string{"It starts at 9 a.m. Monday."}},
		{"p.m. end", "It ended at 5 p.m. The crowd left.", []string{"It ended at 5 p.m.", "The crowd left."}},
		{"initials", "J. R. R. Tolkien wrote it.", []string{"J. R. R. Tolkien wrote it."}},
		{"middle initial", "John F. Kennedy spoke.", []string{"John F. Kennedy spoke."}},
		{"initial before -ly name", "Grace J. Kelly sang.", []string{"Grace J. Kelly sang."}},
		{"initial before A", "The author, J. A. Baker, agreed.", []string{"The author, J. A. Baker, agreed."}},
		{"Jr.", "Martin Luther King Jr. Day is a holiday.", []string{"Martin Luther King Jr. Day is a holiday."}},
		{"abbrev then quoted opener", "He moved to the U.S. “It was hard,” he said.", []string{"He moved to the U.S.", "“It was hard,” he said."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, split(tt.in))
		})
	}
}

func TestSentencesOffsets(t *testing.T) {
	s := "  Headline\nFirst one. Second one.  "
	got := Sentences(s)
	require.Len(t, got, 3)
	for _, sent := range got {
		txt := sent.Text(s)
		assert.Equal(t, strings.TrimSpace(txt), txt)
		assert.True(t, sent.Contains(sent.Start))
		assert.False(t, sent.Contains(sent.End))
	}
	assert.Equal(t, Sentence{2, 10}, got[0])
}

func TestSentencesSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seeds/000_8912448aba0b5953.txt")
	if err != nil {
		t.Skip("seed article not available")
	}
	s := string(b)
	got := split(s)
	assert.Len(t, got, 29)
	assert.Equal(t, "Russia-China Economic Cooperation Deepens", got[4])
	assert.Contains(t, got, "The Chinese leader reportedly supported ongoing talks between Russian, Ukrainian, and U.S. negotiators in Abu Dhabi, where a second round began Wednesday.")
}
