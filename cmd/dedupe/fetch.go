package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/dedupe-news/dedupe/ingest"
)

// defaultFetchTimeout is the default --fetch-timeout.
const defaultFetchTimeout = 20 * time.Second

// maxFetches is how many URLs are fetched at once.
const maxFetches = 4

// fetchResult is the outcome of fetching one URL.
type fetchResult struct {
	data        []byte
	contentType string
	err         error // without the URL
}

// fetchAll fetches the sources that are URLs, up to maxFetches at a
// time, each within opts.fetchTimeout and opts.maxSize, and returns their
// results by index into srcs (nil for the other sources).
func fetchAll(srcs []source, opts readOptions) []*fetchResult {
	results := make([]*fetchResult, len(srcs))
	f := &ingest.Fetcher{
		Client:    &http.Client{Timeout: opts.fetchTimeout},
		UserAgent: "dedupe/" + version(),
		Limit:     opts.maxSize,
	}
	sem := make(chan struct{}, maxFetches)
	var wg sync.WaitGroup
	for i, s := range srcs {
		if !ingest.IsURL(s.path) {
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			data, ct, err := f.Fetch(context.Background(), s.path)
			results[i] = &fetchResult{data, ct, fetchError(err, opts)}
		})
	}
	wg.Wait()
	return results
}

// fetchError restates the limits in err in terms of dedupe's flags.
func fetchError(err error, opts readOptions) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ingest.ErrTooLarge):
		return fmt.Errorf("over the --max-size limit of %s", formatSize(opts.maxSize))
	case errors.Is(err, ingest.ErrTimeout):
		return fmt.Errorf("no answer within the --fetch-timeout of %v", opts.fetchTimeout)
	}
	return err
}
