package net

import (
	"net/netip"
	"strconv"
	"strings"
	"unsafe"
)

func itoa(i int) string { return strconv.Itoa(i) }

// unspec is a sockaddr with family AF_UNSPEC, for dissolving a UDP association.
var unspec = [16]byte{}

func unsafePointer(p *[16]byte) unsafe.Pointer { return unsafe.Pointer(p) }

// ipFamily is Node's isIP: 4, 6 or 0. A zone may follow an IPv6 address and is limited to
// letters, digits and "-.:" as in Node's expression.
func ipFamily(s string) int {
	if len(s) > 64 && !strings.Contains(s, "%") {
		return 0
	}
	a, err := netip.ParseAddr(s)
	if err != nil {
		return 0
	}
	if a.Is4() {
		return 4
	}
	if i := strings.IndexByte(s, '%'); i >= 0 {
		for _, r := range s[i+1:] {
			if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '.' || r == ':') {
				return 0
			}
		}
	}
	return 6
}

// ParseIP reads an address the way Node's bindings do (inet_pton), zone included.
func ParseIP(s string) (netip.Addr, bool) {
	a, err := netip.ParseAddr(s)
	return a, err == nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
