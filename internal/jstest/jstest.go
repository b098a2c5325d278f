// Package jstest holds helpers shared by the Go tests that compare gnode's output with output
// recorded from the reference Node.
package jstest

import "strings"

// Reporter is the part of testing.TB the helpers use.
type Reporter interface {
	Helper()
	Errorf(format string, args ...any)
}

// CompareLines reports each line of got that differs from want (at most 30 of them) and
// returns how many differ. A trailing newline on either side is ignored.
func CompareLines(t Reporter, got, want string) int {
	t.Helper()
	wl := strings.Split(strings.TrimRight(want, "\n"), "\n")
	gl := strings.Split(strings.TrimRight(got, "\n"), "\n")
	bad := 0
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			bad++
			if bad <= 30 {
				t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d lines differ", bad, len(wl))
	}
	return bad
}
