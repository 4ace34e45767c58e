// Package normalize turns Spanish news articles into documents: metadata
// (id, date, outlet, URL), sentences with byte spans into the original
// file, folded and stemmed tokens, and mentions of names, dates and
// quantities.
//
// Every function here that takes text cannot fail: errors belong only to
// reading input, which [Parse] reports with the file name.
//
// Folding lowercases and strips accents but keeps ñ ("Año" → "año",
// "Núñez" → "nuñez"). Stemming uses the Snowball Spanish stemmer on the
// lowercased, still accented word, and the stem is folded afterwards.
package normalize
