package checker_test

import (
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/checker/dates"
	"github.com/copydesk/copydesk/checker/entities"
	"github.com/copydesk/copydesk/checker/events"
	"github.com/copydesk/copydesk/checker/quantities"
	"github.com/copydesk/copydesk/checker/text"
)

// FuzzAnalyses runs each analysis alone on arbitrary plain text, without
// the checker's recover, so that a panic fails with its own stack; every
// span any analysis returns must lie within the text, in order.
func FuzzAnalyses(f *testing.F) {
	for _, tc := range hostile(f) {
		if len(tc.text) <= 4<<10 { // small seeds: fast execs and minimisation
			f.Add(tc.text)
		}
	}
	f.Add(tenseStory)
	f.Add(benchArticle(f))
	f.Fuzz(func(t *testing.T, src string) {
		sents := text.Sentences(src)
		ds := dates.Resolve(src, pub, dates.Options{})
		ds2 := dates.Resolve(src, pub, dates.Options{DayFirst: true})
		for i := 1; i < len(ds); i++ {
			if ds[i].Start < ds[i-1].Start {
				t.Errorf("dates out of order: %d after %d", ds[i].Start, ds[i-1].Start)
			}
		}
		results := map[string]any{
			"sentences":         sents,
			"dates":             ds,
			"dates (day first)": ds2,
			"quantities":        quantities.Find(src),
			"entities":          entities.Find(src, pub),
			"events":            events.Analyze(src, sents, ds),
		}
		for name, r := range results {
			checkSpans(t, name, len(src), reflect.ValueOf(r), 0)
		}
	})
}

// checkSpans walks v and fails for any struct with int fields Start and
// End that is not a span of a text of n bytes (0 <= Start <= End <= n).
func checkSpans(t *testing.T, where string, n int, v reflect.Value, depth int) {
	if depth > 12 {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkSpans(t, where, n, v.Elem(), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			checkSpans(t, where, n, v.Index(i), depth+1)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			checkSpans(t, where, n, it.Value(), depth+1)
		}
	case reflect.Struct:
		s, e := v.FieldByName("Start"), v.FieldByName("End")
		if s.IsValid() && e.IsValid() && s.CanInt() && e.CanInt() {
			a, b := int(s.Int()), int(e.Int())
			if a < 0 || a > b || b > n {
				t.Errorf("%s: %s span [%d,%d) outside a text of %d bytes", where, v.Type(), a, b, n)
			}
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				checkSpans(t, where, n, v.Field(i), depth+1)
			}
		}
	}
}
