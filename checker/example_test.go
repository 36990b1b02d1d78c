package checker_test

import (
	"context"
	"fmt"
	"time"

	"github.com/copydesk/copydesk/checker"
)

// A CMS plugin checks one story before it goes out.
func Example() {
	story := "BERLIN, Jan. 14, 2026 (Copydesk) — The minister will open the new bridge in the first half of 2025."
	rep, err := checker.Check(context.Background(), checker.Document{
		Text:      story,
		Published: time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("reference date:", rep.ReferenceDate.Date, rep.ReferenceDate.Source)
	for _, f := range rep.Findings {
		fmt.Printf("%d:%d %s [%s] %q\n", f.Span.Line, f.Span.Column, f.Severity, f.Rule, f.Span.Text)
	}
	// Output:
	// reference date: 2026-01-14 flag
	// 1:49 warning [tense-time] "will open the new bridge in the first half of 2025"
}
