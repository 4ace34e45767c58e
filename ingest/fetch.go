package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Errors of [Fetcher.Fetch] that callers may restate: a response over the
// Fetcher's Limit, and no complete response within its Timeout (or before
// the context's deadline). A refused address is an [*AddressError].
var (
	ErrTooLarge = errors.New("ingest: response over the size limit")
	ErrTimeout  = errors.New("ingest: timed out")
)

// Fetcher downloads inputs over HTTP and HTTPS. It connects only to public
// addresses unless AllowPrivate is set: the address is checked when
// dialing, after the name is resolved, so DNS cannot get round the check,
// and a redirect's URL is checked as the first one is. Proxies from the
// environment are not used (the check would apply to the proxy). The
// user name and password of a URL are sent as basic authentication and
// left out of every error. The zero value is ready to use; a Fetcher is
// safe for concurrent use.
type Fetcher struct {
	// Timeout bounds each Fetch, redirects and body included; 0 for no
	// limit.
	Timeout time.Duration
	// UserAgent is sent with every request; "" sends Go's default.
	UserAgent string
	// Limit is the most bytes a response body may hold; 0 for no limit.
	Limit int64
	// AllowPrivate lets Fetch connect to loopback, private, link-local,
	// unspecified and other addresses that are not public (see
	// [AddressError]), directly or by a redirect.
	AllowPrivate bool
	// MaxRedirects is the most redirects followed; 0 for
	// DefaultMaxRedirects.
	MaxRedirects int

	hooks *fetchHooks // tests only
}

// IsURL reports whether arg is an http:// or https:// URL, which dedupe
// fetches rather than opens.
func IsURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// Fetch GETs rawURL and returns the body and its Content-Type. It fails
// on a scheme other than http and https, on an address refused (an
// [*AddressError], maybe after "redirect to URL: "), after MaxRedirects
// redirects, on a status other than 2xx, with [ErrTooLarge] (wrapped) on
// a body over the limit, without reading more than the limit, and with
// [ErrTimeout] when time runs out. Errors do not repeat rawURL: the
// caller names it.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (body []byte, contentType string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		if ue := (*url.Error)(nil); errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, "", fmt.Errorf("invalid URL: %w", err)
	}
	p := &fetchPolicy{allowPrivate: f.AllowPrivate, maxRedirects: f.MaxRedirects, hooks: f.hooks}
	if p.maxRedirects <= 0 {
		p.maxRedirects = DefaultMaxRedirects
	}
	if err := p.checkURL(u); err != nil {
		return nil, "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", fmt.Errorf("invalid URL: %w", requestError(err))
	}
	if f.UserAgent != "" {
		req.Header.Set("User-Agent", f.UserAgent)
	}
	client, transport := f.client(p)
	defer transport.CloseIdleConnections()
	resp, err := client.Do(req)
	if err != nil {
		return nil, "", p.requestError(err)
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

// client returns a client for one Fetch, and its transport: it dials and
// follows redirects as p says, without a proxy.
func (f *Fetcher) client(p *fetchPolicy) (*http.Client, *http.Transport) {
	dialer := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second, Control: p.control}
	transport := &http.Transport{
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
	}
	client := &http.Client{Transport: transport, Timeout: f.Timeout, CheckRedirect: p.checkRedirect}
	return client, transport
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

// requestError is the package requestError, except that an address
// refused when dialing after a redirect says which redirect.
func (p *fetchPolicy) requestError(err error) error {
	err = requestError(err)
	var ae *AddressError
	if errors.As(err, &ae) && err == error(ae) && p.redirectedTo != "" {
		return fmt.Errorf("redirect to %s: %w", p.redirectedTo, ae)
	}
	return err
}

// requestError returns err without the "Get URL:" a *url.Error adds (nor
// the "dial tcp ADDR:" before a refused address), or ErrTimeout for a
// timeout.
func requestError(err error) error {
	var te interface{ Timeout() bool }
	if errors.As(err, &te) && te.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		return ErrTimeout
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var oe *net.OpError
	var ae *AddressError
	if errors.As(err, &oe) && oe.Op == "dial" && errors.As(oe.Err, &ae) {
		return ae
	}
	return err
}
