// A tiny authoritative DNS server on 127.0.0.1 for the resolve* cases: answers from a fixed zone
// (no compression; every name written in full). start(cb) calls cb(port, close).
'use strict';
const dgram = require('dgram');

function name(n) {
  const parts = n.split('.').filter(Boolean);
  const out = [];
  for (const p of parts) { out.push(Buffer.from([p.length]), Buffer.from(p)); }
  out.push(Buffer.from([0]));
  return Buffer.concat(out);
}
const u16 = (v) => { const b = Buffer.alloc(2); b.writeUInt16BE(v); return b; };
const u32 = (v) => { const b = Buffer.alloc(4); b.writeUInt32BE(v); return b; };
const str = (s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);

const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };
const zone = {
  'example.test': [
    ['A', 300, Buffer.from([192, 0, 2, 1])], ['A', 300, Buffer.from([192, 0, 2, 2])],
    ['AAAA', 60, Buffer.from('20010db8000000000000000000000001', 'hex')],
    ['MX', 100, Buffer.concat([u16(10), name('mail.example.test')])],
    ['MX', 100, Buffer.concat([u16(20), name('mail2.example.test')])],
    ['TXT', 100, Buffer.concat([str('v=spf1'), str('-all')])],
    ['TXT', 100, str('hello world')],
    ['NS', 100, name('ns1.example.test')],
    ['SOA', 100, Buffer.concat([name('ns1.example.test'), name('admin.example.test'), u32(2024010101), u32(7200), u32(3600), u32(1209600), u32(300)])],
    ['CAA', 100, Buffer.concat([Buffer.from([0]), str('issue').subarray(0, 1), Buffer.from('issue'), Buffer.from('letsencrypt.org')])],
  ],
  'www.example.test': [['CNAME', 100, name('example.test')]],
  '_sip._tcp.example.test': [['SRV', 100, Buffer.concat([u16(10), u16(60), u16(5060), name('sip.example.test')])]],
  '1.2.0.192.in-addr.arpa': [['PTR', 100, name('host.example.test')]],
  'naptr.example.test': [['NAPTR', 100, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.example.test')])]],
  'empty.example.test': [],
};

function answer(msg) {
  const id = msg.readUInt16BE(0);
  let off = 12;
  const labels = [];
  while (msg[off] !== 0) { labels.push(msg.subarray(off + 1, off + 1 + msg[off]).toString()); off += msg[off] + 1; }
  off++;
  const qtype = msg.readUInt16BE(off);
  const question = msg.subarray(12, off + 4);
  const qname = labels.join('.').toLowerCase();
  if (qname === 'servfail.example.test') {
    return Buffer.concat([u16(id), u16(0x8182), u16(1), u16(0), u16(0), u16(0), question]);
  }
  const records = zone[qname];
  if (!records) {
    return Buffer.concat([u16(id), u16(0x8583), u16(1), u16(0), u16(0), u16(0), question]);
  }
  const rrs = records.filter(([t]) => qtype === T.ANY || T[t] === qtype || t === 'CNAME');
  const body = rrs.map(([t, ttl, data]) => Buffer.concat([name(qname), u16(T[t]), u16(1), u32(ttl), u16(data.length), data]));
  return Buffer.concat([u16(id), u16(0x8580), u16(1), u16(rrs.length), u16(0), u16(0), question, ...body]);
}

exports.start = function start(cb) {
  const s = dgram.createSocket('udp4');
  s.on('message', (msg, rinfo) => s.send(answer(msg), rinfo.port, rinfo.address));
  s.bind(0, '127.0.0.1', () => cb(s.address().port, () => s.close()));
};
