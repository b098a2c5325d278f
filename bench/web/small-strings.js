// requires: global:TextEncoder
// Many short encode/decode calls (the per-call overhead: a protocol parser's pattern).
'use strict';
const enc = new TextEncoder();
const dec = new TextDecoder();
const words = ['a', 'héllo', 'wörld', '✓', 'key:value', '{"x":1}', '𝄞', 'GET / HTTP/1.1'];
let h = 0, len = 0;
for (let r = 0; r < 200000; r++) {
  const w = words[r & 7];
  const b = enc.encode(w);
  const s = dec.decode(b);
  len += b.length + s.length;
  h = (Math.imul(h, 31) + s.charCodeAt(0)) | 0;
}
console.log(len + ' ' + (h >>> 0));
