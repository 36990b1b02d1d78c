package entities

import "time"

// ref is the publication date the tests read their copy against.
var ref = time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC)
