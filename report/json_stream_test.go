package report

import "iter"

// collectJSON returns the JSONReport p stands for, every array non-nil.
func collectJSON(p *jsonParts) *JSONReport {
	return &JSONReport{
		Version:        JSONVersion,
		Documents:      collect(p.documents),
		Claims:         collect(p.claims),
		Clusters:       collect(p.clusters),
		Entities:       collect(p.entities),
		Times:          collect(p.times),
		Facts:          collect(p.facts),
		Quantities:     collect(p.quantities),
		Discrepancies:  collect(p.discrepancies),
		Hidden:         collect(p.hidden),
		Summary:        p.summary,
		Stories:        collect(p.stories),
		NearDuplicates: collect(p.nearDuplicates),
	}
}

// partsOf returns the parts of r, a nil array as a nil sequence.
func partsOf(r *JSONReport) *jsonParts {
	return &jsonParts{
		documents:      values(r.Documents),
		claims:         values(r.Claims),
		clusters:       values(r.Clusters),
		entities:       values(r.Entities),
		times:          values(r.Times),
		facts:          values(r.Facts),
		quantities:     values(r.Quantities),
		discrepancies:  values(r.Discrepancies),
		hidden:         values(r.Hidden),
		summary:        r.Summary,
		stories:        values(r.Stories),
		nearDuplicates: values(r.NearDuplicates),
	}
}

// collect returns the elements of seq, an empty slice when none.
func collect[T any](seq iter.Seq[T]) []T {
	out := []T{}
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// values yields the elements of s; nil when s is nil.
func values[T any](s []T) iter.Seq[T] {
	if s == nil {
		return nil
	}
	return func(yield func(T) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}
