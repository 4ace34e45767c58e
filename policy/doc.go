// Package policy decides which findings of a comparison a run reports, and
// how severe each is: severity overrides and ignore rules from the
// configuration file, and a baseline of findings already known.
//
// It exists so that neither side of it has to know about users' choices:
// compare reports every discrepancy it finds, report prints what it is
// given, and the command applies a [Policy] in between. A [Policy] is a
// plain value; [Policy.Apply] does not modify the result it is given and
// is safe for concurrent use.
package policy
