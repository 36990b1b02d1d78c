package output

import (
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// A JSON Schema (draft-04) validator covering the keywords the SARIF 2.1.0
// schema uses: type, $ref to #/definitions, properties,
// additionalProperties, required, items, minItems, uniqueItems, enum,
// minimum, maximum, pattern, format (uri, uri-reference, date-time), anyOf
// and oneOf. Tests only: no validator library is among our dependencies.

// schemaFile is the vendored SARIF 2.1.0 schema (see testdata/README.md).
const schemaFile = "testdata/sarif-2.1.0-rtm.5.json"

type jsonSchema struct {
	root     map[string]any
	patterns map[string]*regexp.Regexp
}

func loadSchema(t *testing.T) *jsonSchema {
	t.Helper()
	raw, err := os.ReadFile(schemaFile)
	require.NoError(t, err)
	var root map[string]any
	require.NoError(t, json.Unmarshal(raw, &root))
	return &jsonSchema{root: root, patterns: map[string]*regexp.Regexp{}}
}

// validate returns every violation of the root schema by v (decoded with
// encoding/json), each with its JSON path.
func (s *jsonSchema) validate(v any) []string {
	var errs []string
	s.check(s.root, v, "$", &errs)
	return errs
}

func (s *jsonSchema) resolve(ref string) map[string]any {
	name, ok := strings.CutPrefix(ref, "#/definitions/")
	if !ok {
		return nil
	}
	defs, _ := s.root["definitions"].(map[string]any)
	d, _ := defs[name].(map[string]any)
	return d
}

func (s *jsonSchema) check(sch map[string]any, v any, path string, errs *[]string) {
	bad := func(format string, a ...any) { *errs = append(*errs, path+": "+fmt.Sprintf(format, a...)) }
	if ref, ok := sch["$ref"].(string); ok {
		d := s.resolve(ref)
		if d == nil {
			bad("unresolvable $ref %q", ref)
			return
		}
		s.check(d, v, path, errs)
	}
	if typ, ok := sch["type"].(string); ok && !hasType(v, typ) {
		bad("want %s, got %s", typ, jsonType(v))
		return
	}
	if enum, ok := sch["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			found = found || reflect.DeepEqual(e, v)
		}
		if !found {
			bad("%v is not one of %v", v, enum)
		}
	}
	for _, key := range []string{"anyOf", "oneOf"} {
		alts, ok := sch[key].([]any)
		if !ok {
			continue
		}
		n := 0
		for _, a := range alts {
			var sub []string
			s.check(a.(map[string]any), v, path, &sub)
			if len(sub) == 0 {
				n++
			}
		}
		if n == 0 || (key == "oneOf" && n > 1) {
			bad("%d of the %s alternatives match", n, key)
		}
	}
	switch x := v.(type) {
	case map[string]any:
		s.checkObject(sch, x, path, errs)
	case []any:
		if m, ok := sch["minItems"].(float64); ok && float64(len(x)) < m {
			bad("%d items, fewer than %v", len(x), m)
		}
		if u, _ := sch["uniqueItems"].(bool); u {
			for i := range x {
				for j := i + 1; j < len(x); j++ {
					if reflect.DeepEqual(x[i], x[j]) {
						bad("items %d and %d are equal", i, j)
					}
				}
			}
		}
		if items, ok := sch["items"].(map[string]any); ok {
			for i, e := range x {
				s.check(items, e, fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	case float64:
		if m, ok := sch["minimum"].(float64); ok && x < m {
			bad("%v is below the minimum %v", x, m)
		}
		if m, ok := sch["maximum"].(float64); ok && x > m {
			bad("%v is above the maximum %v", x, m)
		}
	case string:
		if p, ok := sch["pattern"].(string); ok {
			re := s.patterns[p]
			if re == nil {
				re = regexp.MustCompile(p)
				s.patterns[p] = re
			}
			if !re.MatchString(x) {
				bad("%q does not match %s", x, p)
			}
		}
		if f, ok := sch["format"].(string); ok && !hasFormat(x, f) {
			bad("%q is not a valid %s", x, f)
		}
	}
}

func (s *jsonSchema) checkObject(sch map[string]any, obj map[string]any, path string, errs *[]string) {
	if req, ok := sch["required"].([]any); ok {
		for _, k := range req {
			if _, ok := obj[k.(string)]; !ok {
				*errs = append(*errs, fmt.Sprintf("%s: missing required property %q", path, k))
			}
		}
	}
	props, _ := sch["properties"].(map[string]any)
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if p, ok := props[k].(map[string]any); ok {
			s.check(p, obj[k], path+"."+k, errs)
			continue
		}
		switch ap := sch["additionalProperties"].(type) {
		case bool:
			if !ap {
				*errs = append(*errs, fmt.Sprintf("%s: property %q is not allowed", path, k))
			}
		case map[string]any:
			s.check(ap, obj[k], path+"."+k, errs)
		}
	}
}

func hasType(v any, typ string) bool {
	switch typ {
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	case "number":
		_, ok := v.(float64)
		return ok
	}
	return jsonType(v) == typ
}

func jsonType(v any) string {
	switch v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

func hasFormat(s, format string) bool {
	switch format {
	case "uri":
		u, err := url.Parse(s)
		return err == nil && u.IsAbs()
	case "uri-reference":
		_, err := url.Parse(s)
		return err == nil && !strings.ContainsAny(s, " \\")
	case "date-time":
		_, err := time.Parse(time.RFC3339, s)
		return err == nil
	}
	return true
}
