package ingest

import (
	"net/netip"
	"testing"
)

func TestRefusedKind(t *testing.T) {
	tests := []struct{ addr, want string }{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"0.0.0.0", "unspecified"},
		{"0.1.2.3", "unspecified"},
		{"::", "unspecified"},
		{"10.0.0.1", "private"},
		{"172.16.5.4", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"::ffff:192.168.0.1", "private"},
		{"64:ff9b::10.0.0.1", "private"},
		{"100.100.100.200", "shared (carrier-grade NAT)"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"fec0::1", "site-local"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"255.255.255.255", "reserved"},
		{"240.0.0.1", "reserved"},
		{"93.184.215.14", ""},
		{"172.32.0.1", ""},
		{"2606:4700::1111", ""},
		{"64:ff9b::8.8.8.8", ""},
	}
	for _, tc := range tests {
		t.Run(tc.addr, func(t *testing.T) {
			if got := refusedKind(netip.MustParseAddr(tc.addr)); got != tc.want {
				t.Errorf("refusedKind(%s) = %q, want %q", tc.addr, got, tc.want)
			}
		})
	}
}
