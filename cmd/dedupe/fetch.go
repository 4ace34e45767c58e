package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
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
// time, each within opts.fetchTimeout and opts.maxSize, from public
// addresses only unless opts.allowPrivate, and returns their results by
// index into srcs (nil for the other sources). A URL's credentials are
// sent, never shown.
func fetchAll(srcs []source, opts readOptions) []*fetchResult {
	results := make([]*fetchResult, len(srcs))
	f := &ingest.Fetcher{
		Timeout:      opts.fetchTimeout,
		UserAgent:    "dedupe/" + version(),
		Limit:        opts.maxSize,
		AllowPrivate: opts.allowPrivate,
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
			data, ct, err := f.Fetch(context.Background(), cmp.Or(s.url, s.path))
			results[i] = &fetchResult{data, ct, fetchError(err, opts)}
		})
	}
	wg.Wait()
	return results
}

// fetchError restates the limits in err in terms of dedupe's flags.
func fetchError(err error, opts readOptions) error {
	var ae *ingest.AddressError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ingest.ErrTooLarge):
		return fmt.Errorf("over the --max-size limit of %s", formatSize(opts.maxSize))
	case errors.Is(err, ingest.ErrTimeout):
		return fmt.Errorf("no answer within the --fetch-timeout of %v", opts.fetchTimeout)
	case errors.As(err, &ae):
		return fmt.Errorf("%w (--allow-private-urls allows it)", err)
	}
	return err
}
