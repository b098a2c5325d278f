package crypto

import (
	"encoding/hex"
	"testing"
)

// Known answers for "abc" (FIPS 180/202, RFC 1321, the RIPEMD and BLAKE2 papers).
var abcDigests = map[string]string{
	"md5":        "900150983cd24fb0d6963f7d28e17f72",
	"sha1":       "a9993e364706816aba3e25717850c26c9cd0d89d",
	"sha256":     "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
	"sha3-256":   "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532",
	"ripemd160":  "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
	"blake2s256": "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982",
	"shake128":   "5881092dd818bf5cf8a3ddb793fbcba7",
	"md5-sha1":   "900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d",
	"sm3":        "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
}

func TestKnownDigests(t *testing.T) {
	for name, want := range abcDigests {
		a := lookup(name)
		if a == nil {
			t.Fatalf("%s: not found", name)
		}
		h := a.make()
		h.Write([]byte("abc"))
		if got := hex.EncodeToString((&digester{alg: a, h: h, outLen: a.size}).sum()); got != want {
			t.Errorf("%s: got %s want %s", name, got, want)
		}
	}
}

func TestAliasesResolve(t *testing.T) {
	for _, n := range hashNames {
		if lookup(n) == nil {
			t.Errorf("getHashes name %q does not resolve", n)
		}
	}
	for _, n := range []string{"SHA-256", "sha2-512/224", "RSA-SHA1-2", "2.16.840.1.101.3.4.2.1", "ShAkE-256"} {
		if lookup(n) == nil {
			t.Errorf("%q does not resolve", n)
		}
	}
}

// A copy must continue from the state at the time of copying, independently of the original.
func TestCloneIsIndependent(t *testing.T) {
	for name := range algorithms {
		a := algorithms[name]
		h := a.make()
		h.Write([]byte("ab"))
		c, err := cloneHash(h)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		h.Write([]byte("c"))
		c.Write([]byte("c"))
		h.Write([]byte("more"))
		want := a.make()
		want.Write([]byte("abc"))
		if hex.EncodeToString(c.Sum(nil)) != hex.EncodeToString(want.Sum(nil)) {
			t.Errorf("%s: copy diverged", name)
		}
	}
}
