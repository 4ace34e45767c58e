package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"sync"
)

// maxFetches is how many URLs are fetched at once.
const maxFetches = 4

// fetchResult is the outcome of fetching one URL.
type fetchResult struct {
	data        []byte
	contentType string
	err         error // without the URL
}

// fetchAll fetches the sources that are URLs, up to maxFetches at a
// time, each within FetchTimeout and MaxSize, from public addresses only
// unless AllowPrivate, and returns their results by index into srcs (nil
// for the other sources). A URL's credentials are sent, never shown.
func (l *loader) fetchAll(ctx context.Context, srcs []source) []*fetchResult {
	results := make([]*fetchResult, len(srcs))
	f := &Fetcher{
		Timeout:      l.FetchTimeout,
		UserAgent:    l.UserAgent,
		Limit:        l.MaxSize,
		AllowPrivate: l.AllowPrivate,
	}
	sem := make(chan struct{}, maxFetches)
	var wg sync.WaitGroup
	for i, s := range srcs {
		if !IsURL(s.path) {
			continue
		}
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			data, ct, err := f.Fetch(ctx, cmp.Or(s.url, s.path))
			results[i] = &fetchResult{data, ct, l.fetchError(err)}
		})
	}
	wg.Wait()
	return results
}

// fetchError restates the limits in err in the terms of Wording.
func (l *loader) fetchError(err error) error {
	var ae *AddressError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrTooLarge):
		return fmt.Errorf("over the %s limit of %s", l.Wording.maxSize(), formatSize(l.MaxSize))
	case errors.Is(err, ErrTimeout):
		return fmt.Errorf("no answer within the %s of %v", l.Wording.fetchTimeout(), l.FetchTimeout)
	case errors.As(err, &ae) && l.Wording.AllowPrivate != "":
		return fmt.Errorf("%w%s", err, l.Wording.AllowPrivate)
	}
	return err
}
