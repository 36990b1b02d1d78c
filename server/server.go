// Package server is copydesk's HTTP service: a JSON API over the checker
// and an editor's page, both in one http.Handler.
//
//	POST /v1/check  {"text", "published", "format"} → the CLI's JSON report
//	GET  /v1/rules  the rules
//	GET  /healthz   {"status": "ok"}
//	GET  /          the editor's page (embedded, no network fetches)
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/input"
	"github.com/copydesk/copydesk/internal/output"
)

// Defaults for Options' zero values.
const (
	DefaultMaxBody = 2 << 20
	DefaultTimeout = 10 * time.Second
	// DefaultQueueWait is how long a request waits for a slot by default.
	DefaultQueueWait = 5 * time.Second
)

// Options configure the service.
type Options struct {
	// Checker checks documents; nil means checker.New(Options{}).
	Checker *checker.Checker
	// MaxBody is the largest request body accepted, in bytes; 0 means
	// DefaultMaxBody. Larger bodies get 413.
	MaxBody int64
	// Timeout bounds one check; 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxConcurrent bounds the checks running at once, counting a check
	// answered at its deadline until its work has really ended; beyond it
	// requests wait for a slot up to QueueWait, then get 503 with
	// Retry-After. 0 means GOMAXPROCS.
	MaxConcurrent int
	// QueueWait is how long a request waits for a free slot before 503,
	// so that a burst is absorbed rather than refused; 0 means
	// DefaultQueueWait, a negative value no wait.
	QueueWait time.Duration
	// Version is reported by /healthz.
	Version string
	// AccessLog, when set, gets one line per request: method, path,
	// status, time taken and bytes written.
	AccessLog io.Writer
	// CORSOrigin, when set, is the one origin whose pages may call the
	// API from the browser (a CMS's editing page); "" allows none.
	CORSOrigin string
	// Today is the date the page proposes as publication date; zero means
	// the current date (the page uses the browser's date anyway).
	Today func() time.Time
}

// Server answers the API and serves the page. Create it with New.
type Server struct {
	opts  Options
	check *checker.Checker
	slots chan struct{}
	mux   *http.ServeMux
}

// New returns a Server with opts' defaults filled in.
func New(opts Options) (*Server, error) {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxConcurrent <= 0 {
		opts.MaxConcurrent = runtime.GOMAXPROCS(0)
	}
	if opts.QueueWait == 0 {
		opts.QueueWait = DefaultQueueWait
	}
	c := opts.Checker
	if c == nil {
		var err error
		if c, err = checker.New(checker.Options{}); err != nil {
			return nil, err
		}
	}
	s := &Server{opts: opts, check: c, slots: make(chan struct{}, opts.MaxConcurrent), mux: http.NewServeMux()}
	s.mux.HandleFunc("POST /v1/check", s.handleCheck)
	s.mux.HandleFunc("GET /v1/rules", s.handleRules)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	page := pageHandler()
	s.mux.Handle("GET /{$}", page)
	s.mux.Handle("GET /assets/", page)
	s.mux.HandleFunc("/", s.handleOther)
	return s, nil
}

// apiMethods are the methods each API path answers.
var apiMethods = map[string]string{"/v1/check": "POST", "/v1/rules": "GET", "/healthz": "GET", "/": "GET"}

// handleOther answers, in JSON like every other error, 405 for a known
// path asked with another method and 404 for any other path.
func (s *Server) handleOther(w http.ResponseWriter, r *http.Request) {
	if m, ok := apiMethods[r.URL.Path]; ok {
		w.Header().Set("Allow", m)
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s takes %s, not %s", r.URL.Path, m, r.Method), "")
		return
	}
	writeError(w, http.StatusNotFound, fmt.Sprintf("no such path: %s", r.URL.Path), "")
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if s.cors(w, r) {
		return
	}
	if s.opts.AccessLog == nil {
		s.mux.ServeHTTP(w, r)
		return
	}
	start := time.Now()
	rec := &recorder{ResponseWriter: w, status: http.StatusOK}
	s.mux.ServeHTTP(rec, r)
	fmt.Fprintf(s.opts.AccessLog, "%s %s %s %d %s %d\n", start.UTC().Format(time.RFC3339), r.Method, r.URL.Path,
		rec.status, time.Since(start).Round(time.Microsecond), rec.size)
}

// cors answers for the configured origin: it allows the origin's pages to
// read the API's answers, and answers a preflight request itself (true).
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	o := r.Header.Get("Origin")
	if s.opts.CORSOrigin == "" || o == "" || o != s.opts.CORSOrigin {
		return false
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", o)
	h.Add("Vary", "Origin")
	if r.Method != http.MethodOptions {
		return false
	}
	h.Set("Access-Control-Allow-Methods", "GET, POST")
	h.Set("Access-Control-Allow-Headers", "Content-Type")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
	return true
}

// recorder notes the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status, size int
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.size += n
	return n, err
}

// CheckRequest is the body of POST /v1/check.
type CheckRequest struct {
	// Text is the article (required).
	Text *string `json:"text"`
	// Published is the publication date, YYYY-MM-DD; empty to take it
	// from the copy or today.
	Published string `json:"published"`
	// Format is text, markdown, html or nitf; empty to detect it.
	Format string `json:"format"`
	// File is echoed in the report's "file"; default "-".
	File string `json:"file"`
	// Disable lists rules not to report for this request.
	Disable []string `json:"disable"`
	// DayFirst reads numeric dates such as 4/2/2026 as day/month for
	// this request; absent, the service's configuration decides.
	DayFirst *bool `json:"day_first"`
}

// ErrorResponse is the body of every error answer; Field names the request
// field at fault, when there is one.
type ErrorResponse struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

func (s *Server) handleCheck(w http.ResponseWriter, r *http.Request) {
	req, status, errResp := s.decode(w, r)
	if errResp != nil {
		writeError(w, status, errResp.Error, errResp.Field)
		return
	}
	if !s.acquire(r.Context()) {
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable, "too many checks at once; retry shortly", "")
		return
	}
	doc := checker.Document{Text: *req.Text, Format: req.Format, DayFirst: req.DayFirst}
	if req.Published != "" {
		doc.Published, _ = parsePublished(req.Published)
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.Timeout)
	defer cancel()
	// The answer never waits past the deadline: the check runs on its own
	// goroutine (input parsing does not look at ctx), and CheckTracked
	// returns when ctx ends, even inside a step that overruns (which goes
	// on on its own goroutine). The slot is given back only when all the
	// check's work has ended (done), so abandoned work keeps counting
	// against MaxConcurrent and a flood of slow inputs gets 503s, not a
	// pile of background goroutines.
	type result struct {
		rep checker.Report
		err error
	}
	res := make(chan result, 1)
	go func() {
		rep, done, err := s.check.CheckTracked(ctx, doc)
		res <- result{rep, err}
		<-done
		<-s.slots
	}()
	var rep checker.Report
	var err error
	select {
	case r := <-res:
		rep, err = r.rep, r.err
	case <-ctx.Done():
		err = ctx.Err()
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, fmt.Sprintf("the check took longer than %s", s.opts.Timeout), "")
		return
	case errors.Is(err, context.Canceled):
		return // the client went away
	case errors.Is(err, checker.ErrTooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, err.Error(), "text")
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, err.Error(), "text")
		return
	}
	file := req.File
	if file == "" {
		file = "-"
	}
	rep.Findings = slices.DeleteFunc(rep.Findings, func(f checker.Finding) bool { return slices.Contains(req.Disable, f.Rule) })
	writeJSON(w, http.StatusOK, output.FileReport{File: file, Report: rep})
}

// acquire takes a check slot, waiting up to QueueWait for one to free
// (a burst queues rather than being refused); false when none freed in
// time or the client went away.
func (s *Server) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
	}
	if s.opts.QueueWait < 0 {
		return false
	}
	t := time.NewTimer(s.opts.QueueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// decode reads and validates a check request; on failure it returns the
// status and error to answer.
func (s *Server) decode(w http.ResponseWriter, r *http.Request) (*CheckRequest, int, *ErrorResponse) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return nil, http.StatusUnsupportedMediaType, &ErrorResponse{Error: "the request body must be JSON (Content-Type: application/json)"}
	}
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	dec := json.NewDecoder(body)
	dec.DisallowUnknownFields()
	var req CheckRequest
	err := dec.Decode(&req)
	if err == nil && dec.More() {
		err = errors.New("trailing data after the JSON object")
	}
	if err == nil {
		_, err = io.Copy(io.Discard, body) // reach the limit even past the object
	}
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, &ErrorResponse{
				Error: fmt.Sprintf("request body larger than %d bytes", tooBig.Limit)}
		}
		return nil, http.StatusBadRequest, jsonError(err)
	}
	switch {
	case req.Text == nil:
		return nil, http.StatusBadRequest, &ErrorResponse{Error: `"text" is required`, Field: "text"}
	case req.Format != "" && !validFormat(req.Format):
		return nil, http.StatusBadRequest, &ErrorResponse{
			Error: fmt.Sprintf("unknown format %q (want text, markdown, html or nitf)", req.Format), Field: "format"}
	}
	if req.Published != "" {
		if _, ok := parsePublished(req.Published); !ok {
			return nil, http.StatusBadRequest, &ErrorResponse{
				Error: fmt.Sprintf("%q is not a date of the form YYYY-MM-DD or an RFC 3339 time", req.Published), Field: "published"}
		}
	}
	for _, id := range req.Disable {
		if !slices.ContainsFunc(s.check.Rules(), func(r *checker.Rule) bool { return r.ID == id }) {
			return nil, http.StatusBadRequest, &ErrorResponse{Error: fmt.Sprintf("unknown rule %q", id), Field: "disable"}
		}
	}
	return &req, 0, nil
}

// parsePublished reads a publication date as YYYY-MM-DD or as an RFC 3339
// time ("2026-02-04T09:30:00+01:00", whose date is kept as written).
func parsePublished(v string) (time.Time, bool) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, true
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

// validFormat accepts the formats the checker reads, by their main names.
func validFormat(f string) bool {
	switch f {
	case "text", "markdown", "html", "nitf":
		_, err := input.ParseFormat(f)
		return err == nil
	}
	return false
}

// jsonError turns a decoding error into an answer naming the field.
func jsonError(err error) *ErrorResponse {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return &ErrorResponse{Error: fmt.Sprintf("%q must be a %s, not a JSON %s", typeErr.Field, goToJSON(typeErr.Type.Kind().String()), typeErr.Value), Field: typeErr.Field}
	case errors.As(err, &syntaxErr):
		return &ErrorResponse{Error: fmt.Sprintf("malformed JSON at byte %d: %v", syntaxErr.Offset, err)}
	case errors.Is(err, io.EOF):
		return &ErrorResponse{Error: "empty request body; want a JSON object {\"text\", \"published\", \"format\"}"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		return &ErrorResponse{Error: "malformed JSON: the body ends inside the object"}
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		field := strings.Trim(name, `"`)
		return &ErrorResponse{Error: fmt.Sprintf("unknown field %q (want text, published, format)", field), Field: field}
	}
	return &ErrorResponse{Error: "malformed JSON: " + strings.TrimPrefix(msg, "json: ")}
}

func goToJSON(kind string) string {
	switch kind {
	case "string", "ptr":
		return "string"
	}
	return kind
}

// RuleInfo is one entry of GET /v1/rules.
type RuleInfo struct {
	ID       string           `json:"id"`
	Severity checker.Severity `json:"severity"`
	Summary  string           `json:"summary"`
	Doc      string           `json:"doc"`
	Bad      string           `json:"bad"`
	Good     string           `json:"good"`
}

func (s *Server) handleRules(w http.ResponseWriter, _ *http.Request) {
	all := s.check.Rules() // the loaded configuration's rules and severities
	out := make([]RuleInfo, 0, len(all))
	for _, r := range all {
		out = append(out, RuleInfo{ID: r.ID, Severity: r.Severity, Summary: r.Summary, Doc: r.Doc, Bad: r.Bad, Good: r.Good})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "version": s.opts.Version})
}

func writeError(w http.ResponseWriter, status int, msg, field string) {
	writeJSON(w, status, ErrorResponse{Error: msg, Field: field})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
