package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// Errors of [Fetcher.Fetch] that callers may restate: a response over the
// Fetcher's Limit, and no complete response within the Client's Timeout
// (or before the context's deadline).
var (
	ErrTooLarge = errors.New("ingest: response over the size limit")
	ErrTimeout  = errors.New("ingest: timed out")
)

// Fetcher downloads inputs over HTTP. It is safe for concurrent use.
type Fetcher struct {
	// Client makes the requests; nil uses http.DefaultClient, which has no
	// time limit.
	Client *http.Client
	// UserAgent is sent with every request; "" sends Go's default.
	UserAgent string
	// Limit is the most bytes a response body may hold; 0 for no limit.
	Limit int64
}

// IsURL reports whether arg is an http:// or https:// URL, which dedupe
// fetches rather than opens.
func IsURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// Fetch GETs rawURL and returns the body and its Content-Type. It fails
// on a status other than 2xx, with [ErrTooLarge] (wrapped) on a body over
// the limit, without reading more than the limit, and with [ErrTimeout]
// when time runs out. Errors do not repeat the URL: the caller names it.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (body []byte, contentType string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, "", err
	}
	if f.UserAgent != "" {
		req.Header.Set("User-Agent", f.UserAgent)
	}
	client := f.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", requestError(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", fmt.Errorf("HTTP status %s", resp.Status)
	}
	if f.Limit > 0 && resp.ContentLength > f.Limit {
		return nil, "", fmt.Errorf("%w: %d bytes", ErrTooLarge, resp.ContentLength)
	}
	body, err = readAtMost(resp.Body, f.Limit)
	if err != nil {
		return nil, "", requestError(err)
	}
	return body, resp.Header.Get("Content-Type"), nil
}

// readAtMost reads r to the end, failing with ErrTooLarge when it holds
// more than limit bytes (unless limit is 0).
func readAtMost(r io.Reader, limit int64) ([]byte, error) {
	if limit <= 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

// requestError returns err without the "Get URL:" a *url.Error adds, or
// ErrTimeout for a timeout.
func requestError(err error) error {
	var te interface{ Timeout() bool }
	if errors.As(err, &te) && te.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return ErrTimeout
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
