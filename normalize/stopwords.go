package normalize

import "github.com/kljensen/snowball/spanish"

// newsStopwords are the reporting verbs and connectives of news text that
// Snowball's list lacks (data/stopwords_news.txt), folded.
var newsStopwords = lazy(func() map[string]bool { return lexiconSet("stopwords_news", fold) })

// stopword reports whether word carries no claim: a Snowball Spanish
// stopword ("más", "él") or a reporting word of news text ("dijo",
// "según", "añadió"). It accepts any case, with or without accents.
func stopword(word string) bool {
	return isStopword(toLower(word), fold(word))
}

// isStopword checks the lowercased, still accented word against Snowball's
// list (which is accented) and its folded form against ours.
func isStopword(lower, folded string) bool {
	return spanish.IsStopWord(lower) || newsStopwords()[folded]
}
