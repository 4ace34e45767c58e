// Package compare finds the claims that several documents share and where
// they disagree.
//
// [Run] groups name mentions into entities across spellings, indexes every
// claim by its weighted terms and entities, clusters claims of different
// documents that say the same thing (candidates come from the index, never
// from all pairs), and checks each cluster for discrepancies. Findings are
// values, not errors.
package compare
