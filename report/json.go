package report

import (
	"io"
	"iter"
	"math"

	"github.com/dedupe-news/dedupe/compare"
)

// JSONVersion is the version of the JSON contract that [JSON] writes.
const JSONVersion = 1

// JSONReport is the document [JSON] writes. Every slice is written as an
// array, empty or not, never as null. Offsets (start, end) are bytes into
// the document's text, end exclusive: the file itself when it is UTF-8,
// else the UTF-8 text it was decoded to (see [JSONDocument.Encoding]).
// line and col are 1-based, col counted in bytes from the start of the
// line. Scores are rounded to 3 decimals.
type JSONReport struct {
	Version       int               `json:"version"` // JSONVersion
	Documents     []JSONDocument    `json:"documents"`
	Claims        []JSONClaim       `json:"claims"` // every sentence of every document
	Clusters      []JSONCluster     `json:"clusters"`
	Entities      []JSONEntity      `json:"entities"`
	Times         []JSONTime        `json:"times"`         // every temporal expression found in a claim
	Facts         []JSONFact        `json:"facts"`         // every figure and date a claim gives, in its frame
	Quantities    []JSONQuantity    `json:"quantities"`    // every figure found in a claim, as read
	Discrepancies []JSONDiscrepancy `json:"discrepancies"` // those not hidden
	Hidden        []JSONHidden      `json:"hidden"`        // discrepancies a baseline or an ignore rule hid
	Summary       JSONSummary       `json:"summary"`

	// Stories group the documents by event; empty when the result was
	// not grouped. NearDuplicates are the pairs of copies of one text.
	Stories        []JSONStory         `json:"stories"`
	NearDuplicates []JSONNearDuplicate `json:"near_duplicates"`
}

// JSONDocument is one input article.
type JSONDocument struct {
	ID   string `json:"id"`
	Path string `json:"path"`
	// Encoding is the encoding the file was decoded from: "utf8",
	// "latin1" when read with --encoding latin1, or "utf16le" / "utf16be"
	// for UTF-16 with a byte order mark; offsets index the decoded UTF-8
	// text.
	Encoding   string  `json:"encoding"`
	Date       *string `json:"date"`        // YYYY, YYYY-MM or YYYY-MM-DD; null when unknown
	DateSource string  `json:"date_source"` // flag, header, outlet, dateline or none
	Outlet     string  `json:"outlet,omitempty"`
	URL        string  `json:"url,omitempty"`
	Sentences  int     `json:"sentences"` // sentences of every kind
	Claims     int     `json:"claims"`    // sentences of kind "claim"
	JSONSeen
}

// JSONSeen, in a report of a run with an index (--db), says whether a
// document or a discrepancy is new (no earlier run saw it) and the day,
// YYYY-MM-DD in UTC, it was first seen; both are left out without an
// index.
type JSONSeen struct {
	New       *bool  `json:"new,omitempty"`
	FirstSeen string `json:"first_seen,omitempty"`
}

// JSONClaim is one sentence of a document.
type JSONClaim struct {
	ID      string `json:"id"`
	Doc     string `json:"doc"`
	Kind    string `json:"kind"` // claim, metadata, heading or caption
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Text    string `json:"text"`
	Cluster string `json:"cluster,omitempty"` // the cluster holding the claim, if any
}

// JSONTime is a temporal expression of a claim with its TIMEX3 value,
// resolved against the document's date: "2023-08", "2023-09-04",
// "2023-W35", "2022", "PT5H"; null when it could not be resolved (a
// relative expression in an undated document).
type JSONTime struct {
	Doc   string  `json:"doc"`
	Claim string  `json:"claim"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Line  int     `json:"line"`
	Col   int     `json:"col"`
	Text  string  `json:"text"`
	Value *string `json:"value"`
	Kind  string  `json:"kind"`          // date, time, duration, set or age
	Mod   string  `json:"mod,omitempty"` // START, MID, END, APPROX, MORE_THAN, LESS_THAN
}

// JSONCluster is a group of claims from different documents that say the
// same thing.
type JSONCluster struct {
	ID     string     `json:"id"`
	Claims []string   `json:"claims"`
	Docs   []string   `json:"docs"` // in document order
	Score  float64    `json:"score"`
	Links  []JSONLink `json:"links"`

	// Independent counts the documents of docs with copies of one text
	// (see near_duplicates) counted once.
	Independent int `json:"independent"`
}

// JSONLink is the evidence that two claims belong together.
type JSONLink struct {
	A        string   `json:"a"`
	B        string   `json:"b"`
	Score    float64  `json:"score"`
	Terms    []string `json:"terms"`    // shared stems, heaviest first
	Entities []string `json:"entities"` // shared entity ids
	// Context is true for a claim linked by its place, between two members
	// in its document, not by shared words (score 0).
	Context bool `json:"context,omitempty"`
}

// JSONEntity is a person, place or organization named across documents.
type JSONEntity struct {
	ID       string              `json:"id"`
	Name     string              `json:"name"`
	Kind     string              `json:"kind"` // person, place, org or other
	Variants []string            `json:"variants"`
	Mentions []JSONEntityMention `json:"mentions"`
}

// JSONEntityMention is where a document names an entity.
type JSONEntityMention struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Text  string `json:"text"`
}

// JSONDiscrepancy is a point on which the sources disagree.
type JSONDiscrepancy struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind"`
	Severity string        `json:"severity"` // error, warning or info
	Message  string        `json:"message"`
	Cluster  string        `json:"cluster,omitempty"`
	Mentions []JSONMention `json:"mentions"`
	JSONSeen
}

// JSONMention is one side of a discrepancy.
type JSONMention struct {
	Doc   string `json:"doc"`
	Claim string `json:"claim"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Text  string `json:"text"`
	Value string `json:"value"` // the normalized value, "" when none
}

// JSONHidden is a discrepancy left out of the report.
type JSONHidden struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Reason   string `json:"reason"` // "baseline", "seen" (an earlier run of the index reported it), or the reason of the ignore rule
	JSONSeen
}

// JSONSummary counts what the report holds.
type JSONSummary struct {
	Documents     int `json:"documents"`
	Sentences     int `json:"sentences"`
	Claims        int `json:"claims"` // sentences of kind "claim"
	Clusters      int `json:"clusters"`
	Entities      int `json:"entities"`
	Discrepancies int `json:"discrepancies"` // those shown
	Hidden        int `json:"hidden"`        // those hidden

	Stories        int `json:"stories"`
	NearDuplicates int `json:"near_duplicates"` // pairs of documents
	// StoryThreshold is the mean cosine documents were grouped into
	// stories at (compare.Result.StoryThreshold).
	StoryThreshold float64 `json:"story_threshold"`
}

// JSON writes rep to w as a [JSONReport], indented by two spaces. It
// makes each element of an array as it writes it, never the whole report
// (see writeJSON). Control and invisible characters in strings are
// written as \u escapes, those encoding/json leaves as they are included.
// A nil rep is written as an empty report.
func JSON(w io.Writer, rep *Report) error {
	rep, err := prepare(rep)
	if err != nil {
		return err
	}
	return writeJSON(w, newJSONParts(rep))
}

// jsonParts is a [JSONReport] whose arrays are sequences, each element
// made as the writer asks for it; a nil sequence is written as null.
// writeJSON writes the fields in JSONReport's order; TestJSONStreamed
// checks the two agree.
type jsonParts struct {
	documents      iter.Seq[JSONDocument]
	claims         iter.Seq[JSONClaim]
	clusters       iter.Seq[JSONCluster]
	entities       iter.Seq[JSONEntity]
	times          iter.Seq[JSONTime]
	facts          iter.Seq[JSONFact]
	quantities     iter.Seq[JSONQuantity]
	discrepancies  iter.Seq[JSONDiscrepancy]
	hidden         iter.Seq[JSONHidden]
	summary        JSONSummary
	stories        iter.Seq[JSONStory]
	nearDuplicates iter.Seq[JSONNearDuplicate]
}

// newJSONParts lays out rep, which must have been prepared.
func newJSONParts(rep *Report) *jsonParts {
	r := rep.Result
	pos := newPositions(r.Documents)
	t := count(r)
	return &jsonParts{
		documents:     jsonDocuments(rep),
		claims:        jsonClaims(r, pos),
		clusters:      jsonClusters(r),
		entities:      jsonEntities(r, pos),
		times:         jsonTimes(r, pos),
		facts:         jsonFacts(r, pos),
		quantities:    jsonQuantities(r, pos),
		discrepancies: jsonDiscrepancies(r, pos, rep.FindingsSeen),
		hidden:        jsonHidden(rep.Hidden, rep.FindingsSeen),
		summary: JSONSummary{
			Documents:     t.documents,
			Sentences:     t.sentences,
			Claims:        t.claims,
			Clusters:      t.clusters,
			Entities:      t.entities,
			Discrepancies: t.discrepancies,
			Hidden:        len(rep.Hidden),

			Stories:        len(r.Stories),
			NearDuplicates: len(r.NearDuplicates),
			StoryThreshold: round3(r.StoryThreshold),
		},
		stories:        jsonStories(r),
		nearDuplicates: jsonNearDuplicates(r),
	}
}

// each yields at(0), at(1), … at(n-1), each made as it is asked for.
func each[T any](n int, at func(int) T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < n; i++ {
			if !yield(at(i)) {
				return
			}
		}
	}
}

func jsonDocuments(rep *Report) iter.Seq[JSONDocument] {
	r := rep.Result
	return each(len(r.Documents), func(i int) JSONDocument {
		d := &r.Documents[i]
		var date *string
		if !d.Date.IsZero() {
			s := d.Date.String()
			date = &s
		}
		return JSONDocument{
			ID:         d.ID,
			Path:       d.Path,
			Encoding:   encoding(d),
			Date:       date,
			DateSource: dateSource(d.Date.IsZero(), string(d.DateSource)),
			Outlet:     d.Outlet,
			URL:        d.URL,
			Sentences:  len(d.Sentences),
			Claims:     countClaims(d),
			JSONSeen:   jsonSeen(rep.DocumentsSeen, d.ID),
		}
	})
}

// dateSource returns source, or "none" for an unknown date or an empty
// source.
func dateSource(unknown bool, source string) string {
	if unknown || source == "" {
		return "none"
	}
	return source
}

func jsonClaims(r *compare.Result, pos positions) iter.Seq[JSONClaim] {
	return each(len(r.Claims), func(i int) JSONClaim {
		c := r.Claims[i]
		s := r.Sentence(i)
		line, col := pos.at(c.Doc, s.Start)
		return JSONClaim{
			ID:      claimID(r, i),
			Doc:     claimDoc(r, i),
			Kind:    s.Kind.String(),
			Start:   s.Start,
			End:     s.End,
			Line:    line,
			Col:     col,
			Text:    s.Text,
			Cluster: claimCluster(r, i),
		}
	})
}

func jsonTimes(r *compare.Result, pos positions) iter.Seq[JSONTime] {
	return func(yield func(JSONTime) bool) {
		for i, c := range r.Claims {
			for _, tx := range r.Sentence(i).Times {
				line, col := pos.at(c.Doc, tx.Start)
				var value *string
				if tx.Value != "" {
					v := tx.Value
					value = &v
				}
				if !yield(JSONTime{
					Doc: claimDoc(r, i), Claim: claimID(r, i), Start: tx.Start, End: tx.End, Line: line, Col: col,
					Text: tx.Text, Value: value, Kind: string(tx.Kind), Mod: tx.Mod,
				}) {
					return
				}
			}
		}
	}
}

func jsonClusters(r *compare.Result) iter.Seq[JSONCluster] {
	return each(len(r.Clusters), func(k int) JSONCluster {
		cl := &r.Clusters[k]
		claims := make([]string, len(cl.Claims))
		for j, c := range cl.Claims {
			claims[j] = claimID(r, c)
		}
		links := make([]JSONLink, len(cl.Links))
		for j, l := range cl.Links {
			links[j] = JSONLink{
				A:        claimID(r, l.A),
				B:        claimID(r, l.B),
				Score:    round3(l.Score),
				Terms:    nonNil(l.Terms),
				Entities: nonNil(l.Entities),
				Context:  l.Context,
			}
		}
		return JSONCluster{
			ID:     clusterID(r, k),
			Claims: claims,
			Docs:   docIDs(r, clusterDocs(r, k)),
			Score:  round3(cl.Score),
			Links:  links,

			Independent: independentSources(r, k),
		}
	})
}

func jsonEntities(r *compare.Result, pos positions) iter.Seq[JSONEntity] {
	return each(len(r.Entities), func(e int) JSONEntity {
		ent := &r.Entities[e]
		mentions := make([]JSONEntityMention, len(ent.Mentions))
		for j, m := range ent.Mentions {
			line, col := pos.at(m.Doc, m.Start)
			mentions[j] = JSONEntityMention{
				Doc:   r.Documents[m.Doc].ID,
				Start: m.Start,
				End:   m.End,
				Line:  line,
				Col:   col,
				Text:  m.Text,
			}
		}
		return JSONEntity{
			ID:       entityID(r, e),
			Name:     ent.Name,
			Kind:     ent.Kind.String(),
			Variants: nonNil(ent.Variants),
			Mentions: mentions,
		}
	})
}

// jsonSeen returns when the finding or document id was first seen, by
// seen; nothing when seen is nil (no index) or does not hold id.
func jsonSeen(seen map[string]Seen, id string) JSONSeen {
	s, ok := seen[id]
	if !ok {
		return JSONSeen{}
	}
	isNew := s.New
	return JSONSeen{New: &isNew, FirstSeen: s.firstDay()}
}

func jsonDiscrepancies(r *compare.Result, pos positions, seen map[string]Seen) iter.Seq[JSONDiscrepancy] {
	return each(len(r.Findings), func(i int) JSONDiscrepancy {
		f := &r.Findings[i]
		mentions := make([]JSONMention, len(f.Mentions))
		for j, m := range f.Mentions {
			line, col := pos.at(r.Claims[m.Claim].Doc, m.Start)
			mentions[j] = JSONMention{
				Doc:   claimDoc(r, m.Claim),
				Claim: claimID(r, m.Claim),
				Start: m.Start,
				End:   m.End,
				Line:  line,
				Col:   col,
				Text:  m.Text,
				Value: m.Value,
			}
		}
		return JSONDiscrepancy{
			ID:       findingID(r, i),
			Kind:     string(f.Kind),
			Severity: f.Severity.String(),
			Message:  f.Message,
			Cluster:  f.Cluster,
			Mentions: mentions,
			JSONSeen: jsonSeen(seen, f.ID),
		}
	})
}

func jsonHidden(hidden []Hidden, seen map[string]Seen) iter.Seq[JSONHidden] {
	return each(len(hidden), func(i int) JSONHidden {
		h := &hidden[i]
		return JSONHidden{
			ID:       h.Finding.ID,
			Kind:     string(h.Finding.Kind),
			Severity: h.Finding.Severity.String(),
			Message:  h.Finding.Message,
			Reason:   h.Reason,
			JSONSeen: jsonSeen(seen, h.Finding.ID),
		}
	})
}

// round3 rounds x to 3 decimals, so that scores print the same bytes
// whatever noise the last bits of a computation carry.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// nonNil returns s, or an empty slice when s is nil, so that JSON gets []
// instead of null.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
