package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/checker/input"
	"github.com/copydesk/copydesk/internal/config"
	"github.com/copydesk/copydesk/internal/output"
)

// checkFlags are the flags shared by check and dates.
type checkFlags struct {
	date     string
	format   string
	failOn   string
	input    string
	config   string
	facts    string
	dayFirst bool
	jsonl    bool
	workers  int
	maxBytes int
	quiet    bool
	// disable and enable turn rules off and on for this run, over the
	// configuration file.
	disable, enable ruleList
	files           []string
	// set holds the flags given on the command line, which override the
	// configuration file.
	set map[string]bool
}

// parse reads flags given before, between or after the file names.
func (e *env) parse(name string, args []string, withFailOn bool) (*checkFlags, *flag.FlagSet, error) {
	cf := &checkFlags{}
	fs := flag.NewFlagSet("copydesk "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.StringVar(&cf.date, "date", "", "publication date `YYYY-MM-DD` (default: from the copy, else today)")
	fs.StringVar(&cf.format, "format", "text", "output `format`: text, json, sarif or github (dates: text or json)")
	fs.StringVar(&cf.input, "input", "", "input `format`: text, markdown, html or nitf (default: by extension or content)")
	fs.BoolVar(&cf.dayFirst, "day-first", false, "read numeric dates like 4/2/2026 as day/month")
	fs.StringVar(&cf.config, "config", "", "configuration `file` (default: "+config.FileName+" in the input's folder or above)")
	fs.StringVar(&cf.facts, "facts", "", "the desk's facts `file` for the desk rules (default: facts: in the configuration)")
	fs.IntVar(&cf.maxBytes, "max-bytes", defaultMaxBytes, "refuse an input file larger than `n` bytes (0: no limit)")
	fs.BoolVar(&cf.quiet, "quiet", false, "print findings only, without the closing summary line")
	fs.Var(&cf.disable, "disable", "turn a `rule` off (repeat, or separate by commas)")
	fs.Var(&cf.enable, "enable", "turn a `rule` on that the configuration turned off")
	if withFailOn {
		fs.BoolVar(&cf.jsonl, "jsonl", false, `read JSON lines {"id", "text", "published", "format"} and write one JSON report per line`)
		fs.IntVar(&cf.workers, "workers", 0, "with --jsonl, how many articles to check at once (default: all cores)")
		fs.StringVar(&cf.failOn, "fail-on", "warning", "exit 1 when a finding is at or above `severity`: error, warning, info or none")
	}
	// A bad flag gets its one-line error, not the whole list; -h prints
	// the list to standard output.
	fs.Usage = func() {}
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printHelp(e.stdout, fs, "copydesk "+name+" [flags] [FILE...]")
			}
			return nil, fs, err
		}
		if fs.NArg() == 0 {
			break
		}
		cf.files = append(cf.files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(cf.files) == 0 {
		cf.files = []string{"-"}
	}
	cf.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { cf.set[f.Name] = true })
	return cf, fs, nil
}

// document reads one input and builds its Document.
func (e *env) document(cf *checkFlags, name string) (checker.Document, error) {
	var raw []byte
	var err error
	if name == "-" {
		raw, err = readAtMost(e.stdin, cf.maxBytes)
	} else {
		raw, err = readFileAtMost(name, cf.maxBytes)
	}
	if err != nil {
		return checker.Document{}, fmt.Errorf("cannot read %s: %w", name, err)
	}
	// Windows-1252 and Latin-1 copy, and UTF-16 with a byte order mark,
	// are read as text; binary input is refused.
	text, _, err := input.Decode(raw)
	if err != nil {
		return checker.Document{}, fmt.Errorf("%s: %w", name, err)
	}
	doc := checker.Document{Text: text, Format: cf.input}
	if name != "-" {
		doc.Name = name
	}
	if cf.date != "" {
		doc.Published, _ = time.Parse(time.DateOnly, cf.date)
	}
	return doc, nil
}

// validate checks the flag values shared by check and dates.
func (cf *checkFlags) validate(formats ...string) error {
	if cf.date != "" {
		if _, err := time.Parse(time.DateOnly, cf.date); err != nil {
			return fmt.Errorf("--date: %q is not a date of the form YYYY-MM-DD", cf.date)
		}
	}
	for _, f := range formats {
		if cf.format == f {
			return nil
		}
	}
	return fmt.Errorf("--format: unknown format %q (want one of %v)", cf.format, formats)
}

func (e *env) check(args []string) int {
	cf, _, err := e.parse("check", args, true)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	cf.format, cf.failOn = strings.ToLower(cf.format), strings.ToLower(cf.failOn)
	if err := cf.validate(output.Formats...); err != nil {
		return e.fail("%v", err)
	}
	if cf.failOn != "none" && checker.Severity(cf.failOn).Rank() == 0 {
		return e.fail("--fail-on: unknown severity %q (want error, warning, info or none)", cf.failOn)
	}
	if cf.jsonl {
		return e.jsonl(cf, cf.workers)
	}
	out := output.NewStyled(cf.format, version, e.stdout, output.Style{Quiet: cf.quiet, Color: colorable(e.stdout)})
	code, reported := exitOK, 0
	err = e.eachReport(cf, newSetups(cf, nil), func(name string, doc checker.Document, s *setup, rep checker.Report) error {
		reported++
		if err := out.Report(name, doc.Text, rep); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		if s.fails(rep) {
			code = exitFindings
		}
		return nil
	})
	if reported > 0 || err == nil {
		if cerr := out.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("writing output: %w", cerr)
		}
	}
	if err != nil {
		return e.fail("%v", err)
	}
	return code
}

func (e *env) dates(args []string) int {
	cf, _, err := e.parse("dates", args, false)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	cf.format = strings.ToLower(cf.format)
	if err := cf.validate("text", "json"); err != nil {
		return e.fail("%v", err)
	}
	ss := newSetups(cf, []*checker.Rule{})
	ss.allDates = true
	err = e.eachReport(cf, ss, func(name string, _ checker.Document, _ *setup, rep checker.Report) error {
		if err := output.WriteDates(e.stdout, cf.format, name, rep); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		return nil
	})
	if err != nil {
		return e.fail("%v", err)
	}
	return exitOK
}

// eachReport reads and checks each input file with the setup (config and
// checker) that applies to it, and hands its report to emit; it stops at
// the first error, which names the file.
//
// A file that cannot be read or checked is reported on standard error and
// the others are still checked; the error returned then says how many
// failed. An error from emit (writing the output) stops at once.
func (e *env) eachReport(cf *checkFlags, setups *setups, emit func(name string, doc checker.Document, s *setup, rep checker.Report) error) error {
	names, err := inputs(cf.files)
	if err != nil {
		return err
	}
	failed := 0
	for _, name := range names {
		s, doc, rep, err := e.checkOne(cf, setups, name)
		if err != nil && len(names) == 1 {
			return err // one input: its error is the one line
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "copydesk: %v\n", err)
			failed++
			continue
		}
		if err := emit(name, doc, s, rep); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs could not be checked", failed, len(names))
	}
	return nil
}

// checkOne reads and checks one input.
func (e *env) checkOne(cf *checkFlags, setups *setups, name string) (*setup, checker.Document, checker.Report, error) {
	s, err := setups.forFile(name)
	if err != nil {
		return nil, checker.Document{}, checker.Report{}, err
	}
	doc, err := e.document(cf, name)
	if err != nil {
		return nil, checker.Document{}, checker.Report{}, err
	}
	rep, err := s.checker.Check(context.Background(), doc)
	if err != nil {
		return nil, checker.Document{}, checker.Report{}, fmt.Errorf("%s: %w", name, err)
	}
	return s, doc, rep, nil
}

// inputExts are the extensions a directory is walked for.
var inputExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".xml": true, ".nitf": true}

// inputs expands the directories among names into the input files below
// them (by extension, in lexical order); other names stay as given.
func inputs(names []string) ([]string, error) {
	var out []string
	for _, name := range names {
		fi, err := os.Stat(name)
		if name == "-" || err != nil || !fi.IsDir() {
			out = append(out, name) // reading it reports any error
			continue
		}
		err = filepath.WalkDir(name, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && inputExts[strings.ToLower(filepath.Ext(p))] {
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// defaultMaxBytes is the largest input file checked unless --max-bytes
// says otherwise: far above any news story, far below what would strain a
// desk's machine.
const defaultMaxBytes = 16 << 20

// errTooLarge is an input above --max-bytes.
var errTooLarge = errors.New("input too large")

// readAtMost reads r whole, or fails with errTooLarge past max bytes
// (max <= 0: no limit).
func readAtMost(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		return io.ReadAll(r)
	}
	raw, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err == nil && len(raw) > max {
		return nil, fmt.Errorf("%w: more than %d bytes (--max-bytes)", errTooLarge, max)
	}
	return raw, err
}

// readFileAtMost is readAtMost for a file.
func readFileAtMost(name string, max int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readAtMost(f, max)
}

// printHelp prints a command's usage line and flags to w.
func printHelp(w io.Writer, fs *flag.FlagSet, usage string) {
	fmt.Fprintf(w, "usage: %s\n\nflags:\n", usage)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// ruleList is a repeatable flag of rule IDs, also comma-separated.
type ruleList []string

func (l *ruleList) String() string { return strings.Join(*l, ",") }

func (l *ruleList) Set(v string) error {
	for _, id := range strings.Split(v, ",") {
		if id = strings.TrimSpace(id); id != "" {
			*l = append(*l, id)
		}
	}
	return nil
}

// colorable reports whether w is a terminal that may show colour: not
// when NO_COLOR is set (no-color.org), nor for a file or a pipe.
func colorable(w io.Writer) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
