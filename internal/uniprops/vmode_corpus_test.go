package uniprops

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// TestVCorpus compares RewriteV's verdicts with a corpus recorded from the reference node
// (testdata/vcorpus.jsonl, or VCORPUS=file.jsonl; lines ["pattern","ok" or V8's error text],
// made by gen/gen_vcorpus.js).
func TestVCorpus(t *testing.T) {
	file := os.Getenv("VCORPUS")
	if file == "" {
		file = "testdata/vcorpus.jsonl"
	}
	checkCorpus(t, file, func(p string) string { _, e := RewriteV(p, false); return e })
}

// checkCorpus runs verdict over a corpus of ["pattern", "ok" or V8's error text] lines.
func checkCorpus(t *testing.T, file string, verdict func(string) string) {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad, n := 0, 0
	for sc.Scan() {
		var rec [2]string
		if json.Unmarshal(sc.Bytes(), &rec) != nil {
			continue
		}
		n++
		got := verdict(rec[0])
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

func TestRewriteV(t *testing.T) {
	for _, c := range []struct{ in, out, err string }{
		{`[a-c--b]`, "", "Invalid set operation in character class"},
		{`[[a-c]--b]`, `[\u{61}\u{63}]`, ""},
		{`[\q{abc|d|}x]`, `(?:abc|[\u{64}\u{78}]|)`, ""},
		{`a[^\d&&[0-4]]+`, `a[^\u{30}-\u{34}]+`, ""},
		{`[a&&&b]`, "", "Invalid character in character class"},
		{`[^\q{ab}]`, "", "Negated character class may contain strings"},
		{`\P{RGI_Emoji}`, "", "Invalid property name"},
	} {
		out, err := RewriteV(c.in, false)
		if out != c.out || err != c.err {
			t.Errorf("RewriteV(%q) = %q, %q; want %q, %q", c.in, out, err, c.out, c.err)
		}
	}
	if out, _ := RewriteV(`[\p{Lu}&&[a-z]]`, true); out == "[]" {
		t.Errorf("with i, \\p{Lu} and [a-z] should meet: %q", out)
	}
}

func FuzzRewriteV(f *testing.F) {
	for _, s := range []string{`[a-z--[aeiou]]`, `[\p{L}&&\p{Lu}]`, `[\q{ab|c}]`, `(?<n>[\w--\d])\k<n>`, `[^[a]]`, `\p{RGI_Emoji}`, `[\u{1F600}-\u{1F64F}]`, `a{2,3}?`} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, pattern string, icase bool) {
		out, errText := RewriteV(pattern, icase)
		if errText == "" && out == "" && pattern != "" {
			t.Fatalf("empty translation of %q", pattern)
		}
	})
}

// TestUCorpus compares CheckU's verdicts with a corpus recorded from the reference node
// (testdata/ucorpus.jsonl, made by gen/gen_ucorpus.js).
func TestUCorpus(t *testing.T) { checkCorpus(t, "testdata/ucorpus.jsonl", CheckU) }

func FuzzCheckU(f *testing.F) {
	for _, s := range []string{`[a-z]`, `\p{L}+`, `(?<n>a)\k<n>`, `[\d-a]`, `a{2,1}`, `\u{1F600}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, pattern string) { _ = CheckU(pattern) })
}
