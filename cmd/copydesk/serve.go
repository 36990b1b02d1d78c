package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/copydesk/copydesk/server"
)

// serve runs the HTTP service until SIGINT or SIGTERM.
func (e *env) serve(args []string) int {
	fs := flag.NewFlagSet("copydesk serve", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	maxBody := fs.String("max-body", "2MB", "largest request body (`size`: bytes, or with KB, MB)")
	timeout := fs.Duration("timeout", server.DefaultTimeout, "deadline of one check")
	maxConc := fs.Int("max-concurrent", 0, "checks running at once (default: the number of cores)")
	queueWait := fs.Duration("queue-wait", server.DefaultQueueWait, "how long a request waits for a free check before 503")
	corsOrigin := fs.String("cors-origin", "", "the `origin` (scheme://host[:port]) whose pages may call the API from the browser")
	memLimit := fs.String("memory-limit", "1GB", "soft memory `size` the service keeps to, returning memory after large checks (0: none)")
	factsPath := fs.String("facts", "", "the desk's facts `file` for the desk rules, loaded once (default: facts: in the configuration)")
	cfgPath := fs.String("config", "", "configuration `file` (default: .copydesk.yaml in the working folder or above)")
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			printHelp(e.stdout, fs, "copydesk serve [flags]")
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() > 0 {
		return e.fail("serve takes no arguments, got %q", fs.Args())
	}
	limit, err := parseSize(*maxBody)
	if err != nil {
		return e.fail("--max-body: %v", err)
	}
	if *timeout <= 0 {
		return e.fail("--timeout: must be positive")
	}
	if *maxConc < 0 {
		return e.fail("--max-concurrent: must not be negative")
	}
	if *queueWait < 0 {
		return e.fail("--queue-wait: must not be negative")
	}
	var mem int64
	if strings.TrimSpace(*memLimit) != "0" {
		if mem, err = parseSize(*memLimit); err != nil {
			return e.fail("--memory-limit: %v", err)
		}
	}
	if mem > 0 {
		// A soft limit: past it the collector works harder and gives
		// memory back, so one large check does not keep its peak for good.
		debug.SetMemoryLimit(mem)
	}
	cf := &checkFlags{config: *cfgPath, facts: *factsPath, set: map[string]bool{}}
	s, err := newSetups(cf, nil).forFile("-")
	if err != nil {
		return e.fail("%v", err)
	}
	srv, err := server.New(server.Options{
		Checker: s.checker, MaxBody: limit, Timeout: *timeout, MaxConcurrent: *maxConc, QueueWait: queueOpt(*queueWait), Version: version,
		AccessLog: e.stderr, CORSOrigin: *corsOrigin,
	})
	if err != nil {
		return e.fail("%v", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = server.ListenAndServe(ctx, *addr, srv, *timeout, 15*time.Second, func(a net.Addr) {
		fmt.Fprintf(e.stderr, "copydesk: serving on http://%s/ (Ctrl+C to stop)\n", a)
	})
	if err != nil {
		return e.fail("serve: %v", err)
	}
	fmt.Fprintln(e.stderr, "copydesk: stopped")
	return exitOK
}

// parseSize reads a byte count: 1048576, 512KB, 2MB, 1GB (powers of 1024).
func parseSize(s string) (int64, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, mult = strings.TrimSpace(rest), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size like 2MB, 512KB or 1048576", s)
	}
	return n * mult, nil
}

// queueOpt maps --queue-wait to server.Options.QueueWait: 0 means no wait.
func queueOpt(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}
