// MIMEType: parsing (case, whitespace, parameters), serialization, setters and errors.
const { MIMEType } = require('util');
for (const s of ['text/html', ' Text/HTML ; Charset="UTF-8" ; q=0.5', 'application/json;charset=utf-8;charset=latin1',
  'a/b;x="quoted \\"inner\\" value";y=plain', 'a/b;empty=;noval;z="";w=" spaced "', 'a/b;p="unterminated', 'a/b;bad name=1;ok=2']) {
  const m = new MIMEType(s);
  console.log(JSON.stringify(s), '->', String(m), '|', m.type, m.subtype, m.essence, JSON.stringify([...m.params]));
}
const m = new MIMEType('text/plain');
m.type = 'APPLICATION';
m.subtype = 'X-Custom';
m.params.set('Key', 'needs "quotes"');
m.params.set('e', '');
console.log('after setters:', m.toString(), JSON.stringify(m));
for (const t of ['', 'text', 'text/', '/plain', 'te xt/plain', 'text/pl ain', 'ä/b']) {
  try { new MIMEType(t); } catch (e) { console.log(JSON.stringify(t), e.name, e.code, e.message); }
}
for (const [k, v] of [['', 'v'], ['a b', 'v'], ['k', 'v\n']]) {
  try { m.params.set(k, v); } catch (e) { console.log(e.code, e.message); }
}
try { m.type = ''; } catch (e) { console.log(e.code, e.message); }
