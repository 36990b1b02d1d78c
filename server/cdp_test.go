//go:build unix

package server

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// A minimal Chrome DevTools Protocol client, enough to drive one page in a
// headless Chromium from a test without a browser-automation dependency.

// browserNames are the Chromium binaries tried, in order; $CHROMIUM wins.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// findBrowser returns a Chromium binary or "".
func findBrowser() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, n := range browserNames {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

var devtoolsURL = regexp.MustCompile(`DevTools listening on (ws://\S+)`)

// browser is a running headless Chromium.
type browser struct {
	cmd  *exec.Cmd
	http string // http://127.0.0.1:PORT
}

// startBrowser launches bin headless on a fresh profile and waits for its
// DevTools endpoint. It is stopped when the test ends.
func startBrowser(t *testing.T, bin string) *browser {
	t.Helper()
	profile, err := os.MkdirTemp("", "copydesk-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--no-first-run", "--no-default-browser-check",
		"--remote-allow-origins=*", "--window-size=1366,900",
		"--user-data-dir="+profile, "--remote-debugging-port=0", "about:blank")
	// Its own process group, so that the renderers and helpers it starts
	// end with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	b := &browser{cmd: cmd}
	t.Cleanup(func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		for range 20 { // helpers may still be letting go of the profile
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	found := make(chan string, 1)
	var tail []string
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := devtoolsURL.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
			tail = append(tail, sc.Text())
		}
		_, _ = io.Copy(io.Discard, stderr) // keep the pipe drained
	}()
	select {
	case ws := <-found:
		b.http = "http://" + strings.SplitN(strings.TrimPrefix(ws, "ws://"), "/", 2)[0]
	case <-time.After(30 * time.Second):
		t.Fatalf("%s printed no DevTools address within 30s; its output: %s", bin, strings.Join(tail, " | "))
	}
	return b
}

// page connects to the browser's first page.
func (b *browser) page(t *testing.T) *cdpConn {
	t.Helper()
	var targets []struct {
		Type, WebSocketDebuggerURL string
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(b.http + "/json/list")
		if err == nil {
			err = json.NewDecoder(resp.Body).Decode(&targets)
			resp.Body.Close()
		}
		for _, tg := range targets {
			if tg.Type == "page" && tg.WebSocketDebuggerURL != "" {
				ws, err := websocket.Dial(tg.WebSocketDebuggerURL, "", b.http)
				if err != nil {
					t.Fatalf("connecting to the page: %v", err)
				}
				ws.MaxPayloadBytes = 64 << 20
				c := &cdpConn{ws: ws}
				t.Cleanup(func() { ws.Close() })
				return c
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no page target in the browser (last error %v)", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// cdpConn is one DevTools session; calls are sequential.
type cdpConn struct {
	ws *websocket.Conn
	id int
}

// call sends one command and waits for its answer, skipping events.
func (c *cdpConn) call(method string, params any, result any) error {
	c.id++
	msg := map[string]any{"id": c.id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if err := websocket.JSON.Send(c.ws, msg); err != nil {
		return err
	}
	_ = c.ws.SetReadDeadline(time.Now().Add(30 * time.Second))
	for {
		var resp struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := websocket.JSON.Receive(c.ws, &resp); err != nil {
			return fmt.Errorf("%s: %w", method, err)
		}
		if resp.ID != c.id {
			continue // an event
		}
		if resp.Error != nil {
			return fmt.Errorf("%s: %s", method, resp.Error.Message)
		}
		if result == nil {
			return nil
		}
		return json.Unmarshal(resp.Result, result)
	}
}

// eval runs a JavaScript expression in the page (awaiting promises) and
// decodes its value into out.
func (c *cdpConn) eval(expr string, out any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := c.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		return fmt.Errorf("javascript: %s %s", e.Text, e.Exception.Description)
	}
	if out == nil || len(r.Result.Value) == 0 {
		return nil
	}
	return json.Unmarshal(r.Result.Value, out)
}

// waitFor polls a boolean expression until it holds or ctx ends.
func (c *cdpConn) waitFor(ctx context.Context, expr string) error {
	for {
		var ok bool
		if err := c.eval("Boolean("+expr+")", &ok); err != nil {
			return err
		}
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return errors.New("timed out waiting for " + expr)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// click presses and releases the mouse on the centre of the element that
// selector finds, as a user would.
func (c *cdpConn) click(selector string) error {
	var pt struct{ X, Y float64 }
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: 'center'});
		const r = e.getBoundingClientRect(); return {X: r.x + r.width / 2, Y: r.y + r.height / 2}; })()`, selector)
	if err := c.eval(js, &pt); err != nil {
		return err
	}
	for _, typ := range []string{"mousePressed", "mouseReleased"} {
		err := c.call("Input.dispatchMouseEvent", map[string]any{
			"type": typ, "x": pt.X, "y": pt.Y, "button": "left", "clickCount": 1}, nil)
		if err != nil {
			return err
		}
	}
	return nil
}

// press sends one key (e.g. "Enter") to the focused element, with
// modifiers (CDP bits: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift).
func (c *cdpConn) press(key string, code, modifiers int) error {
	for _, typ := range []string{"rawKeyDown", "keyUp"} {
		err := c.call("Input.dispatchKeyEvent", map[string]any{
			"type": typ, "key": key, "code": key, "windowsVirtualKeyCode": code, "modifiers": modifiers}, nil)
		if err != nil {
			return err
		}
	}
	return nil
}
