package net

import (
	"context"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/net/dns/dnsmessage"

	"github.com/gnode-dev/gnode/internal/host"
	"github.com/gnode-dev/gnode/internal/nodeerr"
)

type channel struct {
	servers []DNSServer
	timeout time.Duration
	tries   int
	ctx     context.Context
	cancel  context.CancelFunc
}

func caresBinding(h *host.Host) *goja.Object {
	vm := h.VM
	b := vm.NewObject()
	errno := func(name string) int {
		if name == "" {
			return 0
		}
		n, _ := nodeerr.UVErrno(name)
		return n
	}
	// run does work off the loop and completes on it, holding a loop ref meanwhile.
	// The completion runs in the async context of the request.
	run := func(work func() func()) {
		frame := h.AsyncFrame
		h.Loop.Ref()
		go func() {
			done := work()
			h.Loop.Post(func() {
				h.Loop.Unref()
				outer := h.AsyncFrame
				h.AsyncFrame = frame
				done()
				h.AsyncFrame = outer
			})
		}()
	}
	complete := func(req *goja.Object, args ...goja.Value) {
		h.MakeCallback(req.Get("oncomplete"), req, args...)
	}
	// getaddrinfo(req, hostname, family, hints, order)
	_ = b.Set("getaddrinfo", func(c goja.FunctionCall) goja.Value {
		req := c.Argument(0).ToObject(vm)
		hostname := c.Argument(1).String()
		family := int(c.Argument(2).ToInteger())
		order := int(c.Argument(4).ToInteger())
		run(func() func() {
			addrs, code := Lookup(context.Background(), hostname, family, order)
			return func() {
				if code != "" {
					complete(req, vm.ToValue(errno(code)), goja.Undefined())
					return
				}
				list := make([]any, len(addrs))
				for i, a := range addrs {
					list[i] = a.String()
				}
				complete(req, vm.ToValue(0), vm.NewArray(list...))
			}
		})
		return vm.ToValue(0)
	})
	// getnameinfo(req, host, port)
	_ = b.Set("getnameinfo", func(c goja.FunctionCall) goja.Value {
		req := c.Argument(0).ToObject(vm)
		ip, ok := ParseIP(c.Argument(1).String())
		if !ok {
			return vm.ToValue(errno("EINVAL"))
		}
		port := int(c.Argument(2).ToInteger())
		run(func() func() {
			hostname, service, code := LookupService(context.Background(), ip, port)
			return func() {
				if code != "" {
					complete(req, vm.ToValue(errno(code)))
					return
				}
				complete(req, vm.ToValue(0), vm.ToValue(hostname), vm.ToValue(service))
			}
		})
		return vm.ToValue(0)
	})
	_ = b.Set("defaultServers", func(goja.FunctionCall) goja.Value {
		return serversValue(vm, SystemServers())
	})

	channels := map[*goja.Object]*channel{}
	ctor := vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
		ch := &channel{servers: SystemServers(), tries: int(c.Argument(1).ToInteger())}
		if t := c.Argument(0).ToInteger(); t > 0 {
			ch.timeout = time.Duration(t) * time.Millisecond
		}
		ch.ctx, ch.cancel = context.WithCancel(context.Background())
		channels[c.This] = ch
		return nil
	}).(*goja.Object)
	_ = b.Set("ChannelWrap", ctor)
	p := ctor.Get("prototype").(*goja.Object)
	this := func(c goja.FunctionCall) *channel {
		if o, ok := c.This.(*goja.Object); ok && channels[o] != nil {
			return channels[o]
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	_ = p.Set("getServers", func(c goja.FunctionCall) goja.Value { return serversValue(vm, this(c).servers) })
	// setServers([[family, ip, port], …]) -> 0
	_ = p.Set("setServers", func(c goja.FunctionCall) goja.Value {
		ch := this(c)
		list := c.Argument(0).ToObject(vm)
		n := int(list.Get("length").ToInteger())
		servers := make([]DNSServer, 0, n)
		for i := 0; i < n; i++ {
			e := list.Get(strconv.Itoa(i)).ToObject(vm)
			a, ok := ParseIP(e.Get("1").String())
			if !ok {
				return vm.ToValue(errno("EINVAL"))
			}
			port := int(e.Get("2").ToInteger())
			if port == 0 {
				port = 53
			}
			servers = append(servers, DNSServer{Addr: a, Port: port})
		}
		ch.servers = servers
		return vm.ToValue(0)
	})
	_ = p.Set("cancel", func(c goja.FunctionCall) goja.Value {
		ch := this(c)
		ch.cancel()
		ch.ctx, ch.cancel = context.WithCancel(context.Background())
		return goja.Undefined()
	})
	query := func(t dnsmessage.Type, reverse bool) host.Func {
		return func(c goja.FunctionCall) goja.Value {
			ch := this(c)
			req := c.Argument(0).ToObject(vm)
			name := c.Argument(1).String()
			if reverse {
				ip, ok := ParseIP(name)
				if !ok {
					return vm.ToValue(errno("EINVAL"))
				}
				name = ReverseName(ip)
			}
			ctx, servers, timeout, tries := ch.ctx, ch.servers, ch.timeout, ch.tries
			run(func() func() {
				m, code := Query(ctx, servers, name, t, timeout, tries)
				return func() {
					if code != "" {
						complete(req, vm.ToValue(code))
						return
					}
					res, ttls, code := answers(vm, m, t)
					if code != "" {
						complete(req, vm.ToValue(code))
						return
					}
					complete(req, vm.ToValue(0), res, ttls)
				}
			})
			return vm.ToValue(0)
		}
	}
	for name, t := range map[string]dnsmessage.Type{
		"queryAny": dnsmessage.TypeALL, "queryA": dnsmessage.TypeA, "queryAaaa": dnsmessage.TypeAAAA,
		"queryCaa": typeCAA, "queryCname": dnsmessage.TypeCNAME, "queryMx": dnsmessage.TypeMX,
		"queryNs": dnsmessage.TypeNS, "queryTxt": dnsmessage.TypeTXT, "querySrv": dnsmessage.TypeSRV,
		"queryPtr": dnsmessage.TypePTR, "queryNaptr": typeNAPTR, "querySoa": dnsmessage.TypeSOA,
		"queryTlsa": typeTLSA,
	} {
		_ = p.Set(name, query(t, false))
	}
	_ = p.Set("getHostByAddr", query(dnsmessage.TypePTR, true))
	return b
}

const (
	typeNAPTR dnsmessage.Type = 35
	typeTLSA  dnsmessage.Type = 52
	typeCAA   dnsmessage.Type = 257
)

func serversValue(vm *goja.Runtime, servers []DNSServer) goja.Value {
	out := make([]any, len(servers))
	for i, s := range servers {
		out[i] = vm.NewArray(s.Addr.String(), s.Port)
	}
	return vm.NewArray(out...)
}

// answers turns the records of type t (every type for ANY) into Node's result shapes.
func answers(vm *goja.Runtime, m *dnsmessage.Message, t dnsmessage.Type) (goja.Value, goja.Value, string) {
	var res, ttls []interface{}
	obj := func(kv ...interface{}) *goja.Object {
		o := vm.NewObject()
		for i := 0; i+1 < len(kv); i += 2 {
			_ = o.Set(kv[i].(string), kv[i+1])
		}
		return o
	}
	var soa goja.Value
	rrs := m.Answers
	if t == dnsmessage.TypeALL {
		// c-ares parses an ANY answer one record type after another
		rank := map[dnsmessage.Type]int{dnsmessage.TypeA: 1, dnsmessage.TypeAAAA: 2, dnsmessage.TypeCNAME: 3,
			dnsmessage.TypeMX: 4, dnsmessage.TypeNS: 5, dnsmessage.TypeTXT: 6, dnsmessage.TypeSRV: 7,
			dnsmessage.TypePTR: 8, typeNAPTR: 9, dnsmessage.TypeSOA: 10, typeCAA: 11}
		rrs = slices.Clone(rrs)
		slices.SortStableFunc(rrs, func(a, b dnsmessage.Resource) int { return rank[a.Header.Type] - rank[b.Header.Type] })
	}
	for _, rr := range rrs {
		rt := rr.Header.Type
		if t != dnsmessage.TypeALL && rt != t {
			// a CNAME chain before the wanted records is followed implicitly, as c-ares does
			continue
		}
		isAny := t == dnsmessage.TypeALL
		typed := func(o *goja.Object, name string) *goja.Object {
			if isAny {
				_ = o.Set("type", name)
			}
			return o
		}
		switch b := rr.Body.(type) {
		case *dnsmessage.AResource:
			a := netip.AddrFrom4(b.A).String()
			if isAny {
				res = append(res, typed(obj("address", a, "ttl", rr.Header.TTL), "A"))
			} else {
				res = append(res, a)
				ttls = append(ttls, rr.Header.TTL)
			}
		case *dnsmessage.AAAAResource:
			a := netip.AddrFrom16(b.AAAA).String()
			if isAny {
				res = append(res, typed(obj("address", a, "ttl", rr.Header.TTL), "AAAA"))
			} else {
				res = append(res, a)
				ttls = append(ttls, rr.Header.TTL)
			}
		case *dnsmessage.CNAMEResource:
			if isAny {
				res = append(res, typed(obj("value", nameText(b.CNAME)), "CNAME"))
			} else {
				res = append(res, nameText(b.CNAME))
			}
		case *dnsmessage.NSResource:
			if isAny {
				res = append(res, typed(obj("value", nameText(b.NS)), "NS"))
			} else {
				res = append(res, nameText(b.NS))
			}
		case *dnsmessage.PTRResource:
			if isAny {
				res = append(res, typed(obj("value", nameText(b.PTR)), "PTR"))
			} else {
				res = append(res, nameText(b.PTR))
			}
		case *dnsmessage.MXResource:
			res = append(res, obj("exchange", nameText(b.MX), "priority", b.Pref, "type", "MX"))
		case *dnsmessage.TXTResource:
			chunks := make([]interface{}, len(b.TXT))
			for i, s := range b.TXT {
				chunks[i] = s
			}
			if isAny {
				res = append(res, typed(obj("entries", vm.NewArray(chunks...)), "TXT"))
			} else {
				res = append(res, vm.NewArray(chunks...))
			}
		case *dnsmessage.SRVResource:
			res = append(res, obj("name", nameText(b.Target), "port", b.Port, "priority", b.Priority, "weight", b.Weight, "type", "SRV"))
		case *dnsmessage.SOAResource:
			o := typed(obj("nsname", nameText(b.NS), "hostmaster", nameText(b.MBox), "serial", b.Serial,
				"refresh", b.Refresh, "retry", b.Retry, "expire", b.Expire, "minttl", b.MinTTL), "SOA")
			if isAny {
				res = append(res, o)
			} else if soa == nil {
				soa = o
			}
		case *dnsmessage.UnknownResource:
			switch rt {
			case typeNAPTR:
				order, pref, flags, service, re, repl, ok := parseNAPTR(b.Data)
				if !ok {
					return nil, nil, "EBADRESP"
				}
				res = append(res, typed(obj("flags", flags, "service", service, "regexp", re, "replacement", repl,
					"order", order, "preference", pref), "NAPTR"))
			case typeTLSA:
				if len(b.Data) < 3 {
					return nil, nil, "EBADRESP"
				}
				data := vm.NewArrayBuffer(append([]byte(nil), b.Data[3:]...))
				res = append(res, typed(obj("certUsage", int(b.Data[0]), "selector", int(b.Data[1]), "match", int(b.Data[2]), "data", data), "TLSA"))
			case typeCAA:
				critical, tag, value, ok := parseCAA(b.Data)
				if !ok {
					return nil, nil, "EBADRESP"
				}
				res = append(res, obj("critical", critical, "type", "CAA", strings.ToLower(tag), value))
			}
		}
	}
	if t == dnsmessage.TypeSOA {
		if soa == nil {
			return nil, nil, "ENODATA"
		}
		return soa, goja.Undefined(), ""
	}
	if len(res) == 0 {
		return nil, nil, "ENODATA"
	}
	var ttlv goja.Value = goja.Undefined()
	if ttls != nil {
		ttlv = vm.NewArray(ttls...)
	}
	return vm.NewArray(res...), ttlv, ""
}
