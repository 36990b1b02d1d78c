package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestDurationEveryIsNoElapsedTime: a span after "every" says how often
// ("held every two years since 2008"), no time elapsed since a year.
func TestDurationEveryIsNoElapsedTime(t *testing.T) {
	pub := time.Date(2026, 5, 8, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.Duration, pub, []fireCase{
		{"The competition has been held every two years since 2008.", false},
		{"The census has been taken every five years since 1991.", false},
		{"The fair has returned every three years since 2002.", false},
		{"The competition has been held for two years since 2008.", true},
	})
}

// TestEnumCountPlacesInsideItems: a count of places whose list names
// owners with the places inside each item ("plants in four prefectures:
// Onodera in Niigata and Nagano, Minase in Shizuoka and Gifu") is not
// compared with the items.
func TestEnumCountPlacesInsideItems(t *testing.T) {
	pub := time.Date(2023, 5, 22, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EnumCount, pub, []fireCase{
		{"The two firms have plants in four prefectures: Onodera in Niigata and Nagano, Minase in Shizuoka and Gifu.", false},
		{"The chains run shops in five towns: Kora in Ede and Ife, Bamu in Oyo, Ilesa and Iwo.", false},
		{"The parties hold seats in three districts: the Greens in Nord and Sud, Labour in Est.", false},
		{"The two firms have plants in four prefectures: Niigata, Nagano and Gifu.", true},
	})
}
