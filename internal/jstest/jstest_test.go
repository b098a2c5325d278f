package jstest

import (
	"fmt"
	"testing"
)

type recorder struct{ errs []string }

func (r *recorder) Helper()                      {}
func (r *recorder) Errorf(f string, args ...any) { r.errs = append(r.errs, fmt.Sprintf(f, args...)) }

func TestCompareLines(t *testing.T) {
	var r recorder
	if n := CompareLines(&r, "a\nb\n", "a\nb"); n != 0 || len(r.errs) != 0 {
		t.Fatalf("equal texts: %d differences, %q", n, r.errs)
	}
	if n := CompareLines(&r, "a\nx\nc", "a\nb"); n != 2 || len(r.errs) != 3 {
		t.Fatalf("got %d differences and reports %q", n, r.errs)
	}
}
