package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dedupe-news/dedupe/compare"
	"github.com/dedupe-news/dedupe/normalize/timex"
	"github.com/dedupe-news/dedupe/policy"
)

// defaultConfig is the configuration file read from the working directory
// when --config is not given.
const defaultConfig = ".dedupe.yaml"

// A configuration file is one YAML document of at most maxConfigSize
// bytes, a mapping of these keys, each optional; an unknown key is an
// error:
//
//	threshold: 0.2
//	fail-on: warning
//	severity: {title: warning}
//	dates: {002_86f6e02b27086648: 2023-09-13}
//	ignore:
//	  - {kind: date, doc: 002_86f6e02b27086648, reason: "undated wire copy"}

// configRule is one entry of ignore, as written.
type configRule struct {
	Kind, Doc, ID, Reason string
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
	data, err := readConfig(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		return &config{}, nil
	}
	if err != nil {
		return nil, err
	}
	return parseConfig(path, data)
}

// readConfig returns the bytes of the configuration file at path, failing
// when there are more than maxConfigSize.
func readConfig(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	over := fmt.Errorf("%s: over the %s limit of a configuration file", path, formatSize(maxConfigSize))
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() && info.Size() > maxConfigSize {
		over = fmt.Errorf("%s: file of %s is over the %s limit of a configuration file", path, formatSize(info.Size()), formatSize(maxConfigSize))
		return nil, over
	}
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, pathError(path, err)
	}
	if len(data) > maxConfigSize {
		return nil, over
	}
	return data, nil
}

// parseConfig decodes and checks the configuration file data; path names
// it in messages, which give the line at fault. Its time is linear in the
// size of data.
func parseConfig(path string, data []byte) (*config, error) {
	raw, err := decodeConfigYAML(path, data)
	if err != nil {
		return nil, err
	}
	c := &config{path: path}
	at := func(line int) string { return path + ":" + strconv.Itoa(max(line, 1)) }
	var errs []error
	if t := raw.threshold; t != nil {
		if err := checkThreshold(*t); err != nil {
			errs = append(errs, fmt.Errorf("%s: threshold %v: must be in (0, 1]", at(raw.line["threshold"]), *t))
		}
		c.threshold = t
	}
	if raw.failOn != "" {
		l, err := parseFailLevel(raw.failOn)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: fail-on %q: want error, warning, info or none", at(raw.line["fail-on"]), raw.failOn))
		}
		c.failOn = &l
	}
	errs = append(errs, c.setSeverities(raw.severity, at)...)
	errs = append(errs, c.setDates(raw.dates, at)...)
	errs = append(errs, c.setRules(raw.ignore, at)...)
	return c, errors.Join(errs...)
}

// setSeverities checks the severities, sorted by kind, and records them
// in c's policy.
func (c *config) setSeverities(severities []entry, at func(int) string) []error {
	var errs []error
	for _, e := range severities {
		k, err := policy.ParseKind(e.key)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: severity: %v", at(e.line), err))
			continue
		}
		s, err := compare.ParseSeverity(e.value)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: severity of %s: %v", at(e.line), e.key, err))
			continue
		}
		if c.policy.Severity == nil {
			c.policy.Severity = make(map[compare.FindingKind]compare.Severity)
		}
		c.policy.Severity[k] = s
	}
	return errs
}

// setDates checks the dates, sorted by document id, and records them in c.
func (c *config) setDates(dates []entry, at func(int) string) []error {
	var errs []error
	for _, e := range dates {
		where := at(e.line)
		d, err := timex.ParseDate(e.value)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: dates: invalid date %q for %s: %v", where, e.value, e.key, err))
			continue
		}
		c.dates = append(c.dates, dateOverride{source: where + ": dates", id: e.key, date: d})
	}
	return errs
}

// setRules checks the ignore rules and records them in c's policy.
func (c *config) setRules(rules []rawRule, at func(int) string) []error {
	var errs []error
	for i, r := range rules {
		rule := policy.Rule{Kind: compare.FindingKind(r.Kind), Doc: r.Doc, ID: r.ID, Reason: strings.TrimSpace(r.Reason), Source: at(r.line)}
		if err := rule.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("%s: ignore rule %d: %v", at(r.line), i+1, err))
			continue
		}
		c.policy.Ignore = append(c.policy.Ignore, rule)
	}
	return errs
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
		errs[i] = fmt.Errorf("%s:%s: %s", path, line, text)
	}
	return errors.Join(errs...)
}

// maxConfigSize is the largest configuration file read, in bytes.
const maxConfigSize = 1 << 20
