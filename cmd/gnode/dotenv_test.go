package main

import (
	"reflect"
	"testing"
)

// Expected values recorded from node v24.21.0 --env-file on the same input.
func TestParseDotenv(t *testing.T) {
	src := "A=1\n# c\nB=\"two words\"\nexport C=3\nD=multi\\nline\nE=a # comment\nF=\"q\"x\nG='sq\\n'\nH=\"dq\\nx\"\nI=`bt`\nJ=\" spaced \"\nK=\"multi\nline\"\n  L = trimmed  \nM\n=bad\nN=a=b\n"
	want := [][2]string{{"A", "1"}, {"B", "two words"}, {"C", "3"}, {"D", `multi\nline`}, {"E", "a"}, {"F", "q"},
		{"G", `sq\n`}, {"H", "dq\nx"}, {"I", "bt"}, {"J", " spaced "}, {"K", "multi\nline"}, {"L", "trimmed"}, {"N", "a=b"}}
	if got := parseDotenv(src); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func FuzzParseDotenv(f *testing.F) {
	f.Add("A=1\nB=\"x\ny\"\n")
	f.Add("export K='v' # c\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, kv := range parseDotenv(s) {
			if kv[0] == "" {
				t.Fatalf("empty key from %q", s)
			}
		}
	})
}
