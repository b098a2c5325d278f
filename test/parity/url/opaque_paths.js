// URLs with opaque paths: mailto, data, javascript, spaces before ? and #
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['mailto:a@b.com', 'data:text/html,<b>hi</b>', 'javascript:alert(1)', 'sc:a b', 'sc:a  ?x', 'sc:a #y', 'urn:isbn:0451450523', 'about:blank', 'sc:\u00e9']) {
  const u = new URL(s); console.log(JSON.stringify(u.href), JSON.stringify(u.pathname), u.host === '');
}
try { new URL('x', 'mailto:a'); } catch (e) { console.log(e.code); }
console.log(new URL('#f', 'mailto:a').href);
