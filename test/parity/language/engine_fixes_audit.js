// Engine built-ins that differed from V8 (found by a differential audit): RegExp source escaping
// of "/", RegExp SyntaxError texts without the u flag, String.prototype.matchAll's TypeError,
// %TypedArray%.from over a string, and no GoError global.
'use strict';
for (const p of ['/', '[/]', 'a/b', '\\/', '\n', '', '\\\\/', '[a/]/']) {
  console.log(JSON.stringify(p), JSON.stringify(new RegExp(p).source), String(new RegExp(p, 'g')));
}
for (const p of ['\\', '(?<1a>x)', '(?<a', '(', 'a)', '[', 'x**', '[z-a]', 'a{3,2}', '(?<a>x)(?<a>y)', '(?<a>.)\\k<b>']) {
  try { new RegExp(p); console.log('ok', p); } catch (e) { console.log(e.name, e.message); }
}
for (const arg of [/a/, /a/y, { [Symbol.match]: true, flags: 'i' }, 'a', /a/g]) {
  try { console.log([...'aa'.matchAll(arg)].length); } catch (e) { console.log(e.name, e.message); }
}
console.log(typeof GoError, 'GoError' in globalThis);
console.log(Uint8Array.from('12'), Float64Array.from('3', Number), Int16Array.from('a\u{1F600}', (c) => c.length));
console.log(Uint8Array.from.name, Uint8Array.from.length, String.prototype.matchAll.length);
