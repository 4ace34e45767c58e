package ingest

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
)

// DefaultMaxRedirects is the most redirects a [Fetcher] follows unless
// told otherwise.
const DefaultMaxRedirects = 5

// AddressError is the error of a fetch refused for the address it would
// connect to: loopback, private, link-local and the like (see
// [Fetcher.AllowPrivate]).
type AddressError struct {
	// Addr is the address and port refused.
	Addr netip.AddrPort
	// Kind says what Addr is: "loopback", "private", "link-local", ...
	Kind string
}

// Error says which address was refused, and why.
func (e *AddressError) Error() string {
	article := "a"
	if strings.ContainsAny(e.Kind[:1], "aeiou") {
		article = "an"
	}
	return fmt.Sprintf("refused to connect to %s, %s %s address", e.Addr, article, e.Kind)
}

// refusedKind returns what makes a an address not to fetch from without
// AllowPrivate ("loopback", "private", ...), or "" for a public address.
// An IPv4 address mapped into IPv6, or behind the NAT64 prefix, is judged
// as the IPv4 address.
func refusedKind(a netip.Addr) string {
	a = a.Unmap()
	if nat64 := netip.MustParsePrefix("64:ff9b::/96"); nat64.Contains(a) {
		b := a.As16()
		return refusedKind(netip.AddrFrom4([4]byte(b[12:])))
	}
	switch {
	case a.IsLoopback():
		return "loopback"
	case a.IsUnspecified() || netip.MustParsePrefix("0.0.0.0/8").Contains(a):
		return "unspecified"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.IsMulticast():
		return "multicast"
	case netip.MustParsePrefix("100.64.0.0/10").Contains(a):
		return "shared (carrier-grade NAT)"
	case netip.MustParsePrefix("fec0::/10").Contains(a):
		return "site-local"
	case netip.MustParsePrefix("240.0.0.0/4").Contains(a):
		return "reserved"
	}
	return ""
}

// fetchHooks let tests through to their own server without AllowPrivate.
type fetchHooks struct {
	allow  netip.AddrPort       // the one address let through whatever it is
	dialed func(netip.AddrPort) // called with each address about to be dialed
}

// fetchPolicy checks the addresses and redirects of one Fetch.
type fetchPolicy struct {
	allowPrivate bool
	maxRedirects int
	hooks        *fetchHooks // nil but in tests
	redirectedTo string      // the last redirect followed, without credentials
}

// check returns an *AddressError when ap may not be connected to.
func (p *fetchPolicy) check(ap netip.AddrPort) error {
	if p.allowPrivate || p.hooks != nil && p.hooks.allow == ap {
		return nil
	}
	if kind := refusedKind(ap.Addr()); kind != "" {
		return &AddressError{Addr: ap, Kind: kind}
	}
	return nil
}

// control is the Control of the net.Dialer: it runs once the name is
// resolved, before each connection is attempted, so the check holds
// whatever DNS answers.
func (p *fetchPolicy) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("refused to connect to %s: not an IP address and port", address)
	}
	if p.hooks != nil && p.hooks.dialed != nil {
		p.hooks.dialed(ap)
	}
	return p.check(ap)
}

// checkURL fails on a URL that is not http or https, has no host, or
// names an address that may not be connected to: that is found before
// dialing.
func (p *fetchPolicy) checkURL(u *url.URL) error {
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return fmt.Errorf("unsupported scheme %q: only http and https are fetched", u.Scheme)
	}
	if u.Hostname() == "" {
		return errors.New("invalid URL: no host")
	}
	addr, err := netip.ParseAddr(u.Hostname())
	if err != nil {
		return nil // a name: checked when dialing the addresses it resolves to
	}
	port := uint16(80)
	if strings.EqualFold(u.Scheme, "https") {
		port = 443
	}
	if u.Port() != "" {
		n, err := strconv.ParseUint(u.Port(), 10, 16)
		if err != nil {
			return fmt.Errorf("invalid URL: bad port %q", u.Port())
		}
		port = uint16(n)
	}
	return p.check(netip.AddrPortFrom(addr, port))
}

// checkRedirect is the CheckRedirect of the client: a redirect is checked
// as the first URL is, and no more than maxRedirects are followed.
func (p *fetchPolicy) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > p.maxRedirects {
		return fmt.Errorf("stopped after %d redirects", p.maxRedirects)
	}
	to := StripCredentials(req.URL.String())
	if err := p.checkURL(req.URL); err != nil {
		return fmt.Errorf("redirect to %s: %w", to, err)
	}
	p.redirectedTo = to
	return nil
}
