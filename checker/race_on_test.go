//go:build race

package checker_test

// slowdown scales CPU budgets: the race detector makes code 5-10x slower.
const slowdown = 10
