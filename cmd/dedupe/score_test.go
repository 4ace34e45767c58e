package main

// A Go port of the reference scorer ../shared/dev/score.py (its semantics
// are described in ../shared/dev/README.md): it scores a `dedupe --format
// json` report against a gold file (testdata/gold/seeds.json or
// ../shared/dev/events/gold.json). Where the Python reads a key that may be
// missing, the port reads it the same way (a mention without a start
// matches no claim, a value that is null reads "None" where Python calls
// str on it); the SUMMARY line it prints is score.py's, byte for byte.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// scoreReport is the part of a JSON report the scorer reads.
type scoreReport struct {
	Claims        []scoreClaim       `json:"claims"`
	Clusters      []scoreCluster     `json:"clusters"`
	Discrepancies []scoreDiscrepancy `json:"discrepancies"`
}

// scoreClaim is one sentence of the report. Sentence, absent from the
// current report, is read as score.py reads it: when claims carry one, it
// groups the clauses of one sentence.
type scoreClaim struct {
	ID       string          `json:"id"`
	Doc      string          `json:"doc"`
	Kind     string          `json:"kind"`
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Text     string          `json:"text"`
	Sentence json.RawMessage `json:"sentence,omitempty"`
}

// scoreCluster is a reported cluster: its id and its claims.
type scoreCluster struct {
	ID     string   `json:"id"`
	Claims []string `json:"claims"`
}

// scoreDiscrepancy is a reported finding.
type scoreDiscrepancy struct {
	ID       string         `json:"id"`
	Kind     string         `json:"kind"`
	Severity string         `json:"severity"`
	Message  string         `json:"message"`
	Mentions []scoreMention `json:"mentions"`
}

// scoreMention is one side of a reported finding. Start is -1 when the
// JSON has none, as m.get("start", -1) in score.py.
type scoreMention struct {
	Doc   string  `json:"doc"`
	Claim string  `json:"claim"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value pyValue `json:"value"`
}

// UnmarshalJSON reads a mention, with start -1 when it is missing.
func (m *scoreMention) UnmarshalJSON(b []byte) error {
	type plain scoreMention
	p := plain{Start: -1}
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*m = scoreMention(p)
	return nil
}

// pyValue is a mention's value as the raw JSON, nil when the key is
// absent, so that it reads as Python reads m.get("value").
type pyValue struct{ raw json.RawMessage }

// UnmarshalJSON keeps the raw value (null included).
func (v *pyValue) UnmarshalJSON(b []byte) error {
	v.raw = append(json.RawMessage(nil), b...)
	return nil
}

// MarshalJSON writes the raw value back (null when absent).
func (v pyValue) MarshalJSON() ([]byte, error) {
	if v.raw == nil {
		return []byte("null"), nil
	}
	return v.raw, nil
}

// strValue is a mention value holding the string s.
func strValue(s string) pyValue {
	b, _ := json.Marshal(s)
	return pyValue{raw: b}
}

// str is Python's str(m.get("value", "")): "" when absent, "None" for
// null, the string itself, or the JSON text of a number.
func (v pyValue) str() string {
	switch {
	case v.raw == nil:
		return ""
	case string(v.raw) == "null":
		return "None"
	case string(v.raw) == "true":
		return "True"
	case string(v.raw) == "false":
		return "False"
	}
	var s string
	if json.Unmarshal(v.raw, &s) == nil {
		return s
	}
	return string(v.raw)
}

// key is score.py's vkey(v): str(v or "").strip().lstrip("≥≤<>~").
func (v pyValue) key() string {
	s := v.str()
	switch string(v.raw) {
	case "", "null", "false", "0", `""`:
		s = ""
	}
	if f, err := strconv.ParseFloat(string(v.raw), 64); err == nil && f == 0 {
		s = ""
	}
	return strings.TrimLeft(strings.TrimFunc(s, pyIsSpace), "≥≤<>~")
}

// pyIsSpace is Python's str.isspace for one character (and the \s of its
// regular expressions): Go's unicode.IsSpace plus the separators 0x1c-0x1f.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// scoreGold is a gold file.
type scoreGold struct {
	Claims        map[string]goldSpot `json:"claims"`
	Nonclaims     map[string]goldSpot `json:"nonclaims"`
	Clusters      []goldCluster       `json:"clusters"`
	Discrepancies goldDiscrepancies   `json:"discrepancies"`
	Events        []goldEvent         `json:"events"`
}

// goldSpot is a gold claim or non-claim: the byte of its document it sits on.
type goldSpot struct {
	Doc   string `json:"doc"`
	Quote string `json:"quote"`
	Byte  int    `json:"byte"`
}

// goldCluster is a gold cluster of claims: tight (core) and loose members.
type goldCluster struct {
	ID    string   `json:"id"`
	Tight []string `json:"tight"`
	Loose []string `json:"loose"`
}

// goldDiscrepancies are the gold's disagreements by level.
type goldDiscrepancies struct {
	Must      []goldItem    `json:"must"`
	Should    []goldItem    `json:"should"`
	TrueOther []goldItem    `json:"true_other"`
	MustNot   []goldMustNot `json:"must_not"`
}

// goldItem is a real disagreement. Dates, when truthy, marks an item that
// needs a run with a dated document (score.py's --dated), which this
// port never makes: the item is "not run".
type goldItem struct {
	ID       string          `json:"id"`
	Kind     string          `json:"kind"`
	Mentions []goldMention   `json:"mentions"`
	Dates    json.RawMessage `json:"dates"`
}

// goldMention is one side of a gold item; Value is nil when not given.
type goldMention struct {
	Doc   string  `json:"doc"`
	Quote string  `json:"quote"`
	Byte  int     `json:"byte"`
	Claim string  `json:"claim"`
	Value *string `json:"value"`
}

// goldMustNot is a pair of claim sets a finding must not set against each
// other. Kinds nil means any kind (the key is absent).
type goldMustNot struct {
	ID          string     `json:"id"`
	Kinds       []string   `json:"kinds"`
	ExceptKinds []string   `json:"except_kinds"`
	Between     [][]string `json:"between"`
}

// goldEvent is one event of the development corpus and its documents.
type goldEvent struct {
	Event     string   `json:"event"`
	Documents []string `json:"documents"`
}

// loadScoreJSON decodes the JSON file at path into v.
func loadScoreJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// pyTruthy is Python's bool() of a JSON value (false when absent).
func pyTruthy(raw json.RawMessage) bool {
	switch string(bytes.TrimSpace(raw)) {
	case "", "null", "false", "0", `""`, "[]", "{}":
		return false
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	return err != nil || f != 0
}

// docOf is the document part of a gold claim id (a.split(".")[0]).
func docOf(id string) string {
	d, _, _ := strings.Cut(id, ".")
	return d
}

// kindFamilies are the families of kinds: a finding answers an item of
// its own family (a duration or an update is a kind of number).
var kindFamilies = [][]string{
	{"number", "quantity", "duration", "update", "age"}, {"date", "time"}, {"place", "location"},
	{"title", "person"}, {"attribution"}, {"actor"}, {"modality"},
}

// sameFamily reports whether kinds a and b are of one family; a missing
// kind matches any.
func sameFamily(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	for _, f := range kindFamilies {
		if contains(f, a) && contains(f, b) {
			return true
		}
	}
	return false
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// endsSentence is score.py's re.search(r"[.?!…][\"»”’')\]]*\s*$", text).
func endsSentence(text string) bool {
	t := strings.TrimRightFunc(text, pyIsSpace)
	t = strings.TrimRight(t, "\"»”’')]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") ||
		strings.HasSuffix(t, "!") || strings.HasSuffix(t, "…")
}

// scorer holds a gold file, a report and the indexes score.py builds.
type scorer struct {
	gold   *scoreGold
	rep    *scoreReport
	byDoc  map[string][]*scoreClaim // report order
	gmap   map[string]string        // gold claim -> tool claim; absent when not located
	toGold map[string][]string      // doc + "\x00" + tool claim -> gold claims it holds
	member map[string]map[string]bool
	groups map[string][]string
}

// newScorer indexes rep against gold.
func newScorer(gold *scoreGold, rep *scoreReport) *scorer {
	s := &scorer{gold: gold, rep: rep, byDoc: map[string][]*scoreClaim{}, gmap: map[string]string{},
		toGold: map[string][]string{}, member: map[string]map[string]bool{}}
	for i := range rep.Claims {
		c := &rep.Claims[i]
		s.byDoc[c.Doc] = append(s.byDoc[c.Doc], c)
	}
	for _, gid := range sortedKeys(gold.Claims) {
		g := gold.Claims[gid]
		if t, ok := s.findClaim(g.Doc, g.Byte); ok {
			s.gmap[gid] = t
			s.toGold[g.Doc+"\x00"+t] = append(s.toGold[g.Doc+"\x00"+t], gid)
		}
	}
	for _, k := range rep.Clusters {
		for _, cid := range k.Claims {
			if s.member[cid] == nil {
				s.member[cid] = map[string]bool{}
			}
			s.member[cid][k.ID] = true
		}
	}
	s.groups = sentenceGroups(rep)
	return s
}

// sortedKeys are the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// findClaim is the first claim of doc, in report order, whose span holds byte.
func (s *scorer) findClaim(doc string, byte int) (string, bool) {
	for _, c := range s.byDoc[doc] {
		if c.Start <= byte && byte < c.End {
			return c.ID, true
		}
	}
	return "", false
}

// sentenceGroups maps a claim id to the ids of the claims of its sentence:
// by the claims' sentence field when they carry one, otherwise a claim
// continues the previous one of its document when both are of kind claim
// and that one does not end a sentence.
func sentenceGroups(rep *scoreReport) map[string][]string {
	byDoc := map[string][]*scoreClaim{}
	var docs []string
	for i := range rep.Claims {
		c := &rep.Claims[i]
		if byDoc[c.Doc] == nil {
			docs = append(docs, c.Doc)
		}
		byDoc[c.Doc] = append(byDoc[c.Doc], c)
	}
	group := map[string][]string{}
	for _, doc := range docs {
		cs := append([]*scoreClaim(nil), byDoc[doc]...)
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Start < cs[j].Start })
		var cur []string
		flush := func() {
			for _, id := range cur {
				group[id] = cur
			}
		}
		for i, c := range cs {
			same := false
			if c.Sentence != nil {
				same = i > 0 && bytes.Equal(rawOrNull(cs[i-1].Sentence), c.Sentence)
			} else if i > 0 {
				prev := cs[i-1]
				same = prev.Kind == "claim" && c.Kind == "claim" && !endsSentence(prev.Text)
			}
			if !same {
				flush()
				cur = nil
			}
			cur = append(cur, c.ID)
		}
		flush()
	}
	return group
}

// rawOrNull is raw, or null when absent (Python's c.get("sentence")).
func rawOrNull(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return json.RawMessage("null")
	}
	return raw
}

// clustersOf is score.py's ks(t): the clusters of the claims of t's
// sentence (of t alone when clause is set).
func (s *scorer) clustersOf(t string, clause bool) map[string]bool {
	ids, ok := s.groups[t]
	if clause || !ok {
		ids = []string{t}
	}
	out := map[string]bool{}
	for _, id := range ids {
		for k := range s.member[id] {
			out[k] = true
		}
	}
	return out
}

// toolPos is score.py's tool_pos: the report links gold claims a and b
// (one claim holds both, or their sentences share a cluster).
func (s *scorer) toolPos(a, b string, clause bool) bool {
	ta, oka := s.gmap[a]
	tb, okb := s.gmap[b]
	if !oka || !okb {
		return false
	}
	if ta == tb {
		return true
	}
	kb := s.clustersOf(tb, clause)
	for k := range s.clustersOf(ta, clause) {
		if kb[k] {
			return true
		}
	}
	return false
}

// scorePair is a pair of gold claims of two documents, a < b.
type scorePair struct{ a, b string }

// goldPairs are the cross-document pairs of the gold clusters: all of them
// (tight and loose members) and the core ones (both tight).
func goldPairs(gold *scoreGold) (core, all map[scorePair]bool) {
	core, all = map[scorePair]bool{}, map[scorePair]bool{}
	for _, c := range gold.Clusters {
		set := map[string]bool{}
		for _, id := range append(append([]string(nil), c.Tight...), c.Loose...) {
			set[id] = true
		}
		ms := sortedKeys(set)
		for i, a := range ms {
			for _, b := range ms[i+1:] {
				if docOf(a) == docOf(b) {
					continue
				}
				all[scorePair{a, b}] = true
				if contains(c.Tight, a) && contains(c.Tight, b) {
					core[scorePair{a, b}] = true
				}
			}
		}
	}
	return core, all
}

// pairScores are the pair measures of a report.
type pairScores struct {
	TP, FP                int
	CorePairs, AllPairs   int
	Precision, RecallCore float64
	RecallAll, F1         float64
	Located, Claims       int
	Missing, BadNonclaims []string
}

// recall is the share of pairs the report links.
func (s *scorer) recall(pairs map[scorePair]bool, clause bool) float64 {
	if len(pairs) == 0 {
		return 0
	}
	n := 0
	for p := range pairs {
		if s.toolPos(p.a, p.b, clause) {
			n++
		}
	}
	return float64(n) / float64(len(pairs))
}

// pairs measures claims located, pair precision, recall and F1 over
// cross-document pairs of gold claims, and the non-claims in clusters.
func (s *scorer) pairs(clause bool) pairScores {
	var ps pairScores
	ids := sortedKeys(s.gold.Claims)
	ps.Claims = len(ids)
	for _, id := range ids {
		if _, ok := s.gmap[id]; !ok {
			ps.Missing = append(ps.Missing, id)
		}
	}
	ps.Located = ps.Claims - len(ps.Missing)
	core, all := goldPairs(s.gold)
	ps.CorePairs, ps.AllPairs = len(core), len(all)
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			if docOf(a) == docOf(b) || !s.toolPos(a, b, clause) {
				continue
			}
			if all[scorePair{a, b}] {
				ps.TP++
			} else {
				ps.FP++
			}
		}
	}
	if ps.TP+ps.FP > 0 {
		ps.Precision = float64(ps.TP) / float64(ps.TP+ps.FP)
	}
	ps.RecallAll, ps.RecallCore = s.recall(all, clause), s.recall(core, clause)
	if ps.Precision+ps.RecallAll > 0 {
		ps.F1 = 2 * ps.Precision * ps.RecallAll / (ps.Precision + ps.RecallAll)
	}
	ps.BadNonclaims = s.badNonclaims()
	return ps
}

// badNonclaims are the gold non-claims whose claim joins a cluster that
// spans more than one document.
func (s *scorer) badNonclaims() []string {
	var bad []string
	for _, nid := range sortedKeys(s.gold.Nonclaims) {
		g := s.gold.Nonclaims[nid]
		t, ok := s.findClaim(g.Doc, g.Byte)
		if !ok {
			continue
		}
		docs := map[string]bool{}
		for _, k := range s.rep.Clusters {
			if !contains(k.Claims, t) {
				continue
			}
			for _, c := range s.rep.Claims {
				if contains(k.Claims, c.ID) {
					docs[c.Doc] = true
				}
			}
		}
		if len(docs) > 1 {
			bad = append(bad, nid)
		}
	}
	return bad
}

// heldMention is a mention of a finding with the gold claims its claim holds.
type heldMention struct {
	gids map[string]bool
	m    scoreMention
}

// discClaims is score.py's disc_claims: each mention of d with the gold
// claims held by the report claim its start falls in.
func (s *scorer) discClaims(d scoreDiscrepancy) []heldMention {
	out := make([]heldMention, 0, len(d.Mentions))
	for _, m := range d.Mentions {
		gids := map[string]bool{}
		if t, ok := s.findClaim(m.Doc, m.Start); ok {
			for _, g := range s.toGold[m.Doc+"\x00"+t] {
				gids[g] = true
			}
		}
		out = append(out, heldMention{gids, m})
	}
	return out
}

// finds reports whether finding d finds gold item: it is of the item's
// family and sets mentions of two of its documents against each other,
// with two different gold values where the gold gives them.
func (s *scorer) finds(item goldItem, d scoreDiscrepancy) bool {
	if !sameFamily(d.Kind, item.Kind) {
		return false
	}
	need := map[string]*string{}
	for _, m := range item.Mentions {
		if _, ok := need[m.Claim]; !ok {
			need[m.Claim] = m.Value
		}
	}
	hit := map[string]*string{}
	for _, hm := range s.discClaims(d) {
		for g := range hm.gids {
			v, ok := need[g]
			if ok && (v == nil || strings.HasPrefix(hm.m.Value.key(), *v)) {
				hit[g] = v
			}
		}
	}
	docs, vals, anyNil := map[string]bool{}, map[string]bool{}, false
	for g, v := range hit {
		docs[docOf(g)] = true
		if v == nil {
			anyNil = true
		} else {
			vals[*v] = true
		}
	}
	return len(docs) >= 2 && (len(vals) >= 2 || anyNil)
}

// firstFinding is score.py's matches: the first finding of the report
// that finds item, or -1.
func (s *scorer) firstFinding(item goldItem) int {
	for i, d := range s.rep.Discrepancies {
		if s.finds(item, d) {
			return i
		}
	}
	return -1
}

// violates reports whether d, an error or a warning of a kind n covers,
// sets a mention of one side of n against one of the other with another
// value.
func (s *scorer) violates(n goldMustNot, d scoreDiscrepancy) bool {
	if d.Severity != "error" && d.Severity != "warning" {
		return false
	}
	if (n.Kinds != nil && !contains(n.Kinds, d.Kind)) || contains(n.ExceptKinds, d.Kind) {
		return false
	}
	if len(n.Between) < 2 {
		return false
	}
	va, vb := map[string]bool{}, map[string]bool{}
	for _, hm := range s.discClaims(d) {
		for g := range hm.gids {
			if contains(n.Between[0], g) {
				va[hm.m.Value.key()] = true
			}
		}
		for g := range hm.gids {
			if contains(n.Between[1], g) {
				vb[hm.m.Value.key()] = true
			}
		}
	}
	if len(va) == 0 || len(vb) == 0 {
		return false
	}
	return !sameSet(va, vb) || len(va) > 1 || va[""]
}

// sameSet reports whether a and b hold the same strings.
func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// explains reports whether true gold item it explains finding d: of one
// family, two of its documents' mentions fall in the item's claims, with
// the item's values where it gives them.
func (s *scorer) explains(it goldItem, d scoreDiscrepancy) bool {
	if !sameFamily(d.Kind, it.Kind) {
		return false
	}
	hit := map[string]bool{}
	for _, gm := range it.Mentions {
		for _, hm := range s.discClaims(d) {
			if !hm.gids[gm.Claim] {
				continue
			}
			if gm.Value == nil || *gm.Value == "" ||
				strings.HasPrefix(strings.TrimLeft(hm.m.Value.str(), "≥≤<>~"), *gm.Value) {
				hit[gm.Claim] = true
			}
		}
	}
	docs := map[string]bool{}
	for h := range hit {
		docs[docOf(h)] = true
	}
	return len(docs) >= 2
}

// itemOutcome is how a report answers one must or should item: Finding is
// the index of the first finding that finds it, -1 when none; NotRun marks
// a should item that needs a dated run.
type itemOutcome struct {
	ID, Kind string
	Finding  int
	NotRun   bool
}

// findingOutcome is why one reported finding counts: the gold items it
// finds ("must AM1"), those that explain it ("true_other AX1"), the
// must-not items it violates, and whether it is a false alarm (an error or
// a warning nothing explains).
type findingOutcome struct {
	Index      int
	Finds      []string
	Explained  []string
	Violates   []string
	FalseAlarm bool
}

// sevCount is the number of findings of one severity.
type sevCount struct {
	Severity string
	N        int
}

// scoreResult is the whole score of a report, as score.py prints it.
type scoreResult struct {
	pairScores
	Must, Should       []itemOutcome
	Violated           []string
	Severity           []sevCount
	Findings           []findingOutcome
	Errors, ErrorsOK   int // errors, and those a true gold item explains
	Warnings, WarnOK   int
	MustFound, ShouldN int
}

// scoreAgainst scores rep against gold as score.py does (default: a gold
// claim links through any clause of its sentence).
func scoreAgainst(gold *scoreGold, rep *scoreReport) *scoreResult {
	s := newScorer(gold, rep)
	r := &scoreResult{pairScores: s.pairs(false)}
	for _, it := range gold.Discrepancies.Must {
		o := itemOutcome{ID: it.ID, Kind: it.Kind, Finding: s.firstFinding(it)}
		if o.Finding >= 0 {
			r.MustFound++
		}
		r.Must = append(r.Must, o)
	}
	for _, it := range gold.Discrepancies.Should {
		o := itemOutcome{ID: it.ID, Kind: it.Kind, Finding: -1, NotRun: pyTruthy(it.Dates)}
		if !o.NotRun {
			o.Finding = s.firstFinding(it)
		}
		if o.Finding >= 0 {
			r.ShouldN++
		}
		r.Should = append(r.Should, o)
	}
	for _, n := range gold.Discrepancies.MustNot {
		for _, d := range rep.Discrepancies {
			if s.violates(n, d) {
				r.Violated = append(r.Violated, n.ID)
				break
			}
		}
	}
	for i, d := range rep.Discrepancies {
		r.countSeverity(d.Severity)
		f := s.outcome(i, d)
		switch d.Severity {
		case "error":
			r.Errors++
			if len(f.Explained) > 0 {
				r.ErrorsOK++
			}
		case "warning":
			r.Warnings++
			if len(f.Explained) > 0 {
				r.WarnOK++
			}
		}
		r.Findings = append(r.Findings, f)
	}
	return r
}

// countSeverity adds one finding of severity sev, in first-seen order.
func (r *scoreResult) countSeverity(sev string) {
	for i := range r.Severity {
		if r.Severity[i].Severity == sev {
			r.Severity[i].N++
			return
		}
	}
	r.Severity = append(r.Severity, sevCount{sev, 1})
}

// outcome is why finding i (d) counts.
func (s *scorer) outcome(i int, d scoreDiscrepancy) findingOutcome {
	f := findingOutcome{Index: i}
	levels := []struct {
		name  string
		items []goldItem
	}{{"must", s.gold.Discrepancies.Must}, {"should", s.gold.Discrepancies.Should},
		{"true_other", s.gold.Discrepancies.TrueOther}}
	for _, l := range levels {
		for _, it := range l.items {
			if l.name != "true_other" && !(l.name == "should" && pyTruthy(it.Dates)) && s.finds(it, d) {
				f.Finds = append(f.Finds, l.name+" "+it.ID)
			}
			if s.explains(it, d) {
				f.Explained = append(f.Explained, l.name+" "+it.ID)
			}
		}
	}
	for _, n := range s.gold.Discrepancies.MustNot {
		if s.violates(n, d) {
			f.Violates = append(f.Violates, n.ID)
		}
	}
	f.FalseAlarm = (d.Severity == "error" || d.Severity == "warning") && len(f.Explained) == 0
	return f
}

// pyList is Python's repr of a list of strings: ['a', 'b'].
func pyList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = "'" + id + "'"
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// pySuffix is " ['a', 'b']", or "" for an empty list, as score.py appends it.
func pySuffix(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return " " + pyList(ids)
}

// lines are the lines score.py prints (without -v), SUMMARY last.
func (r *scoreResult) lines(rep *scoreReport) []string {
	out := []string{
		fmt.Sprintf("claims located: %d/%d", r.Located, r.Claims) + strings.Replace(pySuffix(r.Missing), " ", " missing ", 1),
		fmt.Sprintf("pairs: precision %.3f (%d/%d)  recall-core %.3f (%d pairs)  recall-all %.3f (%d pairs)  F1 %.3f",
			r.Precision, r.TP, r.TP+r.FP, r.RecallCore, r.CorePairs, r.RecallAll, r.AllPairs, r.F1),
		fmt.Sprintf("non-claims in cross-source clusters: %d", len(r.BadNonclaims)) + pySuffix(r.BadNonclaims),
	}
	for _, o := range r.Must {
		res := "MISSED"
		if o.Finding >= 0 {
			d := rep.Discrepancies[o.Finding]
			res = "FOUND as " + orQ(d.Kind) + "/" + orQ(d.Severity)
		}
		out = append(out, fmt.Sprintf("must %s (%s): %s", o.ID, o.Kind, res))
	}
	for _, o := range r.Should {
		switch {
		case o.NotRun:
			out = append(out, fmt.Sprintf("should %s: not run", o.ID))
		case o.Finding >= 0:
			out = append(out, fmt.Sprintf("should %s (%s): FOUND", o.ID, o.Kind))
		default:
			out = append(out, fmt.Sprintf("should %s (%s): missed", o.ID, o.Kind))
		}
	}
	out = append(out, fmt.Sprintf("must-not violated: %d", len(r.Violated))+pySuffix(r.Violated))
	sev := make([]string, len(r.Severity))
	for i, c := range r.Severity {
		sev[i] = fmt.Sprintf("'%s': %d", c.Severity, c.N)
	}
	out = append(out, "discrepancies by severity: {"+strings.Join(sev, ", ")+"}",
		fmt.Sprintf("findings explained by a true gold item: errors %d/%d, warnings %d/%d",
			r.ErrorsOK, r.Errors, r.WarnOK, r.Warnings),
		r.summary())
	return out
}

// orQ is s, or "?" when empty (d.get('kind', '?')).
func orQ(s string) string {
	if s == "" {
		return "?"
	}
	return s
}

// falseErrors is the number of errors no true gold item explains.
func (r *scoreResult) falseErrors() int { return r.Errors - r.ErrorsOK }

// summary is score.py's SUMMARY line.
func (r *scoreResult) summary() string {
	return fmt.Sprintf("SUMMARY F1=%.3f false_errors=%d/%d core_recall=%.3f precision=%.3f must=%d/%d should=%d/%d must_not_violated=%d located=%d/%d",
		r.F1, r.falseErrors(), r.Errors, r.RecallCore, r.Precision, r.MustFound, len(r.Must),
		r.ShouldN, len(r.Should), len(r.Violated), r.Located, r.Claims)
}
