package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// SARIFSchema is the URI of the JSON schema the [SARIF] output follows.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifFingerprint is the key of the finding id in a result's
// partialFingerprints.
const sarifFingerprint = "dedupeFindingId/v1"

// SARIF writes rep to w as a SARIF 2.1.0 log that GitHub code scanning
// accepts: one run of the tool "dedupe", one rule per kind of discrepancy
// (every kind dedupe knows, so that a fixed alert can be closed), and one
// result per discrepancy, located at its first mention, with the other
// mentions as related locations. Regions are 1-based lines and columns
// counted in characters, Unicode code points (the run says so in
// columnKind); artifact URIs are the document paths, relative ones kept
// relative, or the files rep.Locations gives. A document located by a URL
// alone has that URL as its artifact, with no region (its lines refer to
// the text dedupe extracted, not to the page) and its title as the
// location's message.
// partialFingerprints carries the finding's stable id. Hidden
// discrepancies are left out (GitHub does not honour SARIF suppressions),
// and the run's properties count them. Control and invisible characters
// in strings are written as \u escapes, those encoding/json leaves as
// they are included.
func SARIF(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(newSARIFLog(rep)); err != nil {
		return err
	}
	_, err = w.Write(escapeJSON(b.Bytes()))
	return err
}

// The SARIF 2.1.0 objects [SARIF] writes: only the properties it sets.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool        `json:"tool"`
		Results    []sarifResult    `json:"results"`
		ColumnKind string           `json:"columnKind"`
		Properties *sarifRunSummary `json:"properties,omitempty"`
	}
	sarifRunSummary struct {
		Hidden int `json:"hiddenDiscrepancies"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string         `json:"id"`
		Name             string         `json:"name"`
		ShortDescription sarifText      `json:"shortDescription"`
		FullDescription  sarifText      `json:"fullDescription"`
		Help             sarifText      `json:"help"`
		Properties       sarifRuleProps `json:"properties"`
	}
	sarifRuleProps struct {
		Tags      []string `json:"tags"`
		Precision string   `json:"precision"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations,omitempty"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	sarifLocation struct {
		ID               int           `json:"id,omitempty"` // 1-based among related locations
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// newSARIFLog converts rep, which must have been prepared.
func newSARIFLog(rep *Report) *sarifLog {
	r := rep.Result
	rules := sarifRules(r.Findings)
	ruleIndex := make(map[string]int, len(rules))
	for i, rule := range rules {
		ruleIndex[rule.ID] = i
	}
	pos := newPositions(r.Documents)
	results := make([]sarifResult, len(r.Findings))
	for i := range r.Findings {
		f := &r.Findings[i]
		results[i] = sarifResult{
			RuleID:              string(f.Kind),
			RuleIndex:           ruleIndex[string(f.Kind)],
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{oneLine(f.Message)},
			PartialFingerprints: map[string]string{sarifFingerprint: findingID(r, i)},
		}
		for j, m := range f.Mentions {
			loc := sarifMentionLocation(rep, pos, m)
			if j == 0 {
				results[i].Locations = []sarifLocation{loc}
				continue
			}
			loc.ID = j
			text := fmt.Sprintf("%s: «%s»%s", r.Documents[r.Claims[m.Claim].Doc].ID, oneLine(m.Text), valueSuffix(m.Value))
			if loc.Message != nil {
				text += ", in " + loc.Message.Text
			}
			loc.Message = &sarifText{text}
			results[i].RelatedLocations = append(results[i].RelatedLocations, loc)
		}
	}
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "dedupe",
			InformationURI: "https://github.com/dedupe-news/dedupe",
			Rules:          rules,
		}},
		Results:    results,
		ColumnKind: "unicodeCodePoints",
	}
	if len(rep.Hidden) > 0 {
		run.Properties = &sarifRunSummary{Hidden: len(rep.Hidden)}
	}
	return &sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}
}

// valueSuffix returns " = value", or "" when value is empty.
func valueSuffix(value string) string {
	if value == "" {
		return ""
	}
	return " = " + value
}

// sarifMentionLocation locates mention m: the file of its document and
// the region of its span, or its document's URL and title.
func sarifMentionLocation(rep *Report, pos positions, m compare.FindingMention) sarifLocation {
	r := rep.Result
	d := r.Claims[m.Claim].Doc
	doc := &r.Documents[d]
	loc := rep.locationOf(doc)
	if loc.File == "" {
		if uri, ok := webURI(loc.URL); ok {
			out := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri}}}
			if title := docTitle(doc); title != "" {
				out.Message = &sarifText{"«" + title + "»"}
			}
			return out
		}
		loc.File = doc.Path
	}
	startLine, startCol := pos.runeAt(d, m.Start)
	endLine, endCol := pos.runeAt(d, m.End)
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifact{URI: artifactURI(loc.File)},
		Region:           &sarifRegion{StartLine: startLine, StartColumn: startCol, EndLine: endLine, EndColumn: endCol},
	}}
}

// webURI returns s, an http or https URL with a host, as an absolute URI
// reference, characters a URI cannot hold percent-encoded; ok is false
// for anything else.
func webURI(s string) (uri string, ok bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	u.User = nil // never shown: it may hold a password
	return u.String(), true
}

// artifactURI turns a file path into a URI reference: a relative path
// stays relative (GitHub resolves it against the repository root), an
// absolute one becomes a file URI. Characters a URI cannot hold are
// percent-encoded.
func artifactURI(path string) string {
	slashed := filepath.ToSlash(path)
	if !filepath.IsAbs(path) {
		return (&url.URL{Path: slashed}).String()
	}
	if !strings.HasPrefix(slashed, "/") {
		slashed = "/" + slashed // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: slashed}).String()
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s compare.Severity) string {
	switch s {
	case compare.Error:
		return "error"
	case compare.Warning:
		return "warning"
	}
	return "note"
}

// sarifRules returns one rule per kind dedupe knows and per other kind
// found among findings, sorted by id.
func sarifRules(findings []compare.Finding) []sarifRule {
	kinds := compare.Kinds()
	for _, f := range findings {
		if !slices.Contains(kinds, f.Kind) {
			kinds = append(kinds, f.Kind)
		}
	}
	slices.Sort(kinds)
	rules := make([]sarifRule, len(kinds))
	for i, k := range kinds {
		short := kindDescription(k)
		rules[i] = sarifRule{
			ID:               string(k),
			Name:             ruleName(k),
			ShortDescription: sarifText{short},
			FullDescription:  sarifText{short + " dedupe found claims in several articles that report the same thing but disagree on the " + string(k) + "."},
			Help: sarifText{"Check what each source says and correct the article that is wrong. " +
				"A difference that is known and accepted can be kept out of later runs with a baseline (dedupe --write-baseline FILE, then --baseline FILE) " +
				"or an ignore rule with a reason in .dedupe.yaml."},
			Properties: sarifRuleProps{Tags: []string{"dedupe", "discrepancy", string(k)}, Precision: "medium"},
		}
	}
	return rules
}

// ruleName returns the PascalCase name of the rule for kind k:
// "DateDiscrepancy".
func ruleName(k compare.FindingKind) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(string(k), func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String() + "Discrepancy"
}

// kindDescription is the registry's one line on kind k.
func kindDescription(k compare.FindingKind) string {
	if info, ok := compare.Describe(k); ok {
		return info.Doc
	}
	return "Sources disagree on the " + string(k) + "."
}
