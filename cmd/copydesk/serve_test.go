//go:build unix

package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeStopsOnSIGTERM runs the serve command, checks a story over HTTP,
// then sends the process SIGTERM: serve must stop cleanly with exit 0.
func TestServeStopsOnSIGTERM(t *testing.T) {
	desk := filepath.Join(t.TempDir(), "desk.yaml")
	require.NoError(t, os.WriteFile(desk, []byte(deskFacts), 0o644))
	pr, pw := io.Pipe()
	codec := make(chan int, 1)
	go func() {
		codec <- run([]string{"serve", "--addr", "127.0.0.1:0", "--config", os.DevNull, "--max-body", "1KB", "--facts", desk},
			strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	require.True(t, lines.Scan(), "serve printed nothing")
	m := regexp.MustCompile(`serving on (http://\S+/)`).FindStringSubmatch(lines.Text())
	require.NotNil(t, m, lines.Text())
	go func() { // keep draining stderr
		for lines.Scan() {
		}
	}()
	base := m[1]

	resp, err := http.Post(base+"v1/check", "application/json",
		strings.NewReader(`{"text": "The minister resigned yesterday.", "published": "2026-02-04"}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	// the facts file loaded at start serves the desk rules
	resp, err = http.Post(base+"v1/check", "application/json",
		strings.NewReader(`{"text": "Mayor Ilona Marwick, 56, opened the bridge.", "published": "2026-03-03"}`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Contains(t, string(body), `"desk-age"`)

	resp, err = http.Post(base+"v1/check", "application/json", strings.NewReader(`{"text": "`+strings.Repeat("x", 2000)+`"}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, "--max-body 1KB applies")

	require.NoError(t, syscall.Kill(os.Getpid(), syscall.SIGTERM))
	select {
	case code := <-codec:
		assert.Equal(t, exitOK, code)
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--max-body", "lots"},
		{"serve", "--timeout", "0s"},
		{"serve", "extra"},
		{"serve", "--config", "/nonexistent/.copydesk.yaml"},
		{"serve", "--config", os.DevNull, "--facts", "/nonexistent/desk.yaml"},
	} {
		code, _, stderr := runCLI("", args...)
		assert.Equal(t, exitUsage, code, args)
		assert.NotEmpty(t, stderr, args)
	}
}
