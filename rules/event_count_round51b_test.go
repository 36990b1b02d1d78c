package rules_test

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/rules"
)

// TestEventCountInstancesWithoutParticipants: when every event of a kind
// the copy tells is the counted party's or nobody's, new instances told
// without participants are among those counted ("has been audited twice
// this year" ... "A routine audit took place in February. A special audit
// followed in May. A forensic audit was held in July"). A verb that
// orders events, with no object, dates its subject ("followed in May").
func TestEventCountInstancesWithoutParticipants(t *testing.T) {
	pub := time.Date(2024, 9, 18, 0, 0, 0, 0, time.UTC)
	checkFires(t, rules.EventCount, pub, []fireCase{
		{"The cooperative has been audited twice this year. A routine audit took place in February. A special audit followed in May. A forensic audit was held in July.", true},
		{"The plant has been inspected twice this year. An inspection took place in January. A second inspection followed in April. A third inspection was carried out in June.", true},
		{"The mine has been flooded twice this year. A flood struck in March. Another flood followed in June. A third flood came in August.", true},
		{"The cooperative has been audited twice this year. A routine audit took place in February. A special audit followed in May.", false},
	})
}
