//go:build !unix

package checker_test

import "time"

// cpuTime is unknown here: CPU budgets are not checked, only the hang guard.
func cpuTime() time.Duration { return 0 }
