package rules_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
)

// TestEnumCountTitledAppositives: names in apposition may carry their
// roles in lower case, and the counted noun may keep a short phrase of a
// preposition before the comma; a bare name after such a phrase may go on
// the phrase instead, and "including" opens some of them only.
func TestEnumCountTitledAppositives(t *testing.T) {
	runCases(t, rules.EnumCount, []ruleCase{
		{"roles, phrase after the noun", "Three top aides to Netanyahu, political adviser Uzi Arad and Cabinet Secretary Danny Naveh, left for Europe on Sunday.", 1, "names 2"},
		{"roles, no phrase", "Three aides, political adviser Uzi Arad and secretary Danny Naveh, left for Europe.", 1, "names 2"},
		{"roles, of phrase", "Four deputies of the mayor, treasurer Ana Ruiz, planner Tomas Berg and clerk Li Wen, resigned.", 1, "names 3"},
		{"roles, right", "Two top aides to the minister, adviser Uzi Arad and secretary Danny Naveh, left for Europe.", 0, ""},
		{"places after a phrase", "Okafor beat five other finalists from Kenya, South Africa, Ghana, Senegal and Egypt.", 0, ""},
		{"including after a phrase", "The squad produced four of the riders on its roster, including the brothers Ander and Jon Mugika.", 0, ""},
	})
}
