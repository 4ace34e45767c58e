package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/policy"
)

// defaultConfig is the configuration file read from the working directory
// when --config is not given.
const defaultConfig = ".dedupe.yaml"

// configFile is the YAML of a configuration file, as written. Every key
// is optional; an unknown key is an error.
//
//	threshold: 0.2
//	fail-on: warning
//	severity: {title: warning}
//	dates: {002_86f6e02b27086648: 2023-09-13}
//	ignore:
//	  - {kind: date, doc: 002_86f6e02b27086648, reason: "undated wire copy"}
type configFile struct {
	Threshold *float64          `yaml:"threshold"`
	FailOn    string            `yaml:"fail-on"`
	Severity  map[string]string `yaml:"severity"`
	Dates     map[string]string `yaml:"dates"`
	Ignore    []configRule      `yaml:"ignore"`
}

// configRule is one entry of ignore.
type configRule struct {
	Kind   string `yaml:"kind"`
	Doc    string `yaml:"doc"`
	ID     string `yaml:"id"`
	Reason string `yaml:"reason"`
}

// config is a configuration file, checked.
type config struct {
	path      string   // "" when there was no file
	threshold *float64 // nil when not set
	failOn    *failLevel
	dates     []dateOverride
	policy    policy.Policy // severities and ignore rules
}

// loadConfig reads the configuration file at path, or .dedupe.yaml in the
// working directory when path is "" (no file there is no configuration).
func loadConfig(path string) (*config, error) {
	explicit := path != ""
	if !explicit {
		path = defaultConfig
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return &config{}, nil
	}
	if err != nil {
		return nil, pathError(path, err)
	}
	return parseConfig(path, data)
}

// parseConfig decodes and checks the configuration file data; path names
// it in messages, which give the line at fault.
func parseConfig(path string, data []byte) (*config, error) {
	var raw configFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlError(path, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(path, err)
	}
	c := &config{path: path}
	at := func(keys ...any) string { return path + ":" + strconv.Itoa(nodeLine(&root, keys...)) }
	var errs []error
	if t := raw.Threshold; t != nil {
		if err := checkThreshold(*t); err != nil {
			errs = append(errs, fmt.Errorf("%s: threshold %v: must be in (0, 1]", at("threshold"), *t))
		}
		c.threshold = t
	}
	if raw.FailOn != "" {
		l, err := parseFailLevel(raw.FailOn)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: fail-on %q: want error, warning, info or none", at("fail-on"), raw.FailOn))
		}
		c.failOn = &l
	}
	errs = append(errs, c.setSeverities(raw.Severity, at)...)
	errs = append(errs, c.setDates(raw.Dates, at)...)
	errs = append(errs, c.setRules(raw.Ignore, at)...)
	return c, errors.Join(errs...)
}

// setSeverities checks the severity map and records it in c's policy.
func (c *config) setSeverities(m map[string]string, at func(...any) string) []error {
	var errs []error
	for _, kind := range slices.Sorted(maps.Keys(m)) {
		k, err := policy.ParseKind(kind)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: severity: %v", at("severity", kind), err))
			continue
		}
		s, err := compare.ParseSeverity(m[kind])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: severity of %s: %v", at("severity", kind), kind, err))
			continue
		}
		if c.policy.Severity == nil {
			c.policy.Severity = make(map[compare.FindingKind]compare.Severity)
		}
		c.policy.Severity[k] = s
	}
	return errs
}

// setDates checks the dates map and records it in c.
func (c *config) setDates(m map[string]string, at func(...any) string) []error {
	var errs []error
	for _, id := range slices.Sorted(maps.Keys(m)) {
		where := at("dates", id)
		d, err := normalize.ParseDate(m[id])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: dates: invalid date %q for %s: %v", where, m[id], id, err))
			continue
		}
		c.dates = append(c.dates, dateOverride{source: where + ": dates", id: id, date: d})
	}
	return errs
}

// setRules checks the ignore rules and records them in c's policy.
func (c *config) setRules(rules []configRule, at func(...any) string) []error {
	var errs []error
	for i, r := range rules {
		rule := policy.Rule{Kind: compare.FindingKind(r.Kind), Doc: r.Doc, ID: r.ID, Reason: strings.TrimSpace(r.Reason)}
		if err := rule.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("%s: ignore rule %d: %v", at("ignore", i), i+1, err))
			continue
		}
		c.policy.Ignore = append(c.policy.Ignore, rule)
	}
	return errs
}

// nodeLine returns the line of the value reached from root by keys
// (mapping keys as strings, sequence indices as ints), or of the deepest
// node found on the way; 1 for an empty document.
func nodeLine(root *yaml.Node, keys ...any) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, k := range keys {
		next := childNode(n, k)
		if next == nil {
			break
		}
		n = next
	}
	return max(n.Line, 1)
}

// childNode returns the value under key k of mapping n, or item k of
// sequence n; nil when there is none.
func childNode(n *yaml.Node, k any) *yaml.Node {
	switch k := k.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && k < len(n.Content) {
			return n.Content[k]
		}
	}
	return nil
}

// yamlError rewrites an error of the yaml package as "path:line: message",
// one line per problem, unknown keys named as such.
func yamlError(path string, err error) error {
	yamlLine := regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	yamlUnknownField := regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	var msgs []string
	if te := (*yaml.TypeError)(nil); errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	errs := make([]error, len(msgs))
	for i, msg := range msgs {
		m := yamlLine.FindStringSubmatch(msg)
		if m == nil {
			errs[i] = fmt.Errorf("%s: %s", path, strings.TrimPrefix(msg, "yaml: "))
			continue
		}
		line, text := m[1], m[2]
		if u := yamlUnknownField.FindStringSubmatch(text); u != nil {
			text = fmt.Sprintf("unknown key %q", u[1])
		}
		text = strings.NewReplacer("main.configFile", "the configuration (a mapping of keys)",
			"main.configRule", "an ignore rule (a mapping of keys)").Replace(text)
		errs[i] = fmt.Errorf("%s:%s: %s", path, line, text)
	}
	return errors.Join(errs...)
}
