package net

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"net"
	"net/netip"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/dns/dnsmessage"
)

// The DNS layer has two halves, as Node's cares_wrap: lookup/lookupService use the system's
// resolution (Go's resolver reads /etc/hosts, nsswitch and resolv.conf the way getaddrinfo
// does), and the resolve* family sends queries itself to the configured servers, as c-ares.

// Lookup resolves host for family 0, 4 or 6. order is 0 verbatim, 1 IPv4 first, 2 IPv6 first.
// The error is a libuv/getaddrinfo error name (ENOTFOUND is EAI_NONAME).
func Lookup(ctx context.Context, host string, family, order int) ([]netip.Addr, string) {
	network := "ip"
	switch family {
	case 4:
		network = "ip4"
	case 6:
		network = "ip6"
	}
	addrs, err := net.DefaultResolver.LookupNetIP(ctx, network, host)
	if err != nil {
		var de *net.DNSError
		if errors.As(err, &de) && (de.IsTimeout || de.IsTemporary) && !de.IsNotFound {
			return nil, "EAI_AGAIN"
		}
		return nil, "EAI_NONAME"
	}
	for i, a := range addrs {
		addrs[i] = a.Unmap()
		if family == 6 && a.Is4In6() {
			addrs[i] = a
		}
	}
	if len(addrs) == 0 {
		return nil, "EAI_NONAME"
	}
	switch order {
	case 1:
		slices.SortStableFunc(addrs, func(a, b netip.Addr) int { return boolInt(!a.Is4()) - boolInt(!b.Is4()) })
	case 2:
		slices.SortStableFunc(addrs, func(a, b netip.Addr) int { return boolInt(a.Is4()) - boolInt(b.Is4()) })
	}
	return addrs, ""
}

// LookupService is getnameinfo with NI_NAMEREQD, as Node calls it: the host name of addr (an
// address without one is ENOTFOUND) and the service name of port (or the number).
func LookupService(ctx context.Context, addr netip.Addr, port int) (string, string, string) {
	var host string
	if names, err := net.DefaultResolver.LookupAddr(ctx, addr.String()); err == nil && len(names) > 0 {
		host = strings.TrimSuffix(names[0], ".")
	} else {
		var de *net.DNSError
		if errors.As(err, &de) && de.IsTimeout {
			return "", "", "EAI_AGAIN"
		}
		return "", "", "EAI_NONAME"
	}
	service := strconv.Itoa(port)
	if name, ok := services()[port]; ok {
		service = name
	}
	return host, service, ""
}

var (
	servicesOnce sync.Once
	servicesMap  map[int]string
)

// services is /etc/services for TCP: the first name of each port.
func services() map[int]string {
	servicesOnce.Do(func() {
		servicesMap = map[int]string{}
		f, err := os.Open("/etc/services")
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			fields := strings.Fields(line)
			if len(fields) < 2 {
				continue
			}
			num, proto, ok := strings.Cut(fields[1], "/")
			if !ok || proto != "tcp" {
				continue
			}
			p, err := strconv.Atoi(num)
			if err != nil {
				continue
			}
			if _, dup := servicesMap[p]; !dup {
				servicesMap[p] = fields[0]
			}
		}
	})
	return servicesMap
}

// DNSServer is one name server address.
type DNSServer struct {
	Addr netip.Addr
	Port int
}

// SystemServers are the name servers of /etc/resolv.conf (127.0.0.1 when none), as c-ares reads them.
func SystemServers() []DNSServer {
	var out []DNSServer
	if f, err := os.Open("/etc/resolv.conf"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 && fields[0] == "nameserver" {
				if a, err := netip.ParseAddr(fields[1]); err == nil {
					out = append(out, DNSServer{Addr: a, Port: 53})
				}
			}
		}
		f.Close()
	}
	if len(out) == 0 {
		out = []DNSServer{{Addr: netip.MustParseAddr("127.0.0.1"), Port: 53}}
	}
	return out
}

// Query asks the servers for name's records of type t, c-ares style: each try goes through the
// servers in order, with the timeout doubling per round; a truncated answer is retried over TCP.
// The error is the c-ares code Node reports (ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT…).
func Query(ctx context.Context, servers []DNSServer, name string, t dnsmessage.Type, timeout time.Duration, tries int) (*dnsmessage.Message, string) {
	if len(servers) == 0 {
		return nil, "ECONNREFUSED"
	}
	fqdn := name
	if !strings.HasSuffix(fqdn, ".") {
		fqdn += "."
	}
	qn, err := dnsmessage.NewName(fqdn)
	if err != nil {
		return nil, "EBADNAME"
	}
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	if tries <= 0 {
		tries = 4
	}
	lastErr := "ETIMEOUT"
	for try := 0; try < tries; try++ {
		for _, s := range servers {
			if ctx.Err() != nil {
				return nil, "ECANCELLED"
			}
			id := uint16(rand.IntN(65536))
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: id, RecursionDesired: true})
			_ = b.StartQuestions()
			_ = b.Question(dnsmessage.Question{Name: qn, Type: t, Class: dnsmessage.ClassINET})
			q, _ := b.Finish()
			resp, code := exchange(ctx, s, q, id, timeout<<try, false)
			if code == "" && resp.Truncated {
				resp, code = exchange(ctx, s, q, id, timeout<<try, true)
			}
			if code != "" {
				lastErr = code
				if code == "ECANCELLED" {
					return nil, code
				}
				continue
			}
			switch resp.RCode {
			case dnsmessage.RCodeSuccess:
			case dnsmessage.RCodeNameError:
				return nil, "ENOTFOUND"
			case dnsmessage.RCodeServerFailure:
				lastErr = "ESERVFAIL"
				continue
			case dnsmessage.RCodeRefused:
				lastErr = "EREFUSED"
				continue
			case dnsmessage.RCodeFormatError:
				return nil, "EFORMERR"
			case dnsmessage.RCodeNotImplemented:
				return nil, "ENOTIMP"
			default:
				lastErr = "ESERVFAIL"
				continue
			}
			return resp, ""
		}
	}
	return nil, lastErr
}

func exchange(ctx context.Context, s DNSServer, q []byte, id uint16, timeout time.Duration, useTCP bool) (*dnsmessage.Message, string) {
	network := "udp"
	if useTCP {
		network = "tcp"
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var d net.Dialer
	c, err := d.DialContext(ctx, network, netip.AddrPortFrom(s.Addr, uint16(s.Port)).String())
	if err != nil {
		if errors.Is(ctx.Err(), context.Canceled) {
			return nil, "ECANCELLED"
		}
		return nil, "ECONNREFUSED"
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.SetDeadline(time.Now()) })
	defer stop()
	if useTCP {
		msg := binary.BigEndian.AppendUint16(nil, uint16(len(q)))
		if _, err := c.Write(append(msg, q...)); err != nil {
			return nil, "ECONNREFUSED"
		}
	} else if _, err := c.Write(q); err != nil {
		return nil, "ECONNREFUSED"
	}
	buf := make([]byte, 65536)
	for {
		var n int
		if useTCP {
			if _, err = readFull(c, buf[:2]); err == nil {
				l := int(binary.BigEndian.Uint16(buf[:2]))
				n, err = readFull(c, buf[:l])
			}
		} else {
			n, err = c.Read(buf)
		}
		if err != nil {
			if errors.Is(ctx.Err(), context.Canceled) {
				return nil, "ECANCELLED"
			}
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				return nil, "ETIMEOUT"
			}
			return nil, "ECONNREFUSED"
		}
		var m dnsmessage.Message
		if err := m.Unpack(buf[:n]); err != nil {
			if m.Header.ID == id && m.Header.Truncated {
				return &m, ""
			}
			return nil, "EBADRESP"
		}
		if m.Header.ID != id || !m.Header.Response {
			continue
		}
		return &m, ""
	}
}

func readFull(c net.Conn, b []byte) (int, error) {
	n := 0
	for n < len(b) {
		k, err := c.Read(b[n:])
		n += k
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// nameText is a DNS name as Node prints it: no trailing dot.
func nameText(n dnsmessage.Name) string {
	s := n.String()
	if len(s) > 1 {
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// ReverseName is the PTR query name of an address (in-addr.arpa / ip6.arpa).
func ReverseName(a netip.Addr) string {
	if a.Is4() {
		b := a.As4()
		return strconv.Itoa(int(b[3])) + "." + strconv.Itoa(int(b[2])) + "." + strconv.Itoa(int(b[1])) + "." + strconv.Itoa(int(b[0])) + ".in-addr.arpa"
	}
	b := a.As16()
	const hex = "0123456789abcdef"
	var sb strings.Builder
	for i := 15; i >= 0; i-- {
		sb.WriteByte(hex[b[i]&0xf])
		sb.WriteByte('.')
		sb.WriteByte(hex[b[i]>>4])
		sb.WriteByte('.')
	}
	sb.WriteString("ip6.arpa")
	return sb.String()
}

// parseNAPTR reads an NAPTR body (RFC 3403): order, preference, flags, service, regexp, replacement.
func parseNAPTR(b []byte) (order, pref uint16, flags, service, regexp, replacement string, ok bool) {
	if len(b) < 4 {
		return
	}
	order = binary.BigEndian.Uint16(b)
	pref = binary.BigEndian.Uint16(b[2:])
	b = b[4:]
	strs := make([]string, 3)
	for i := range strs {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return
		}
		strs[i] = string(b[1 : 1+int(b[0])])
		b = b[1+int(b[0]):]
	}
	var labels []string
	for len(b) > 0 && b[0] != 0 {
		l := int(b[0])
		if len(b) < 1+l {
			return
		}
		labels = append(labels, string(b[1:1+l]))
		b = b[1+l:]
	}
	return order, pref, strs[0], strs[1], strs[2], strings.Join(labels, "."), true
}

// parseCAA reads a CAA body (RFC 8659): flags, tag, value.
func parseCAA(b []byte) (critical int, tag, value string, ok bool) {
	if len(b) < 2 || len(b) < 2+int(b[1]) {
		return
	}
	return int(b[0]), string(b[2 : 2+int(b[1])]), string(b[2+int(b[1]):]), true
}
