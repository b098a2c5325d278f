// pathname setter: encoding, dot segments, opaque paths, non-special URLs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [h, v] of [['http://a/x', 'a b/c?d#e'], ['http://a/', '../../x/./y'], ['http://a/', ''], ['sc://a/x', ''], ['sc://a/x', 'y'], ['mailto:x', 'y'], ['http://a/', '\\\\b'], ['file:///x', 'C|/d'], ['sc:/x', '//y'], ['http://a/', '%2e%2E/z']]) {
  const u = new URL(h); u.pathname = v; console.log(h, JSON.stringify(v), u.href, u.pathname);
}
