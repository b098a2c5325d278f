// hostname setter ignores ports and rejects what the host parser rejects
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const cases = [['http://a:81/', 'b.com'], ['http://a/', 'b.com:81'], ['http://a/', '[::1]'], ['http://a/', '1.2.3'], ['http://a/', '0x7f.1'], ['sc://a/', 'B'], ['http://a/', '%41.com'], ['http://a/', 'a%2Fb']];
for (const [h, v] of cases) { const u = new URL(h); u.hostname = v; console.log(h, v, u.href); }
