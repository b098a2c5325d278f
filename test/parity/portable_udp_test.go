package parity

import (
	"os"
	"path/filepath"
	"testing"
)

// TestParityPortableUDP runs the dgram cases against gnode built with the UDP sockets Windows
// uses (node/net/udp_portable.go, Go's net package), which only the tag gnodeportableudp builds
// here: without it they would go untested.
func TestParityPortableUDP(t *testing.T) {
	if os.Getenv("PARITY_CASES") != "" || os.Getenv("GNODE") != "" || os.Getenv("UPDATE_GOLDEN") != "" {
		t.Skip("runs with the whole parity suite only")
	}
	here, root := harnessDirs(t)
	cases, _ := discover(here)
	known, _ := readKnown(filepath.Join(here, knownFile), cases)
	selected, _ := selectCases(cases, "dgram/")
	if len(selected) == 0 {
		t.Skip("no dgram cases")
	}
	bin := buildGnode(t, root, "gnodeportableudp")
	for _, c := range selected {
		if _, isKnown := known[c.ID]; isKnown {
			continue
		}
		diff, err := checkCase(bin, root, c)
		if err != nil {
			t.Error(err)
			continue
		}
		if diff != "" {
			t.Errorf("%s with the portable UDP differs from Node %s (- node, + gnode):\n%s", c.ID, nodeVersion, diff)
		}
	}
}
