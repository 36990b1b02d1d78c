package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestSequenceModifiedSeries: ranks whose nouns carry different modifiers
// ("the first car ferry" ... "the second battery-powered ferry") rank two
// series, whose dates need not run in order; the same modifier, or none,
// keeps one series.
func TestSequenceModifiedSeries(t *testing.T) {
	pub := time.Date(2024, 11, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"She was born in 1985, the year the first car ferry began the crossing. The Havørn entered service in 2021 as the second battery-powered ferry on the network.", false},
		{"The first diesel locomotive reached the valley in 1962. In 2019 the line took delivery of its second electric locomotive.", false},
		{"The town opened its first public library in 1994. Its second mobile library, a converted bus, began rounds in 1988.", false},
		{"The first charity concert was held in 2019. The second charity concert was held in 2016.", true},
	})
}

// TestSequenceRankedAttempt: "X was the third attempt" ranks the event
// the subject names among its tries; a headless "The first" and "The
// second attempt" after it rank the same series. A weekday's possessive
// dates the noun it owns ("Tuesday's flight").
func TestSequenceRankedAttempt(t *testing.T) {
	pub := time.Date(2026, 2, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Tuesday's flight was the company's third orbital attempt. The first, in September 2025, ended after 140 seconds.\n\nThe second attempt, in May 2025, reached space.", true},
		{"Sunday's climb was the team's third summit attempt. The first, in October 2025, turned back at the ridge.\n\nThe second attempt, in April 2025, ended in a storm.", true},
		{"Friday's swim was her third attempt at the crossing. The first, in August 2025, ended after nine hours.\n\nThe second attempt, in June 2025, was stopped by jellyfish.", true},
		{"Tuesday's flight was the company's third orbital attempt. The first, in May 2025, ended after 140 seconds.\n\nThe second attempt, in September 2025, reached space.", false},
	})
}

// TestSequenceRangeDates: a rank dated by a range with both ends ("from
// Oct. 6 to Nov. 12") is dated by that span, not bounded by it.
func TestSequenceRangeDates(t *testing.T) {
	pub := time.Date(2026, 1, 21, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The objects turned up during the telescope's first observing campaign, from Oct. 6 to Nov. 12, 2025.\n\nIts second campaign, which ran from Aug. 18 to Sept. 5 last year, was cut short.", true},
		{"The first round of talks, from March 3 to March 7, 2025, ended without a deal.\n\nThe second round, from Jan. 12 to Jan. 15, 2025, set the agenda.", true},
		{"The first excavation, from May 2 to June 30, 2024, found the wall.\n\nThe second excavation, from April 1 to April 20, 2024, found the gate.", true},
		{"The objects turned up during the telescope's first observing campaign, from Oct. 6 to Nov. 12, 2024.\n\nIts second campaign, which ran from Aug. 18 to Sept. 5 last year, was cut short.", false},
	})
}

// TestSequenceWorkNameThenRelease: a ranked work, its name set beside it
// and then the participle of its release with a date ("her second novel,
// "Harmattan Letters," published in 2011"), is dated by that release.
func TestSequenceWorkNameThenRelease(t *testing.T) {
	pub := time.Date(2026, 8, 20, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"Her first novel, \"The Salt Road,\" was published in 2013.\n\nShe was shortlisted for her second novel, \"Harmattan Letters,\" published in 2011, which told of a clerk.", true},
		{"His first album, \"Dry Season,\" came out in 2015.\n\nHe toured with his second album, \"Rain Songs,\" released in 2012, across Europe.", true},
		{"Her first album, \"Harbour Lights,\" was released in 2020.\n\nCritics praised her second album, \"Low Tide,\" issued in 2018, for its strings.", true},
		{"Her first novel, \"The Salt Road,\" was published in 2013.\n\nShe was shortlisted for her second novel, \"Harmattan Letters,\" published in 2016, which told of a clerk.", false},
	})
}

// TestSequenceParticipleAfterOfPhrase: a participle set beside a ranked
// noun and its "of" phrase ("The first round of talks, held in Bodø on
// June 19,") dates the noun.
func TestSequenceParticipleAfterOfPhrase(t *testing.T) {
	pub := time.Date(2024, 7, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Sequence, pub, []fireCase{
		{"The first round of talks, held in Bodø on June 19, broke down within a day.\n\nThe second round, in Tromsø on June 12, produced a draft.", true},
		{"The first stage of the race, ridden in heavy rain on May 9, ended in a sprint.\n\nThe second stage, on May 4, finished on a climb.", true},
		{"The first phase of the works, completed in March 2024, widened the road.\n\nThe second phase, in January 2024, added a cycle lane.", true},
		{"The first round of talks, held in Bodø on June 9, broke down within a day.\n\nThe second round, in Tromsø on June 12, produced a draft.", false},
	})
}
