// search setter: leading ?, empty, encoding, special-query apostrophe
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [h, v] of [['http://a/', 'x=1'], ['http://a/', '?x=1'], ['http://a/?y', ''], ['http://a/', '??'], ['http://a/', "a'b c#d"], ['sc://a/', "a'b"], ['http://a/#h', 'q'], ['sc:a b', ''], ['http://a/', '\u00e9']]) {
  const u = new URL(h); u.search = v; console.log(h, JSON.stringify(v), u.href, JSON.stringify(u.search));
}
