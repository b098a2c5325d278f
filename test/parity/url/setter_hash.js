// hash setter: leading #, empty, encoding
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [h, v] of [['http://a/', 'x'], ['http://a/', '#x'], ['http://a/#y', ''], ['http://a/', '##'], ['http://a/', 'a b<c>`d"'], ['javascript:x', 'y'], ['http://a/', '\u2603']]) {
  const u = new URL(h); u.hash = v; console.log(h, JSON.stringify(v), u.href, JSON.stringify(u.hash));
}
