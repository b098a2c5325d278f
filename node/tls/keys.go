package tls

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/pbkdf2"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"hash"
	"strings"
)

// sslError is an OpenSSL error as Node reports it: the packed code, library and reason make
// the message "error:<hex>:<library>::<reason>" and the code ERR_OSSL_<REASON> (or ERR_SSL_… for
// the SSL library).
type sslError struct {
	hex     string
	library string
	reason  string
	code    string
}

func (e *sslError) Error() string { return "error:" + e.hex + ":" + e.library + "::" + e.reason }

// libPrefixes are the library names Node puts in ERR_OSSL_<LIB>_<REASON> codes; libraries
// missing here (providers, decoders) give ERR_OSSL_<REASON>.
var libPrefixes = map[string]string{
	"SSL routines": "ERR_SSL_", "x509 certificate routines": "ERR_OSSL_X509_", "PEM routines": "ERR_OSSL_PEM_",
	"asn1 encoding routines": "ERR_OSSL_ASN1_", "elliptic curve routines": "ERR_OSSL_EC_", "rsa routines": "ERR_OSSL_RSA_",
	"digital envelope routines": "ERR_OSSL_EVP_", "common libcrypto routines": "ERR_OSSL_CRYPTO_",
}

func osslErr(hex, library, reason string) *sslError {
	prefix, ok := libPrefixes[library]
	if !ok {
		prefix = "ERR_OSSL_"
	}
	code := prefix + strings.ToUpper(strings.NewReplacer(" ", "_", "-", "_").Replace(reason))
	return &sslError{hex: hex, library: library, reason: reason, code: code}
}

var (
	errBadDecrypt     = osslErr("1C800064", "Provider routines", "bad decrypt")
	errDecoderUnsupp  = osslErr("1E08010C", "DECODER routines", "unsupported")
	errNoStartLine    = osslErr("0480006C", "PEM routines", "no start line")
	errKeyMismatch    = osslErr("05800074", "x509 certificate routines", "key values mismatch")
	errNoCipherMatch  = osslErr("0A0000B9", "SSL routines", "no cipher match")
	errUnsupportedKey = osslErr("1E08010C", "DECODER routines", "unsupported")
)

// parsePrivateKey reads the first private key of a PEM text, decrypting it with pass when it is
// encrypted (PKCS#8 PBES2 or the legacy "Proc-Type: 4,ENCRYPTED" headers).
func parsePrivateKey(data []byte, pass []byte) (crypto.Signer, error) {
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			return nil, errDecoderUnsupp
		}
		if !strings.HasSuffix(b.Type, "PRIVATE KEY") {
			continue
		}
		der := b.Bytes
		legacy := x509.IsEncryptedPEMBlock(b) //nolint:staticcheck // legacy keys still exist
		encrypted := legacy || b.Type == "ENCRYPTED PRIVATE KEY"
		if legacy {
			d, err := x509.DecryptPEMBlock(b, pass) //nolint:staticcheck
			if err != nil {
				return nil, errBadDecrypt
			}
			der = d
		}
		if b.Type == "ENCRYPTED PRIVATE KEY" {
			d, err := decryptPKCS8(der, pass)
			if err != nil {
				return nil, err
			}
			der = d
		}
		var key any
		var err error
		switch b.Type {
		case "RSA PRIVATE KEY":
			key, err = x509.ParsePKCS1PrivateKey(der)
		case "EC PRIVATE KEY":
			key, err = x509.ParseECPrivateKey(der)
		default:
			key, err = x509.ParsePKCS8PrivateKey(der)
		}
		if err != nil {
			if encrypted {
				// a wrong passphrase leaves valid-looking CBC padding about once in 256 tries;
				// the garbage under it is still a bad decrypt, not an unknown format
				return nil, errBadDecrypt
			}
			return nil, errDecoderUnsupp
		}
		switch k := key.(type) {
		case *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey:
			return k.(crypto.Signer), nil
		}
		return nil, errUnsupportedKey
	}
}

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA224 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

type algorithmIdentifier struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type encryptedPrivateKeyInfo struct {
	Algorithm algorithmIdentifier
	Data      []byte
}

type pbes2Params struct {
	KDF    algorithmIdentifier
	Scheme algorithmIdentifier
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int                 `asn1:"optional"`
	PRF       algorithmIdentifier `asn1:"optional"`
}

// decryptPKCS8 opens an EncryptedPrivateKeyInfo made with PBES2 (PBKDF2 and AES or 3DES in CBC
// mode), which is what OpenSSL 3 writes.
func decryptPKCS8(der []byte, pass []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, errDecoderUnsupp
	}
	if !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, errDecoderUnsupp
	}
	var params pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &params); err != nil {
		return nil, errDecoderUnsupp
	}
	if !params.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errDecoderUnsupp
	}
	var kdf pbkdf2Params
	if _, err := asn1.Unmarshal(params.KDF.Parameters.FullBytes, &kdf); err != nil {
		return nil, errDecoderUnsupp
	}
	var newHash func() hash.Hash
	switch {
	case kdf.PRF.Algorithm == nil || kdf.PRF.Algorithm.Equal(oidHMACSHA1):
		newHash = sha1.New
	case kdf.PRF.Algorithm.Equal(oidHMACSHA224):
		newHash = sha256.New224
	case kdf.PRF.Algorithm.Equal(oidHMACSHA256):
		newHash = sha256.New
	case kdf.PRF.Algorithm.Equal(oidHMACSHA384):
		newHash = sha512.New384
	case kdf.PRF.Algorithm.Equal(oidHMACSHA512):
		newHash = sha512.New
	default:
		return nil, errDecoderUnsupp
	}
	var keyLen int
	var newBlock func([]byte) (cipher.Block, error)
	switch s := params.Scheme.Algorithm; {
	case s.Equal(oidAES128CBC):
		keyLen, newBlock = 16, aes.NewCipher
	case s.Equal(oidAES192CBC):
		keyLen, newBlock = 24, aes.NewCipher
	case s.Equal(oidAES256CBC):
		keyLen, newBlock = 32, aes.NewCipher
	case s.Equal(oidDESEDE3CBC):
		keyLen, newBlock = 24, des.NewTripleDESCipher
	default:
		return nil, errDecoderUnsupp
	}
	var iv []byte
	if _, err := asn1.Unmarshal(params.Scheme.Parameters.FullBytes, &iv); err != nil {
		return nil, errDecoderUnsupp
	}
	key, err := pbkdf2.Key(newHash, string(pass), kdf.Salt, kdf.Iter, keyLen)
	if err != nil {
		return nil, errBadDecrypt
	}
	block, err := newBlock(key)
	if err != nil || len(iv) != block.BlockSize() || len(info.Data)%block.BlockSize() != 0 || len(info.Data) == 0 {
		return nil, errBadDecrypt
	}
	out := make([]byte, len(info.Data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, info.Data)
	pad := int(out[len(out)-1])
	if pad == 0 || pad > block.BlockSize() || pad > len(out) {
		return nil, errBadDecrypt
	}
	for _, p := range out[len(out)-pad:] {
		if int(p) != pad {
			return nil, errBadDecrypt
		}
	}
	return out[:len(out)-pad], nil
}

// parseCerts reads every CERTIFICATE block of a PEM text.
func parseCerts(data []byte) ([]*x509.Certificate, error) {
	var out []*x509.Certificate
	rest := data
	for {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type != "CERTIFICATE" && b.Type != "TRUSTED CERTIFICATE" && b.Type != "X509 CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, osslErr("0680007B", "asn1 encoding routines", "header too long")
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil, errNoStartLine
	}
	return out, nil
}

func publicKeysEqual(a, b crypto.PublicKey) bool {
	type equaler interface{ Equal(crypto.PublicKey) bool }
	if e, ok := a.(equaler); ok {
		return e.Equal(b)
	}
	return false
}

var errNoKey = errors.New("no key")
