package output

import (
	"fmt"
	"sort"
	"strings"
)

// A structural validator for the part of the SARIF 2.1.0 JSON schema
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json)
// that copydesk's output touches. The official schema could not be vendored
// (the build has no network), so its definitions for these objects are
// transcribed here: property names and types, required properties, enums
// and minimums, and additionalProperties: false (every property copydesk
// writes must be one the schema defines).

// node is one schema definition.
type node struct {
	typ      string // object, array, string, integer
	required []string
	props    map[string]*node // for objects: every property the schema defines
	items    *node
	enum     []string
	min      *int
}

func intMin(n int) *int { return &n }

var (
	anyNode     = &node{}
	stringNode  = &node{typ: "string"}
	integerNode = &node{typ: "integer"}
	indexNode   = &node{typ: "integer", min: intMin(-1)}
	propertyBag = &node{typ: "object"}

	message = &node{typ: "object", props: map[string]*node{
		"text": stringNode, "markdown": stringNode, "id": stringNode,
		"arguments": {typ: "array", items: stringNode}, "properties": propertyBag,
	}}
	multiformat = &node{typ: "object", required: []string{"text"}, props: map[string]*node{
		"text": stringNode, "markdown": stringNode, "properties": propertyBag,
	}}
	levelNode    = &node{typ: "string", enum: []string{"none", "note", "warning", "error"}}
	reportingCfg = &node{typ: "object", props: map[string]*node{
		"enabled": anyNode, "level": levelNode, "rank": anyNode, "parameters": propertyBag, "properties": propertyBag,
	}}
	reportingDescriptor = &node{typ: "object", required: []string{"id"}, props: map[string]*node{
		"id": stringNode, "deprecatedIds": anyNode, "guid": stringNode, "deprecatedGuids": anyNode,
		"name": stringNode, "deprecatedNames": anyNode, "shortDescription": multiformat,
		"fullDescription": multiformat, "messageStrings": anyNode, "defaultConfiguration": reportingCfg,
		"helpUri": stringNode, "help": multiformat, "relationships": anyNode, "properties": propertyBag,
	}}
	toolComponent = &node{typ: "object", required: []string{"name"}, props: map[string]*node{
		"guid": stringNode, "name": stringNode, "organization": stringNode, "product": stringNode,
		"productSuite": stringNode, "shortDescription": multiformat, "fullDescription": multiformat,
		"fullName": stringNode, "version": stringNode, "semanticVersion": stringNode,
		"dottedQuadFileVersion": stringNode, "releaseDateUtc": stringNode, "downloadUri": stringNode,
		"informationUri": stringNode, "globalMessageStrings": anyNode, "notifications": anyNode,
		"rules": {typ: "array", items: reportingDescriptor},
		"taxa":  anyNode, "locations": anyNode, "language": stringNode, "contents": anyNode,
		"isComprehensive": anyNode, "localizedDataSemanticVersion": stringNode,
		"minimumRequiredLocalizedDataSemanticVersion": stringNode, "associatedComponent": anyNode,
		"translationMetadata": anyNode, "supportedTaxonomies": anyNode, "properties": propertyBag,
	}}
	artifactLocation = &node{typ: "object", props: map[string]*node{
		"uri": stringNode, "uriBaseId": stringNode, "index": indexNode, "description": message, "properties": propertyBag,
	}}
	region = &node{typ: "object", props: map[string]*node{
		"startLine": {typ: "integer", min: intMin(1)}, "startColumn": {typ: "integer", min: intMin(1)},
		"endLine": {typ: "integer", min: intMin(1)}, "endColumn": {typ: "integer", min: intMin(1)},
		"charOffset": indexNode, "charLength": {typ: "integer", min: intMin(0)},
		"byteOffset": indexNode, "byteLength": {typ: "integer", min: intMin(0)},
		"snippet": anyNode, "message": message, "sourceLanguage": stringNode, "properties": propertyBag,
	}}
	physicalLocation = &node{typ: "object", props: map[string]*node{
		"address": anyNode, "artifactLocation": artifactLocation, "region": region,
		"contextRegion": region, "properties": propertyBag,
	}}
	location = &node{typ: "object", props: map[string]*node{
		"id": indexNode, "physicalLocation": physicalLocation, "logicalLocations": anyNode,
		"message": message, "annotations": anyNode, "relationships": anyNode, "properties": propertyBag,
	}}
	result = &node{typ: "object", required: []string{"message"}, props: map[string]*node{
		"ruleId": stringNode, "ruleIndex": indexNode, "rule": anyNode,
		"kind":  {typ: "string", enum: []string{"notApplicable", "pass", "fail", "review", "open", "informational"}},
		"level": levelNode, "message": message, "analysisTarget": artifactLocation,
		"locations": {typ: "array", items: location}, "guid": stringNode, "correlationGuid": stringNode,
		"occurrenceCount": anyNode, "partialFingerprints": anyNode, "fingerprints": anyNode,
		"stacks": anyNode, "codeFlows": anyNode, "graphs": anyNode, "graphTraversals": anyNode,
		"relatedLocations": {typ: "array", items: location}, "suppressions": anyNode,
		"baselineState": anyNode, "rank": anyNode, "attachments": anyNode, "hostedViewerUri": stringNode,
		"workItemUris": anyNode, "provenance": anyNode, "fixes": anyNode, "taxa": anyNode,
		"webRequest": anyNode, "webResponse": anyNode, "properties": propertyBag,
	}}
	run = &node{typ: "object", required: []string{"tool"}, props: map[string]*node{
		"tool": {typ: "object", required: []string{"driver"}, props: map[string]*node{
			"driver": toolComponent, "extensions": anyNode, "properties": propertyBag,
		}},
		"invocations": anyNode, "conversion": anyNode, "language": stringNode, "versionControlProvenance": anyNode,
		"originalUriBaseIds": anyNode, "artifacts": anyNode, "logicalLocations": anyNode, "graphs": anyNode,
		"results": {typ: "array", items: result}, "automationDetails": anyNode, "runAggregates": anyNode,
		"baselineGuid": stringNode, "redactionTokens": anyNode, "defaultEncoding": stringNode,
		"defaultSourceLanguage": stringNode, "newlineSequences": anyNode,
		"columnKind":                     {typ: "string", enum: []string{"utf16CodeUnits", "unicodeCodePoints"}},
		"externalPropertyFileReferences": anyNode, "threadFlowLocations": anyNode, "taxonomies": anyNode,
		"addresses": anyNode, "translations": anyNode, "policies": anyNode, "webRequests": anyNode,
		"webResponses": anyNode, "specialLocations": anyNode, "properties": propertyBag,
	}}
	sarifLogSchema = &node{typ: "object", required: []string{"version", "runs"}, props: map[string]*node{
		"$schema": stringNode, "version": {typ: "string", enum: []string{"2.1.0"}},
		"runs": {typ: "array", items: run}, "inlineExternalProperties": anyNode, "properties": propertyBag,
	}}
)

// validate returns every violation of n by v (decoded with encoding/json).
func validate(n *node, v any, path string) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, a...)) }
	switch n.typ {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			bad("want an object, got %T", v)
			return errs
		}
		for _, k := range n.required {
			if _, ok := obj[k]; !ok {
				bad("missing required property %q", k)
			}
		}
		if n.props == nil {
			return errs
		}
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			p, ok := n.props[k]
			if !ok {
				bad("property %q is not defined by the schema", k)
				continue
			}
			errs = append(errs, validate(p, obj[k], path+"."+k)...)
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			bad("want an array, got %T", v)
			return errs
		}
		for i, e := range arr {
			errs = append(errs, validate(n.items, e, fmt.Sprintf("%s[%d]", path, i))...)
		}
	case "string":
		s, ok := v.(string)
		if !ok {
			bad("want a string, got %T", v)
			return errs
		}
		if n.enum != nil && !contains(n.enum, s) {
			bad("%q is not one of %s", s, strings.Join(n.enum, ", "))
		}
	case "integer":
		f, ok := v.(float64)
		if !ok || f != float64(int64(f)) {
			bad("want an integer, got %v", v)
			return errs
		}
		if n.min != nil && int(f) < *n.min {
			bad("%v is below the minimum %d", f, *n.min)
		}
	}
	return errs
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
