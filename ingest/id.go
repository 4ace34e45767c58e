package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// slugMax is the most bytes of an id before its hash.
const slugMax = 40

// ID returns the document id of an article whose identity (a feed GUID, a
// URL or a file name) is identity: a slug of it, then "_" and the first 8
// hex digits of its SHA-256. The slug of a URL is its host (without "www.")
// and path; of anything else the whole string; lower-case, each run of
// characters other than ASCII letters and digits turned into "_", cut to
// 40 bytes. The id is safe as a file name and in a URL, stable, and
// different for different identities but for a hash collision. The user
// name and password of a URL are no part of its identity: the id does not
// depend on them, nor reveal them.
//
// For example, the id of https://www.elpais.com/internacional/2023-09-12/kim.html
// is elpais_com_internacional_2023_09_12_kim_ and 8 hex digits.
func ID(identity string) string {
	identity = StripCredentials(identity)
	sum := sha256.Sum256([]byte(identity))
	hash := hex.EncodeToString(sum[:4])
	if slug := slugOf(identity); slug != "" {
		return slug + "_" + hash
	}
	return hash
}

// slugOf returns the readable part of the id of identity.
func slugOf(identity string) string {
	s := identity
	if u, err := url.Parse(identity); err == nil && u.Host != "" {
		s = strings.TrimPrefix(u.Host, "www.") + u.Path
	}
	var b strings.Builder
	under := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			under = b.Len() > 0
			continue
		}
		if under {
			b.WriteByte('_')
			under = false
		}
		b.WriteByte(c)
	}
	slug := b.String()
	if len(slug) > slugMax {
		slug = strings.TrimRight(slug[:slugMax], "_")
	}
	return slug
}

// isSafeID reports whether id, given by the input itself (the "id" of a
// JSON line), can serve as a document id as it is: 1 to 64 ASCII letters,
// digits, dots, hyphens and underscores, starting with a letter or digit.
func isSafeID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case (c == '.' || c == '-' || c == '_') && i > 0:
		default:
			return false
		}
	}
	return true
}
