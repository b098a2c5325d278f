package weburl

import "testing"

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		u, _ := Parse("https://example.com/api/v1/users/12345?a=1&b=2#x", nil)
		u.Serialize()
	}
}
