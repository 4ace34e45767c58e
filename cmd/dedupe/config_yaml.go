package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The yaml package's decoder checks a mapping for duplicate keys by
// comparing every key with every other, which is quadratic in keys; so a
// configuration is decoded here, from the parsed nodes, with the yaml
// package decoding only single scalars. Every node is visited once (a
// mapping or list reached again through an alias is not decoded again).

// Names of what a node should be, in messages.
const (
	intoConfig = "the configuration (a mapping of keys)"
	intoRule   = "an ignore rule (a mapping of keys)"
	intoRules  = "a list of ignore rules"
	intoDates  = "a mapping of document ids to dates"
	intoLevels = "a mapping of kinds to severities"
	intoKey    = "a key"
	intoString = "string"
	intoFloat  = "float64"
)

// entry is one key and value of a configuration mapping, where it is.
type entry struct {
	key, value string
	line       int // the value's
}

// rawConfig is a configuration file as written, decoded from its nodes:
// each field is set only when its key is there. line gives the line of
// the value of each key present.
type rawConfig struct {
	threshold *float64
	failOn    string
	severity  []entry
	dates     []entry
	ignore    []rawRule
	line      map[string]int
}

// rawRule is one entry of ignore, with its line.
type rawRule struct {
	configRule
	line int
}

// configDecoder decodes the nodes of one configuration file, collecting
// every problem found.
type configDecoder struct {
	path  string
	errs  []error
	rules map[*yaml.Node]*configRule // rules decoded, for aliases to them
}

// decodeConfigYAML parses data, which must be at most one YAML document,
// and decodes it. Errors name path and the line.
func decodeConfigYAML(path string, data []byte) (*rawConfig, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return &rawConfig{}, nil
	} else if err != nil {
		return nil, yamlError(path, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, fmt.Errorf("%s:%d: a second YAML document (after ---): a configuration file holds one", path, max(next.Line, 1))
	case !errors.Is(err, io.EOF):
		return nil, fmt.Errorf("%w, in a second YAML document (after ---): a configuration file holds one", yamlError(path, err))
	}
	d := &configDecoder{path: path, rules: make(map[*yaml.Node]*configRule)}
	raw := d.top(&doc)
	return raw, errors.Join(d.errs...)
}

// failf records a problem at node n.
func (d *configDecoder) failf(n *yaml.Node, format string, args ...any) {
	d.errs = append(d.errs, fmt.Errorf("%s:%d: %s", d.path, max(n.Line, 1), fmt.Sprintf(format, args...)))
}

// wrongKind records that n is not what it should be, in the words of the
// yaml package: "cannot unmarshal !!seq into float64".
func (d *configDecoder) wrongKind(n *yaml.Node, into string) {
	what := n.ShortTag()
	if n.Kind == yaml.ScalarNode {
		v := n.Value
		if len(v) > 10 {
			v = v[:7] + "..."
		}
		what += " `" + v + "`"
	}
	d.failf(n, "cannot unmarshal %s into %s", what, into)
}

// unalias returns the node an alias stands for, or n.
func unalias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		return unalias(n.Content[0])
	}
	return n
}

// isNull reports whether n is an empty or null value.
func isNull(n *yaml.Node) bool {
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// scalar decodes n, which should be a scalar, into out (a *string or
// *float64); into names out's type in messages. It reports whether it did.
func (d *configDecoder) scalar(n *yaml.Node, out any, into string) bool {
	n = unalias(n)
	if n.Kind != yaml.ScalarNode {
		d.wrongKind(n, into)
		return false
	}
	if err := n.Decode(out); err != nil {
		d.errs = append(d.errs, yamlError(d.path, err))
		return false
	}
	return true
}

// keyValue is one key of a mapping and its value.
type keyValue struct {
	key         string
	node, value *yaml.Node // the key's node and the value's
}

// mapping returns the keys and values of n, which should be a mapping
// (null is an empty one), checking that its keys are strings, each once;
// into names what n should be in messages. ok is false when n is not a
// mapping.
func (d *configDecoder) mapping(n *yaml.Node, into string) (pairs []keyValue, ok bool) {
	n = unalias(n)
	if isNull(n) {
		return nil, true
	}
	if n.Kind != yaml.MappingNode {
		d.wrongKind(n, into)
		return nil, false
	}
	first := make(map[string]int, len(n.Content)/2) // line of each key
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			d.failf(k, "merge keys (<<) are not supported in a configuration")
			continue
		}
		var key string
		if !d.scalar(k, &key, intoKey) {
			continue
		}
		if line, dup := first[key]; dup {
			d.failf(k, "mapping key %q already defined at line %d", key, line)
			continue
		}
		first[key] = k.Line
		pairs = append(pairs, keyValue{key: key, node: k, value: n.Content[i+1]})
	}
	return pairs, true
}

// top decodes the document node doc.
func (d *configDecoder) top(doc *yaml.Node) *rawConfig {
	raw := &rawConfig{line: make(map[string]int)}
	pairs, _ := d.mapping(doc, intoConfig)
	for _, p := range pairs {
		v := p.value
		raw.line[p.key] = v.Line
		switch p.key {
		case "threshold":
			var t float64
			if d.scalar(v, &t, intoFloat) {
				raw.threshold = &t
			}
		case "fail-on":
			d.scalar(v, &raw.failOn, intoString)
		case "severity":
			raw.severity = d.entries(v, intoLevels)
		case "dates":
			raw.dates = d.entries(v, intoDates)
		case "ignore":
			raw.ignore = d.ruleList(v)
		default:
			d.failf(p.node, "unknown key %q", p.key)
		}
	}
	return raw
}

// entries decodes n, a mapping of strings to strings, sorted by key.
func (d *configDecoder) entries(n *yaml.Node, into string) []entry {
	pairs, _ := d.mapping(n, into)
	out := make([]entry, 0, len(pairs))
	for _, p := range pairs {
		e := entry{key: p.key, line: p.value.Line}
		if d.scalar(p.value, &e.value, intoString) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	return out
}

// ruleList decodes n, the list of ignore rules.
func (d *configDecoder) ruleList(n *yaml.Node) []rawRule {
	n = unalias(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.wrongKind(n, intoRules)
		return nil
	}
	out := make([]rawRule, 0, len(n.Content))
	for _, item := range n.Content {
		if r := d.rule(unalias(item)); r != nil {
			out = append(out, rawRule{configRule: *r, line: item.Line})
		}
	}
	return out
}

// rule decodes n, one ignore rule; nil when it is not a mapping. A rule
// reached again through an alias is the one decoded the first time, its
// problems reported once.
func (d *configDecoder) rule(n *yaml.Node) *configRule {
	if r, done := d.rules[n]; done {
		return r
	}
	d.rules[n] = nil
	pairs, ok := d.mapping(n, intoRule)
	if !ok {
		return nil
	}
	r := new(configRule)
	fields := map[string]*string{"kind": &r.Kind, "doc": &r.Doc, "id": &r.ID, "reason": &r.Reason}
	for _, p := range pairs {
		field, known := fields[p.key]
		if !known {
			d.failf(p.node, "unknown key %q", p.key)
			continue
		}
		d.scalar(p.value, field, intoString)
	}
	d.rules[n] = r
	return r
}
