package main

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/internal/batch"
)

func TestJSONL(t *testing.T) {
	in := `{"id":1,"text":"The minister resigned yesterday.","published":"2026-02-04"}` + "\nbad\n" +
		`{"id":"x","text":"The minister resigned yesterday."}` + "\n"
	code, out, stderr := runCLI(in, "check", "--jsonl", "--config", os.DevNull, "--fail-on", "none")
	assert.Equal(t, exitOK, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Len(t, lines, 3)
	assert.Contains(t, lines[0], `{"id":1,"reference_date":{"date":"2026-02-04","source":"flag"}`)
	assert.Contains(t, lines[1], `{"id":null,"line":2,"error":"not a JSON object`)
	assert.Contains(t, lines[2], `"rule":"reference-date"`)
	assert.Empty(t, stderr, "no progress line when stderr is not a terminal")

	code, _, _ = runCLI(in, "check", "--jsonl", "--config", os.DevNull, "--fail-on", "info")
	assert.Equal(t, exitFindings, code)
	code, _, stderr = runCLI(in, "check", "--jsonl", "--format", "sarif")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "--jsonl")
}

func TestProgressLine(t *testing.T) {
	base := batch.Stats{Lines: 100, Bytes: 1000, Elapsed: time.Second}
	st := batch.Stats{Lines: 100, Errors: 2, Bytes: 1000, Elapsed: time.Second}
	assert.Equal(t, "200 lines, 100/s, 2 bad, 50%, 2s left", progressLine(base, st, 4000))
	assert.Equal(t, "200 lines, 100/s, 2 bad", progressLine(base, st, 0))
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"2MB": 2 << 20, "512kb": 512 << 10, "1048576": 1 << 20, "10 B": 10, "1GB": 1 << 30} {
		got, err := parseSize(in)
		assert.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{"", "MB", "-1MB", "2TB", "0", "1.5MB"} {
		_, err := parseSize(in)
		assert.Error(t, err, in)
	}
}
