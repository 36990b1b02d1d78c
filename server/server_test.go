package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/analysis"
)

// flagWord is a stub rule flagging "Tuesday", so that API tests do not
// depend on the real rules' state.
var flagWord = &analysis.Rule{
	ID: "stub", Summary: "flags the word Tuesday", Severity: analysis.Warning,
	Run: func(p *analysis.Pass) []analysis.Finding {
		i := strings.Index(p.Text, "Tuesday")
		if i < 0 {
			return nil
		}
		return []analysis.Finding{{Message: "stub finding", Span: analysis.At(i, i+7)}}
	},
}

func newTestServer(t *testing.T, opts Options, rules ...*analysis.Rule) *httptest.Server {
	t.Helper()
	if len(rules) == 0 {
		rules = []*analysis.Rule{flagWord}
	}
	c, err := checker.New(checker.Options{Rules: rules})
	require.NoError(t, err)
	opts.Checker = c
	s, err := New(opts)
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

type answer struct {
	status int
	header http.Header
	body   map[string]any
	raw    string
}

func post(t *testing.T, url, body string) answer {
	t.Helper()
	resp, err := http.Post(url+"/v1/check", "application/json", strings.NewReader(body))
	require.NoError(t, err)
	return read(t, resp)
}

func get(t *testing.T, url string) answer {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	return read(t, resp)
}

func read(t *testing.T, resp *http.Response) answer {
	t.Helper()
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		_ = json.Unmarshal(raw, &a.body)
	}
	return a
}

const goodBody = `{"text": "The council met on Tuesday.", "published": "2026-02-04"}`

func assertStillAnswers(t *testing.T, url string) {
	t.Helper()
	a := post(t, url, goodBody)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Len(t, a.body["findings"], 1)
}

func TestCheck(t *testing.T) {
	ts := newTestServer(t, Options{})
	a := post(t, ts.URL, goodBody)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, "-", a.body["file"])
	assert.Equal(t, map[string]any{"date": "2026-02-04", "source": "flag"}, a.body["reference_date"])
	f := a.body["findings"].([]any)[0].(map[string]any)
	assert.Equal(t, "stub", f["rule"])
	assert.Equal(t, map[string]any{"start": 19.0, "end": 26.0, "line": 1.0, "column": 20.0, "text": "Tuesday"}, f["span"])
	assert.Contains(t, a.body, "dates")

	a = post(t, ts.URL, `{"text": "<p>The council met on <b>Tuesday</b>.</p>", "format": "html", "file": "story.html"}`)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, "story.html", a.body["file"])
	assert.Len(t, a.body["findings"], 1)
}

func TestBadRequests(t *testing.T) {
	ts := newTestServer(t, Options{MaxBody: 1000})
	for _, tc := range []struct {
		name, body string
		status     int
		field, msg string
	}{
		{"malformed", `{"text": "x",`, 400, "", "malformed JSON"},
		{"not JSON", `hello`, 400, "", "malformed JSON"},
		{"empty", ``, 400, "", "empty request body"},
		{"trailing", `{"text": "x"} {}`, 400, "", "trailing data"},
		{"missing text", `{"published": "2026-02-04"}`, 400, "text", "required"},
		{"text not a string", `{"text": 5}`, 400, "text", "must be a string"},
		{"unknown format", `{"text": "x", "format": "docx"}`, 400, "format", `"docx"`},
		{"invalid date", `{"text": "x", "published": "2026-02-30"}`, 400, "published", `"2026-02-30"`},
		{"date not ISO", `{"text": "x", "published": "Feb 4"}`, 400, "published", "YYYY-MM-DD"},
		{"unknown field", `{"text": "x", "publishd": "2026-02-04"}`, 400, "publishd", "unknown field"},
		{"too large", `{"text": "` + strings.Repeat("a", 2000) + `"}`, 413, "", "larger than 1000 bytes"},
		{"too large, padded", `{"text": "x"}` + strings.Repeat(" ", 2000), 413, "", "larger than 1000 bytes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := post(t, ts.URL, tc.body)
			assert.Equal(t, tc.status, a.status, a.raw)
			assert.Equal(t, tc.field, orEmpty(a.body["field"]))
			assert.Contains(t, a.body["error"], tc.msg)
			assertStillAnswers(t, ts.URL)
		})
	}
}

func orEmpty(v any) string {
	s, _ := v.(string)
	return s
}

// slowRule blocks until its channel closes (or a while passes), telling
// started when it begins; a second rule after it lets the checker notice
// the deadline.
func slowRules(started chan<- struct{}, release <-chan struct{}) []*analysis.Rule {
	slow := &analysis.Rule{ID: "slow", Severity: analysis.Info, Run: func(*analysis.Pass) []analysis.Finding {
		if started != nil {
			started <- struct{}{}
		}
		select {
		case <-release:
		case <-time.After(5 * time.Second):
		}
		return nil
	}}
	return []*analysis.Rule{slow, flagWord}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	rules := slowRules(nil, release)
	rules[0].Run = func(*analysis.Pass) []analysis.Finding { time.Sleep(100 * time.Millisecond); return nil }
	ts := newTestServer(t, Options{Timeout: 20 * time.Millisecond}, rules...)
	a := post(t, ts.URL, goodBody)
	assert.Equal(t, http.StatusServiceUnavailable, a.status, a.raw)
	assert.Contains(t, a.body["error"], "longer than 20ms")
}

// A rule that overruns inside itself gets its 503 at the deadline, not when
// it ends; but its slot stays taken until it ends (checker.CheckTracked's
// done), so while every slot is held by abandoned work new requests get
// 503 with Retry-After, and the slots come back when the work ends.
func TestTimeoutInsideARuleHoldsItsSlot(t *testing.T) {
	const timeout = 100 * time.Millisecond
	for _, slots := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d slots", slots), func(t *testing.T) {
			started, release := make(chan struct{}, slots+4), make(chan struct{})
			var once sync.Once
			free := func() { once.Do(func() { close(release) }) }
			t.Cleanup(free)
			ts := newTestServer(t, Options{Timeout: timeout, MaxConcurrent: slots, QueueWait: -1}, slowRules(started, release)...)
			for i := range slots {
				start := time.Now()
				a := post(t, ts.URL, goodBody)
				require.Equal(t, http.StatusServiceUnavailable, a.status, "check %d: %s", i, a.raw)
				assert.Contains(t, a.body["error"], "longer than 100ms")
				assert.Empty(t, a.header.Get("Retry-After"), "a timeout, not a full house")
				assert.Less(t, time.Since(start), timeout+time.Second, "answered at the deadline")
				select {
				case <-started: // the slow rule runs on, abandoned
				case <-time.After(time.Second):
					t.Fatalf("check %d: the slow rule did not start", i)
				}
			}
			a := post(t, ts.URL, goodBody)
			assert.Equal(t, http.StatusServiceUnavailable, a.status, a.raw)
			assert.Equal(t, "1", a.header.Get("Retry-After"))
			assert.Contains(t, a.body["error"], "too many checks")

			free() // the abandoned rules end: their slots come back
			require.Eventually(t, func() bool { return post(t, ts.URL, goodBody).status == http.StatusOK },
				time.Second, 5*time.Millisecond, "a slot comes back when its check's work ends")
		})
	}
}

func TestConcurrencyBound(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	ts := newTestServer(t, Options{MaxConcurrent: 1, QueueWait: -1}, slowRules(started, release)...)
	var wg sync.WaitGroup
	wg.Add(1)
	var first answer
	go func() { defer wg.Done(); first = post(t, ts.URL, goodBody) }()
	<-started
	a := post(t, ts.URL, goodBody)
	assert.Equal(t, http.StatusServiceUnavailable, a.status, a.raw)
	assert.Equal(t, "1", a.header.Get("Retry-After"))
	close(release)
	wg.Wait()
	assert.Equal(t, http.StatusOK, first.status, first.raw)
	go func() { <-started }() // the next check passes through the slow rule
	assertStillAnswers(t, ts.URL)
}

func TestRulesHealthAndPage(t *testing.T) {
	ts := newTestServer(t, Options{Version: "9.9"})
	a := get(t, ts.URL+"/v1/rules")
	require.Equal(t, http.StatusOK, a.status)
	var rules []RuleInfo
	require.NoError(t, json.Unmarshal([]byte(a.raw), &rules))
	require.Len(t, rules, 1, "the rules the loaded configuration runs")
	assert.Equal(t, "stub", rules[0].ID)
	assert.NotEmpty(t, rules[0].Summary)

	a = get(t, ts.URL+"/healthz")
	assert.Equal(t, http.StatusOK, a.status)
	assert.Equal(t, map[string]any{"status": "ok", "version": "9.9"}, a.body)

	a = get(t, ts.URL+"/")
	assert.Equal(t, http.StatusOK, a.status)
	assert.Contains(t, a.header.Get("Content-Type"), "text/html")
	assert.Contains(t, a.header.Get("Content-Security-Policy"), "default-src 'self'")
	assert.Contains(t, a.raw, "<textarea")

	for _, p := range []string{"/assets/app.js", "/assets/style.css"} {
		a = get(t, ts.URL+p)
		assert.Equal(t, http.StatusOK, a.status, p)
	}
	assert.Equal(t, http.StatusNotFound, get(t, ts.URL+"/nope").status)
	assert.Equal(t, http.StatusNotFound, get(t, ts.URL+"/assets/").status, "no directory listing")
	assert.Equal(t, http.StatusMethodNotAllowed, get(t, ts.URL+"/v1/check").status)
}

func TestSeedArticle(t *testing.T) {
	raw, err := os.ReadFile("../../shared/seeds/000_8912448aba0b5953.txt")
	if err != nil {
		t.Skip("seed article not found beside the repository:", err)
	}
	s, err := New(Options{})
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	defer ts.Close()
	body, err := json.Marshal(map[string]string{"text": string(raw), "published": "2026-02-04"})
	require.NoError(t, err)
	a := post(t, ts.URL, string(body))
	require.Equal(t, http.StatusOK, a.status, a.raw)
	rules := map[string]bool{}
	for _, f := range a.body["findings"].([]any) {
		rules[f.(map[string]any)["rule"].(string)] = true
	}
	assert.True(t, rules["event-count"], "the seed's event-count finding: got %v", rules)
	assert.NotEmpty(t, a.body["dates"])
}

func TestGracefulShutdown(t *testing.T) {
	started, release := make(chan struct{}, 1), make(chan struct{})
	c, err := checker.New(checker.Options{Rules: slowRules(started, release)})
	require.NoError(t, err)
	s, err := New(Options{Checker: c})
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	go func() {
		done <- ListenAndServe(ctx, "127.0.0.1:0", s, time.Second, 5*time.Second, func(a net.Addr) { addrc <- a })
	}()
	url := "http://" + (<-addrc).String()

	var wg sync.WaitGroup
	wg.Add(1)
	var inflight answer
	go func() { defer wg.Done(); inflight = post(t, url, goodBody) }()
	<-started
	cancel() // as SIGTERM would
	time.Sleep(50 * time.Millisecond)
	_, err = http.Get(url + "/healthz")
	assert.Error(t, err, "no new connections after shutdown began")
	close(release)
	wg.Wait()
	assert.Equal(t, http.StatusOK, inflight.status, "the running check finishes")
	assert.NoError(t, <-done)
}

// TestBurstQueues: a burst larger than the slots waits for them instead of
// being refused, and a body that is not JSON gets 415.
func TestBurstQueues(t *testing.T) {
	ts := newTestServer(t, Options{MaxConcurrent: 1, QueueWait: 5 * time.Second})
	var wg sync.WaitGroup
	codes := make(chan int, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(ts.URL+"/v1/check", "application/json", strings.NewReader(goodBody))
			if err == nil {
				codes <- resp.StatusCode
				resp.Body.Close()
			}
		}()
	}
	wg.Wait()
	close(codes)
	n := 0
	for c := range codes {
		assert.Equal(t, http.StatusOK, c)
		n++
	}
	assert.Equal(t, 8, n)

	for _, ct := range []string{"text/plain", "application/x-www-form-urlencoded", ""} {
		req, err := http.NewRequest(http.MethodPost, ts.URL+"/v1/check", strings.NewReader(goodBody))
		require.NoError(t, err)
		if ct != "" {
			req.Header.Set("Content-Type", ct)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode, ct)
	}
	resp, err := http.Post(ts.URL+"/v1/check", "application/json; charset=utf-8", strings.NewReader(goodBody))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

// TestServiceHabits: 404 and 405 answer in JSON, "published" takes RFC
// 3339, a request may disable rules, and each request gets an access log
// line.
func TestServiceHabits(t *testing.T) {
	var log bytes.Buffer
	var mu sync.Mutex
	ts := newTestServer(t, Options{AccessLog: writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return log.Write(p)
	})})

	a := get(t, ts.URL+"/v1/nothing")
	assert.Equal(t, http.StatusNotFound, a.status)
	assert.Contains(t, a.body["error"], "no such path")
	a = get(t, ts.URL+"/v1/check")
	assert.Equal(t, http.StatusMethodNotAllowed, a.status)
	assert.Equal(t, "POST", a.header.Get("Allow"))
	assert.Contains(t, a.body["error"], "takes POST")

	a = post(t, ts.URL, `{"text": "The council met on Tuesday.", "published": "2026-02-04T09:30:00+01:00"}`)
	assert.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, "2026-02-04", a.body["reference_date"].(map[string]any)["date"])
	a = post(t, ts.URL, `{"text": "The council met on Tuesday.", "published": "4 Feb"}`)
	assert.Equal(t, http.StatusBadRequest, a.status)

	a = post(t, ts.URL, `{"text": "The council met on Tuesday.", "published": "2026-02-04", "disable": ["stub"]}`)
	assert.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Empty(t, a.body["findings"])
	a = post(t, ts.URL, `{"text": "The council met on Tuesday.", "disable": ["no-such-rule"]}`)
	assert.Equal(t, http.StatusBadRequest, a.status)
	assert.Equal(t, "disable", a.body["field"])

	mu.Lock()
	defer mu.Unlock()
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	assert.Len(t, lines, 6)
	assert.Contains(t, lines[0], "GET /v1/nothing 404")
	assert.Contains(t, lines[2], "POST /v1/check 200")
}

// writerFunc is an io.Writer made of a function.
type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestCORS: only the configured origin may call the API from a browser,
// and its preflight is answered.
func TestCORS(t *testing.T) {
	ts := newTestServer(t, Options{CORSOrigin: "https://cms.example.org"})
	for _, c := range []struct {
		method, origin, allowed string
		status                  int
	}{
		{http.MethodOptions, "https://cms.example.org", "https://cms.example.org", http.StatusNoContent},
		{http.MethodPost, "https://cms.example.org", "https://cms.example.org", http.StatusOK},
		{http.MethodPost, "https://elsewhere.example", "", http.StatusOK},
		{http.MethodPost, "", "", http.StatusOK},
	} {
		req, err := http.NewRequest(c.method, ts.URL+"/v1/check", strings.NewReader(goodBody))
		require.NoError(t, err)
		req.Header.Set("Content-Type", "application/json")
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, c.status, resp.StatusCode, c)
		assert.Equal(t, c.allowed, resp.Header.Get("Access-Control-Allow-Origin"), c)
	}
}

// TestDayFirstPerRequest: a request may read numeric dates day first.
func TestDayFirstPerRequest(t *testing.T) {
	c, err := checker.New(checker.Options{})
	require.NoError(t, err)
	s, err := New(Options{Checker: c})
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	body := func(dayFirst string) string {
		return `{"text": "The vote was held on 4/2/2026.", "published": "2026-03-01"` + dayFirst + `}`
	}
	for _, c := range []struct{ extra, value string }{
		{"", "2026-04-02"},
		{`, "day_first": true`, "2026-02-04"},
		{`, "day_first": false`, "2026-04-02"},
	} {
		a := post(t, ts.URL, body(c.extra))
		require.Equal(t, http.StatusOK, a.status, a.raw)
		dates := a.body["dates"].([]any)
		require.NotEmpty(t, dates, a.raw)
		assert.Equal(t, c.value, dates[len(dates)-1].(map[string]any)["value"], c.extra)
	}
}
