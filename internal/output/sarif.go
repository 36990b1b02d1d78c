package output

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"

	"github.com/copydesk/copydesk/checker"
	"github.com/copydesk/copydesk/rules"
)

// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), only the
// properties copydesk fills.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string       `json:"id"`
		ShortDescription     sarifMessage `json:"shortDescription"`
		FullDescription      sarifMessage `json:"fullDescription"`
		Help                 sarifMessage `json:"help"`
		DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
	}
	sarifConfig struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        *int            `json:"ruleIndex,omitempty"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int  `json:"startLine"`
		StartColumn int  `json:"startColumn"`
		EndLine     int  `json:"endLine"`
		EndColumn   int  `json:"endColumn"`
		CharOffset  *int `json:"charOffset,omitempty"`
		CharLength  *int `json:"charLength,omitempty"`
	}
)

// SARIFSchema is the schema URI written into every SARIF log.
const SARIFSchema = "https://json.schemastore.org/sarif-2.1.0.json"

// sarifWriter collects every file's results into one run, written on Close.
type sarifWriter struct {
	w     io.Writer
	log   sarifLog
	index map[string]int
}

func newSARIF(version string, w io.Writer) *sarifWriter {
	all := rules.All()
	s := &sarifWriter{w: w, index: make(map[string]int, len(all)+1)}
	driver := sarifDriver{Name: "copydesk", Version: version}
	add := func(id, summary, doc string, sev checker.Severity) {
		s.index[id] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   id,
			ShortDescription:     sarifMessage{summary},
			FullDescription:      sarifMessage{doc},
			Help:                 sarifMessage{doc},
			DefaultConfiguration: sarifConfig{level(sev)},
		})
	}
	for _, r := range all {
		help := r.Doc
		if r.Bad != "" {
			help += "\n\nBad:\n" + r.Bad
		}
		if r.Good != "" {
			help += "\n\nGood:\n" + r.Good
		}
		add(r.ID, r.Summary, r.Doc, r.Severity)
		driver.Rules[len(driver.Rules)-1].Help.Text = help
	}
	add(checker.InternalErrorRule, "A rule or analysis failed.",
		"A rule or analysis failed on this input; its findings are missing and the others stand. Please report it.",
		checker.Error)
	s.log = sarifLog{
		Schema:  SARIFSchema,
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool:       sarifTool{Driver: driver},
			ColumnKind: "unicodeCodePoints",
			Results:    []sarifResult{},
		}},
	}
	return s
}

// level maps a severity to a SARIF level.
func level(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Info:
		return "note"
	}
	return "warning"
}

func (s *sarifWriter) Report(file, src string, rep checker.Report) error {
	uri := fileURI(file)
	run := &s.log.Runs[0]
	for _, f := range rep.Findings {
		res := sarifResult{
			RuleID:    f.Rule,
			Level:     level(f.Severity),
			Message:   sarifMessage{f.Message},
			Locations: []sarifLocation{{PhysicalLocation: physical(uri, f.Span, src)}},
		}
		if idx, ok := s.index[f.Rule]; ok {
			res.RuleIndex = &idx
		}
		for i, r := range f.Related {
			id := i + 1
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID:               &id,
				PhysicalLocation: physical(uri, r.Span, src),
				Message:          &sarifMessage{relatedText(r)},
			})
		}
		run.Results = append(run.Results, res)
	}
	return nil
}

// relatedText is a related location's message: its quote and note.
func relatedText(r checker.Related) string {
	q := "“" + OneLine(r.Text) + "”"
	if r.Note == "" {
		return q
	}
	return q + ": " + r.Note
}

func (s *sarifWriter) Close() error {
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	return enc.Encode(s.log)
}

// physical locates span in file; a span without a line (an internal error)
// points at the file only.
func physical(uri string, span checker.Span, src string) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}
	if span.Line < 1 || span.Column < 1 {
		return p
	}
	e := extentOf(span, src)
	r := &sarifRegion{StartLine: e.line, StartColumn: e.col, EndLine: e.endLine, EndColumn: e.endCol}
	if e.hasChars {
		r.CharOffset, r.CharLength = &e.charOff, &e.charLen
	}
	p.Region = r
	return p
}

// fileURI turns a file name into a relative URI reference ("-" for
// standard input stays "-").
func fileURI(file string) string {
	u := url.URL{Path: filepath.ToSlash(file)}
	return u.String()
}
