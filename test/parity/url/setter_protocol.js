// protocol setter: special/non-special switches, invalid values, default ports
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const cases = [['http://a/', 'https'], ['http://a/', 'ftp:'], ['http://a:443/', 'https'], ['http://a/', 'foo'], ['foo://a/', 'http'], ['http://a/', 'file'], ['file:///x', 'http'], ['http://a/', '1x'], ['http://a/', 'h t t p'], ['mailto:x', 'sc'], ['http://a/', 'HTTPS:garbage']];
for (const [h, v] of cases) { const u = new URL(h); u.protocol = v; console.log(h, v, u.href); }
