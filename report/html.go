package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dedupe-news/dedupe/compare"
)

// The page [HTML] writes: its template and its fixed style.
var (
	//go:embed html.tmpl
	htmlTemplate string
	//go:embed html.css
	htmlStyle string
)

// HTML writes rep to w as one self-contained page for editors: the
// sources, their stories and near-duplicates, the discrepancies with the text each source gives, the shared
// claims with one row per cluster and one column per source (the
// expressions a discrepancy is about highlighted with <mark>), the
// entities with their spellings, and the hidden discrepancies. Check boxes
// filter the discrepancies by kind and severity with CSS alone: the page
// has no script, loads nothing, and its Content-Security-Policy allows
// only its own style sheet (by hash). Every piece of text is escaped by
// html/template, after pageText has escaped its control and invisible
// characters.
func HTML(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	t, err := template.New("page").Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("report: html template: %v", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, newHTMLPage(rep)); err != nil {
		return fmt.Errorf("report: html template: %v", err)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// htmlPage is what the page template shows.
type htmlPage struct {
	CSP        string       // the Content-Security-Policy
	CSS        template.CSS // the style sheet, whose hash CSP allows
	Summary    string
	HiddenNote string
	Severities []htmlFilter
	Kinds      []htmlFilter
	Documents  []htmlDocument
	Findings   []htmlFinding
	Clusters   []htmlCluster
	Entities   []htmlEntity
	Hidden     []htmlHidden

	Stories        []htmlStory // empty when the result was not grouped
	NearDuplicates []htmlNearDuplicate
}

// htmlFilter is one check box of the filter.
type htmlFilter struct {
	Class string // the class it shows or hides, e.g. "kind-date"
	Label string
	Count int
}

type htmlDocument struct {
	ID, Path, Date, DateSource, Outlet, URL, Encoding string
	Sentences, Claims                                 int
}

type htmlFinding struct {
	ID, Anchor, Kind, Severity, Class, Message string
	Cluster, ClusterAnchor                     string // "" when in no cluster
	Mentions                                   []htmlMention
}

type htmlMention struct {
	Doc, Where, Text, Value string
}

type htmlCluster struct {
	ID, Anchor, Class string
	Score             string
	Cells             [][]htmlClaim // one per document, in document order
}

type htmlClaim struct {
	ID, Where string
	Segments  []htmlSegment
}

// htmlSegment is a run of a claim's text, marked when a discrepancy is
// about it.
type htmlSegment struct {
	Text  string
	Mark  bool
	Class string // the kinds and severities of the discrepancies
	Title string // what they say of it
}

type htmlEntity struct {
	ID, Name, Kind, Documents string
	Spellings                 []string
	Mentions                  int
}

type htmlHidden struct {
	ID, Kind, Severity, Message, Reason string
}

// newHTMLPage lays out rep, which must have been prepared.
func newHTMLPage(rep *Report) *htmlPage {
	r := rep.Result
	pos := newPositions(r.Documents)
	t := count(r)
	p := &htmlPage{
		Summary: fmt.Sprintf("%s, %s, %s, %s, %s, %s.",
			plural(t.documents, "document"), plural(t.sentences, "sentence"), plural(t.claims, "claim"),
			plural(t.clusters, "shared claim"), plural(t.entities, "entity"), plural(t.discrepancies, "discrepancy")),
		HiddenNote: hiddenNote(rep),
		Documents:  htmlDocuments(rep),
		Findings:   htmlFindings(r, pos),
		Clusters:   htmlClusters(r, pos),
		Entities:   htmlEntities(r),
		Hidden:     htmlHiddenList(rep.Hidden),

		Stories:        htmlStories(r),
		NearDuplicates: htmlNearDuplicates(r),
	}
	p.Severities, p.Kinds = htmlFilters(r.Findings)
	css := htmlStyle + filterCSS(append(slices.Clone(p.Severities), p.Kinds...))
	sum := sha256.Sum256([]byte(css))
	p.CSS = template.CSS(css)
	p.CSP = "default-src 'none'; style-src 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) +
		"'; base-uri 'none'; form-action 'none'"
	return p
}

// htmlFilters returns a check box per severity, most severe first, and
// per kind, by name, each with the number of findings it covers.
func htmlFilters(findings []compare.Finding) (sevs, kinds []htmlFilter) {
	for _, s := range []compare.Severity{compare.Error, compare.Warning, compare.Info} {
		sevs = append(sevs, htmlFilter{Class: sevClass(s), Label: s.String()})
	}
	for _, f := range findings {
		if i := slices.IndexFunc(sevs, func(s htmlFilter) bool { return s.Label == f.Severity.String() }); i >= 0 {
			sevs[i].Count++
		}
		i := slices.IndexFunc(kinds, func(k htmlFilter) bool { return k.Label == pageText(string(f.Kind)) })
		if i < 0 {
			kinds = append(kinds, htmlFilter{Class: kindClass(f.Kind), Label: pageText(string(f.Kind))})
			i = len(kinds) - 1
		}
		kinds[i].Count++
	}
	slices.SortFunc(kinds, func(a, b htmlFilter) int { return strings.Compare(a.Label, b.Label) })
	return sevs, kinds
}

// filterCSS returns the rules that hide the findings, and unmark the
// text, of each filter whose check box is cleared.
func filterCSS(filters []htmlFilter) string {
	var b strings.Builder
	for _, f := range filters {
		off := "body:has(#show-" + f.Class + ":not(:checked))"
		fmt.Fprintf(&b, "%s .finding.%s { display: none; }\n", off, f.Class)
		fmt.Fprintf(&b, "%s mark.%s { background: none; color: inherit; padding: 0; }\n", off, f.Class)
	}
	return b.String()
}

// kindClass returns the class of findings of kind k: "kind-" and k with
// every character but a-z, 0-9 and - replaced by -.
func kindClass(k compare.FindingKind) string {
	return "kind-" + strings.Map(func(r rune) rune {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, strings.ToLower(string(k)))
}

// sevClass returns the class of findings of severity s: "sev-error".
func sevClass(s compare.Severity) string { return "sev-" + s.String() }

func htmlDocuments(rep *Report) []htmlDocument {
	r := rep.Result
	out := make([]htmlDocument, len(r.Documents))
	for i := range r.Documents {
		d := &r.Documents[i]
		out[i] = htmlDocument{
			ID: pageText(d.ID), Path: pageText(d.Path), Date: d.Date.String(),
			DateSource: dateSource(d.Date.IsZero(), string(d.DateSource)),
			Outlet:     pageText(d.Outlet), URL: pageText(d.URL), Encoding: pageText(encoding(d)),
			Sentences: len(d.Sentences), Claims: countClaims(d),
		}
	}
	return out
}

func htmlFindings(r *compare.Result, pos positions) []htmlFinding {
	out := make([]htmlFinding, len(r.Findings))
	for i := range r.Findings {
		f := &r.Findings[i]
		id := pageText(findingID(r, i))
		hf := htmlFinding{
			ID: id, Anchor: "f-" + id, Kind: pageText(string(f.Kind)), Severity: f.Severity.String(),
			Class: kindClass(f.Kind) + " " + sevClass(f.Severity), Message: pageText(f.Message), Cluster: pageText(f.Cluster),
		}
		if f.Cluster != "" {
			hf.ClusterAnchor = "cluster-" + hf.Cluster
		}
		for _, m := range f.Mentions {
			d := r.Claims[m.Claim].Doc
			line, col := pos.runeAt(d, m.Start)
			hf.Mentions = append(hf.Mentions, htmlMention{
				Doc: pageText(r.Documents[d].ID), Where: lineCol(line, col), Text: pageText(m.Text), Value: pageText(m.Value),
			})
		}
		out[i] = hf
	}
	return out
}

// htmlMark is a span of a document that a finding is about.
type htmlMark struct {
	start, end   int
	class, title string
}

// claimMarks returns the spans each claim's findings are about, by claim.
func claimMarks(r *compare.Result) map[int][]htmlMark {
	marks := make(map[int][]htmlMark)
	for i := range r.Findings {
		f := &r.Findings[i]
		for _, m := range f.Mentions {
			title := fmt.Sprintf("%s %s %s%s", f.Severity, f.Kind, findingID(r, i), valueSuffix(m.Value))
			marks[m.Claim] = append(marks[m.Claim], htmlMark{m.Start, m.End, kindClass(f.Kind) + " " + sevClass(f.Severity), pageText(title)})
		}
	}
	return marks
}

func htmlClusters(r *compare.Result, pos positions) []htmlCluster {
	marks := claimMarks(r)
	disc := make(map[string][]string) // cluster id → classes of its findings
	for _, f := range r.Findings {
		if f.Cluster != "" {
			disc[f.Cluster] = append(disc[f.Cluster], kindClass(f.Kind), sevClass(f.Severity))
		}
	}
	out := make([]htmlCluster, len(r.Clusters))
	for k, cl := range r.Clusters {
		id := pageText(clusterID(r, k))
		hc := htmlCluster{
			ID: id, Anchor: "cluster-" + id, Score: strconv.FormatFloat(cl.Score, 'f', 2, 64),
			Cells: make([][]htmlClaim, len(r.Documents)),
		}
		hc.Class = "cluster"
		if classes := disc[clusterID(r, k)]; len(classes) > 0 {
			slices.Sort(classes)
			hc.Class += " disc " + strings.Join(slices.Compact(classes), " ")
		}
		for _, c := range cl.Claims {
			s := r.Sentence(c)
			line, col := pos.runeAt(r.Claims[c].Doc, s.Start)
			d := r.Claims[c].Doc
			hc.Cells[d] = append(hc.Cells[d], htmlClaim{
				ID: pageText(claimID(r, c)), Where: lineCol(line, col), Segments: markSegments(s.Text, s.Start, marks[c]),
			})
		}
		out[k] = hc
	}
	return out
}

// markSegments splits text, which starts at offset base of its document,
// into runs: each run is covered by the same marks throughout, and a run
// covered by any is marked with all their classes and titles.
func markSegments(text string, base int, marks []htmlMark) []htmlSegment {
	type span struct{ start, end int }
	spans := make([]span, len(marks))
	cuts := []int{0, len(text)}
	for i, m := range marks {
		spans[i] = span{runeStart(text, m.start-base), runeStart(text, m.end-base)}
		cuts = append(cuts, spans[i].start, spans[i].end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []htmlSegment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		seg := htmlSegment{Text: pageText(text[a:b])}
		var classes, titles []string
		for j, m := range marks {
			if spans[j].start <= a && b <= spans[j].end {
				classes = append(classes, strings.Fields(m.class)...)
				titles = append(titles, m.title)
			}
		}
		if len(classes) > 0 {
			slices.Sort(classes)
			seg.Mark, seg.Class, seg.Title = true, strings.Join(slices.Compact(classes), " "), strings.Join(titles, "; ")
		}
		out = append(out, seg)
	}
	return out
}

// runeStart clamps i into text and moves it back to the start of the
// character it falls in.
func runeStart(text string, i int) int {
	i = min(max(i, 0), len(text))
	for i > 0 && i < len(text) && text[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

func htmlEntities(r *compare.Result) []htmlEntity {
	out := make([]htmlEntity, len(r.Entities))
	for e := range r.Entities {
		ent := &r.Entities[e]
		out[e] = htmlEntity{
			ID: pageText(entityID(r, e)), Name: pageText(ent.Name), Kind: ent.Kind.String(),
			Spellings: pageTexts(append([]string{ent.Name}, ent.Variants...)),
			Documents: pageText(strings.Join(docIDs(r, entityDocs(r, e)), ", ")),
			Mentions:  len(ent.Mentions),
		}
	}
	return out
}

func htmlHiddenList(hidden []Hidden) []htmlHidden {
	out := make([]htmlHidden, len(hidden))
	for i, h := range hidden {
		out[i] = htmlHidden{
			ID: pageText(h.Finding.ID), Kind: pageText(string(h.Finding.Kind)), Severity: h.Finding.Severity.String(),
			Message: pageText(h.Finding.Message), Reason: pageText(h.Reason),
		}
	}
	return out
}

// pageText returns s for the page: its line breaks and tabs as spaces,
// which the page shows alike, and its other control and invisible
// characters escaped ([Escape]), so that the page's source, too, has
// neither.
func pageText(s string) string {
	return Escape(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' || r == '\f' {
			return ' '
		}
		return r
	}, s))
}

// pageTexts returns pageText of each of ss.
func pageTexts(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = pageText(s)
	}
	return out
}
