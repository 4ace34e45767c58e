package compare

import (
	"fmt"

	"github.com/dedupe-news/dedupe/normalize"
)

// Severity ranks findings. The zero value is Info.
type Severity uint8

// Severities, least severe first.
const (
	Info    Severity = iota // unresolved, or only a difference of precision
	Warning                 // a hedge, an approximation or an uncertain alignment
	Error                   // sources assert incompatible values
)

// String returns "info", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "info"
}

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return 0, fmt.Errorf("invalid severity %q: want error, warning or info", s)
}

// FindingKind names what a finding is about.
type FindingKind string

// Finding kinds.
const (
	KindDate        FindingKind = "date"
	KindNumber      FindingKind = "number"
	KindPlace       FindingKind = "place"
	KindTitle       FindingKind = "title"
	KindAttribution FindingKind = "attribution"
	KindActor       FindingKind = "actor"
	KindModality    FindingKind = "modality"
	KindDuration    FindingKind = "duration"
	KindUpdate      FindingKind = "update"
)

// Finding is one discrepancy between sources, with its evidence.
type Finding struct {
	ID       string // stable: derived from the documents, the slot and the values
	Kind     FindingKind
	Severity Severity
	Message  string
	Cluster  string // the cluster id, "" when the claims sit in none
	Mentions []FindingMention
}

// FindingMention is one side of a discrepancy: the expression, where it is
// and what it means.
type FindingMention struct {
	Claim int // index into Result.Claims
	normalize.Span
	Text  string
	Value string // the normalized value, "" when none
}
