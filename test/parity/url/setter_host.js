// host setter: ports, IPv6, invalid hosts, file URLs, opaque paths
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const cases = [['http://a/', 'b.com:81'], ['http://a:8080/', 'b.com'], ['http://a/', 'b.com:'], ['http://a/', '[::1]:99'], ['http://a/', 'b c'], ['http://a/', ''], ['sc://a/', ''], ['file://a/x', 'localhost'], ['file://a/x', 'h:80'], ['mailto:x', 'h'], ['http://a/', 'x/y?z#w'], ['http://a/', 'b.com:99999'], ['http://a/', 'EXAMPLE.COM'], ['http://a/', 'xn--n3h.com'], ['http://a/', '\u2603.com']];
for (const [h, v] of cases) { const u = new URL(h); u.host = v; console.log(h, JSON.stringify(v), u.href); }
