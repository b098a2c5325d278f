package uniprops

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestVCorpus compares RewriteV's verdicts with a corpus recorded from the reference node
// (VCORPUS=file.jsonl, lines ["pattern","ok" or V8's error text]); skipped without one.
func TestVCorpus(t *testing.T) {
	file := os.Getenv("VCORPUS")
	if file == "" {
		t.Skip("VCORPUS not set")
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := 0
	n := 0
	for sc.Scan() {
		var rec [2]string
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		n++
		_, errText := RewriteV(rec[0], false)
		got := errText
		if got == "" {
			got = "ok"
		}
		if got != rec[1] {
			bad++
			if bad < 60 {
				t.Errorf("%q: got %q, node %q", rec[0], got, rec[1])
			}
		}
	}
	t.Logf("%d/%d agree", n-bad, n)
}
