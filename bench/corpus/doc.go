// Package corpus generates a news corpus with known ground truth for
// dedupe's scale benchmark: articles built from the seed articles' real
// Spanish sentences, grouped into stories (each with its own people,
// places, figures and dates), with controlled near-duplicate copies,
// paraphrases, and planted changes of numbers and dates.
//
// It lives in the bench module, beside the main module, so that the
// benchmark's own dependencies never reach dedupe's go.mod.
package corpus
