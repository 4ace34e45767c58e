// Package compare finds the claims that several documents share and where
// they disagree.
//
// [Run] groups name mentions into entities across spellings, indexes every
// claim by its weighted terms and entities, clusters claims of different
// documents that say the same thing (candidates come from the index, never
// from all pairs), and checks each cluster for discrepancies. Findings are
// values, not errors.
//
// Before clustering, Run groups the documents into stories, one event
// each, and finds the near-duplicate documents (copies of one text).
// Claims are clustered and checked within a story only, and copies of one
// text count as one source: they are never set against each other.
package compare
