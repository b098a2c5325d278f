package net

import (
	"context"
	"net"
	"net/netip"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// serveDNS answers queries on 127.0.0.1 from handler until the test ends.
func serveDNS(t *testing.T, handler func(q dnsmessage.Question, b *dnsmessage.Builder) dnsmessage.RCode) DNSServer {
	t.Helper()
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var m dnsmessage.Message
			if m.Unpack(buf[:n]) != nil || len(m.Questions) != 1 {
				continue
			}
			q := m.Questions[0]
			hdr := dnsmessage.Header{ID: m.Header.ID, Response: true, Authoritative: true}
			// two passes: the handler picks the rcode while adding answers
			probe := dnsmessage.NewBuilder(nil, hdr)
			_ = probe.StartQuestions()
			_ = probe.Question(q)
			_ = probe.StartAnswers()
			hdr.RCode = handler(q, &probe)
			b := dnsmessage.NewBuilder(nil, hdr)
			_ = b.StartQuestions()
			_ = b.Question(q)
			_ = b.StartAnswers()
			handler(q, &b)
			out, err := b.Finish()
			if err == nil {
				_, _ = pc.WriteTo(out, from)
			}
		}
	}()
	a := pc.LocalAddr().(*net.UDPAddr)
	return DNSServer{Addr: netip.MustParseAddr("127.0.0.1"), Port: a.Port}
}

func TestQueryAnswersAndErrors(t *testing.T) {
	srv := serveDNS(t, func(q dnsmessage.Question, b *dnsmessage.Builder) dnsmessage.RCode {
		h := dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 30}
		switch q.Name.String() {
		case "a.test.":
			if q.Type == dnsmessage.TypeA {
				_ = b.AResource(h, dnsmessage.AResource{A: [4]byte{192, 0, 2, 7}})
			}
			return dnsmessage.RCodeSuccess
		case "fail.test.":
			return dnsmessage.RCodeServerFailure
		}
		return dnsmessage.RCodeNameError
	})
	ctx := context.Background()
	m, code := Query(ctx, []DNSServer{srv}, "a.test", dnsmessage.TypeA, time.Second, 1)
	if code != "" || len(m.Answers) != 1 {
		t.Fatalf("A: %v %v", code, m)
	}
	if a := m.Answers[0].Body.(*dnsmessage.AResource).A; a != [4]byte{192, 0, 2, 7} {
		t.Fatalf("A = %v", a)
	}
	if _, code := Query(ctx, []DNSServer{srv}, "missing.test", dnsmessage.TypeA, time.Second, 1); code != "ENOTFOUND" {
		t.Fatalf("NXDOMAIN gave %q", code)
	}
	if _, code := Query(ctx, []DNSServer{srv}, "fail.test", dnsmessage.TypeA, time.Second, 1); code != "ESERVFAIL" {
		t.Fatalf("SERVFAIL gave %q", code)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, code := Query(cctx, []DNSServer{srv}, "a.test", dnsmessage.TypeA, time.Second, 1); code != "ECANCELLED" {
		t.Fatalf("cancelled gave %q", code)
	}
}

func TestQueryTimeout(t *testing.T) {
	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	srv := DNSServer{Addr: netip.MustParseAddr("127.0.0.1"), Port: pc.LocalAddr().(*net.UDPAddr).Port}
	start := time.Now()
	if _, code := Query(context.Background(), []DNSServer{srv}, "x.test", dnsmessage.TypeA, 50*time.Millisecond, 2); code != "ETIMEOUT" {
		t.Fatalf("got %q", code)
	}
	if d := time.Since(start); d < 150*time.Millisecond || d > 2*time.Second {
		t.Fatalf("two tries with doubling timeout took %v", d)
	}
}

func TestLookupHosts(t *testing.T) {
	addrs, code := Lookup(context.Background(), "localhost", 4, 0)
	if code != "" || len(addrs) == 0 || !addrs[0].IsLoopback() {
		t.Fatalf("localhost: %v %q", addrs, code)
	}
	if _, code := Lookup(context.Background(), "nonexistent.invalid", 0, 0); code == "" {
		t.Fatal("nonexistent.invalid resolved")
	}
}

func TestReverseName(t *testing.T) {
	if got := ReverseName(netip.MustParseAddr("192.0.2.1")); got != "1.2.0.192.in-addr.arpa" {
		t.Fatal(got)
	}
	if got := ReverseName(netip.MustParseAddr("2001:db8::1")); got != "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa" {
		t.Fatal(got)
	}
}

func TestIPFamily(t *testing.T) {
	for s, want := range map[string]int{"127.0.0.1": 4, "::1": 6, "fe80::1%eth0": 6, "fe80::1%a b": 0,
		"01.2.3.4": 0, "1.2.3": 0, "": 0, "::ffff:1.2.3.4": 6} {
		if got := ipFamily(s); got != want {
			t.Errorf("ipFamily(%q) = %d, want %d", s, got, want)
		}
	}
}

func FuzzParseNAPTR(f *testing.F) {
	f.Add([]byte{0, 100, 0, 10, 1, 'S', 7, 'S', 'I', 'P', '+', 'D', '2', 'U', 0, 3, 'f', 'o', 'o', 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _, _, _, _, _, _ = parseNAPTR(b)
	})
}

func FuzzParseCAA(f *testing.F) {
	f.Add([]byte{0, 5, 'i', 's', 's', 'u', 'e', 'c', 'a'})
	f.Fuzz(func(t *testing.T, b []byte) {
		crit, tag, value, ok := parseCAA(b)
		if ok && 2+len(tag)+len(value) != len(b) {
			t.Fatalf("lengths: %d %q %q of %d", crit, tag, value, len(b))
		}
	})
}
