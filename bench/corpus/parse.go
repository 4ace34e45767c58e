package corpus

import (
	"fmt"
	"sync"

	"github.com/dedupe-news/dedupe/normalize"
	"github.com/dedupe-news/dedupe/normalize/timex"
)

// Parse parses the items on workers goroutines sharing one stemmer
// memo; each item's date is its document date.
func Parse(items []Item, workers int) ([]normalize.Document, error) {
	docs := make([]normalize.Document, len(items))
	errs := make([]error, len(items))
	var st normalize.Stemmer
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < max(1, workers); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				it := items[i]
				date, err := timex.ParseDate(it.Date)
				if err != nil {
					errs[i] = fmt.Errorf("%s: %v", it.ID, err)
					continue
				}
				docs[i], errs[i] = normalize.Parse(it.ID, it.URL, []byte(it.Title+"\n\n"+it.Text), normalize.Options{Date: date, Stemmer: &st})
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return docs, nil
}
