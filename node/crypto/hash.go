package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"errors"
	"hash"
	"reflect"
	"strings"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/ripemd160" //nolint:staticcheck // Node (OpenSSL) still offers RIPEMD-160
)

// algorithm is one digest OpenSSL offers under Node: name is the canonical name, size the
// default output length in bytes.
type algorithm struct {
	name string
	size int
	xof  bool
	make func() hash.Hash
}

func shake128() hash.Hash { return &shakeHash{s: sha3.NewSHAKE128(), size: 16, block: 168} }
func shake256() hash.Hash { return &shakeHash{s: sha3.NewSHAKE256(), size: 32, block: 136} }

func mustNew(f func([]byte) (hash.Hash, error)) func() hash.Hash {
	return func() hash.Hash {
		h, err := f(nil)
		if err != nil {
			panic(err)
		}
		return h
	}
}

var algorithms = map[string]*algorithm{}

// aliases maps every lower-cased name OpenSSL 3 resolves (the getHashes names, the "SHA2-256"
// and "SHA-256" spellings, OIDs) to the canonical name.
var aliases = map[string]string{}

func init() {
	add := func(name string, size int, xof bool, mk func() hash.Hash, names ...string) {
		algorithms[name] = &algorithm{name: name, size: size, xof: xof, make: mk}
		aliases[name] = name
		for _, n := range names {
			aliases[strings.ToLower(n)] = name
		}
	}
	add("md5", 16, false, md5.New, "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5", "1.2.840.113549.2.5")
	add("sha1", 20, false, sha1.New, "SHA-1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1", "1.3.14.3.2.26")
	add("md5-sha1", 36, false, newMD5SHA1)
	add("sha224", 28, false, sha256.New224, "SHA-224", "SHA2-224", "RSA-SHA224", "sha224WithRSAEncryption", "2.16.840.1.101.3.4.2.4")
	add("sha256", 32, false, sha256.New, "SHA-256", "SHA2-256", "RSA-SHA256", "sha256WithRSAEncryption", "2.16.840.1.101.3.4.2.1")
	add("sha384", 48, false, sha512.New384, "SHA-384", "SHA2-384", "RSA-SHA384", "sha384WithRSAEncryption", "2.16.840.1.101.3.4.2.2")
	add("sha512", 64, false, sha512.New, "SHA-512", "SHA2-512", "RSA-SHA512", "sha512WithRSAEncryption", "2.16.840.1.101.3.4.2.3")
	add("sha512-224", 28, false, sha512.New512_224, "SHA-512/224", "SHA2-512/224", "RSA-SHA512/224", "sha512-224WithRSAEncryption", "2.16.840.1.101.3.4.2.5")
	add("sha512-256", 32, false, sha512.New512_256, "SHA-512/256", "SHA2-512/256", "RSA-SHA512/256", "sha512-256WithRSAEncryption", "2.16.840.1.101.3.4.2.6")
	add("sha3-224", 28, false, func() hash.Hash { return sha3.New224() }, "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224", "2.16.840.1.101.3.4.2.7")
	add("sha3-256", 32, false, func() hash.Hash { return sha3.New256() }, "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256", "2.16.840.1.101.3.4.2.8")
	add("sha3-384", 48, false, func() hash.Hash { return sha3.New384() }, "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384", "2.16.840.1.101.3.4.2.9")
	add("sha3-512", 64, false, func() hash.Hash { return sha3.New512() }, "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512", "2.16.840.1.101.3.4.2.10")
	add("shake128", 16, true, shake128, "SHAKE-128", "2.16.840.1.101.3.4.2.11")
	add("shake256", 32, true, shake256, "SHAKE-256", "2.16.840.1.101.3.4.2.12")
	add("ripemd160", 20, false, ripemd160.New, "RIPEMD-160", "ripemd", "rmd160", "RSA-RIPEMD160", "ripemd160WithRSA", "1.3.36.3.2.1")
	add("blake2b512", 64, false, mustNew(blake2b.New512), "BLAKE2B-512", "1.3.6.1.4.1.1722.12.2.1.16")
	add("blake2s256", 32, false, mustNew(blake2s.New256), "BLAKE2S-256", "1.3.6.1.4.1.1722.12.2.2.8")
	add("sm3", 32, false, newSM3, "RSA-SM3", "sm3WithRSAEncryption", "1.2.156.10197.1.401")
}

// legacyNames are digests OpenSSL 3 knows but keeps in its legacy provider, which Node does not
// load: asking for them fails with "unsupported" rather than "not supported".
var legacyNames = map[string]bool{
	"md4": true, "rsa-md4": true, "md4withrsaencryption": true, "whirlpool": true,
	"mdc2": true, "rsa-mdc2": true, "mdc2withrsa": true,
}

// lookup finds an algorithm by any of its names, case-insensitively.
func lookup(name string) *algorithm {
	if a, ok := algorithms[name]; ok {
		return a
	}
	return algorithms[aliases[strings.ToLower(name)]]
}

// hashNames is what crypto.getHashes() lists in Node 24.21.0 (OpenSSL 3).
var hashNames = []string{
	"RSA-MD5", "RSA-RIPEMD160", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256",
	"RSA-SHA3-224", "RSA-SHA3-256", "RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512",
	"RSA-SHA512/224", "RSA-SHA512/256", "RSA-SM3", "blake2b512", "blake2s256",
	"id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
	"md5", "md5-sha1", "md5WithRSAEncryption", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160",
	"sha1", "sha1WithRSAEncryption", "sha224", "sha224WithRSAEncryption", "sha256",
	"sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "sha384",
	"sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption", "sha512-256",
	"sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256",
	"sm3", "sm3WithRSAEncryption", "ssl3-md5", "ssl3-sha1",
}

// shakeHash puts a SHAKE behind hash.Hash; Sum reads size bytes from a copy of the state.
type shakeHash struct {
	s     *sha3.SHAKE
	size  int
	block int
}

func (h *shakeHash) Write(p []byte) (int, error) { return h.s.Write(p) }
func (h *shakeHash) Reset()                      { h.s.Reset() }
func (h *shakeHash) Size() int                   { return h.size }
func (h *shakeHash) BlockSize() int              { return h.block }
func (h *shakeHash) Sum(b []byte) []byte         { return append(b, h.read(h.size)...) }

func (h *shakeHash) read(n int) []byte {
	c := h.clone()
	out := make([]byte, n)
	_, _ = c.s.Read(out)
	return out
}

func (h *shakeHash) clone() *shakeHash {
	st, err := h.s.MarshalBinary()
	if err != nil {
		panic(err)
	}
	c := &shakeHash{s: sha3.NewSHAKE256(), size: h.size, block: h.block}
	if h.block == 168 {
		c.s = sha3.NewSHAKE128()
	}
	if err := c.s.UnmarshalBinary(st); err != nil {
		panic(err)
	}
	return c
}

// md5sha1 is OpenSSL's MD5-SHA1: both digests of the same input, concatenated (TLS 1.0's PRF hash).
type md5sha1 struct{ m, s hash.Hash }

func newMD5SHA1() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }

func (h *md5sha1) Write(p []byte) (int, error) { h.m.Write(p); return h.s.Write(p) }
func (h *md5sha1) Reset()                      { h.m.Reset(); h.s.Reset() }
func (h *md5sha1) Size() int                   { return 36 }
func (h *md5sha1) BlockSize() int              { return 64 }
func (h *md5sha1) Sum(b []byte) []byte         { return h.s.Sum(h.m.Sum(b)) }

var errNoClone = errors.New("hash state cannot be copied")

// cloneHash copies a running hash: Go's own hashes are hash.Cloners; the others here are plain
// structs of arrays and integers (RIPEMD-160) or wrappers handled by name.
func cloneHash(h hash.Hash) (hash.Hash, error) {
	switch x := h.(type) {
	case *shakeHash:
		return x.clone(), nil
	case *md5sha1:
		m, err := cloneHash(x.m)
		if err != nil {
			return nil, err
		}
		s, err := cloneHash(x.s)
		if err != nil {
			return nil, err
		}
		return &md5sha1{m, s}, nil
	case hash.Cloner:
		c, err := x.Clone()
		return c, err
	}
	v := reflect.ValueOf(h)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct || !plainData(v.Elem().Type()) {
		return nil, errNoClone
	}
	c := reflect.New(v.Elem().Type())
	c.Elem().Set(v.Elem())
	return c.Interface().(hash.Hash), nil
}

// plainData tells whether copying a value of t copies all of its state (no pointers inside).
func plainData(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Array:
		return plainData(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if !plainData(t.Field(i).Type) {
				return false
			}
		}
		return true
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// newHMAC keys an HMAC over a; XOFs have no HMAC (OpenSSL fails without a reason).
func newHMAC(a *algorithm, key []byte) hash.Hash {
	return hmac.New(a.make, key)
}
