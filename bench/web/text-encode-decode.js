// requires: global:TextEncoder
// TextEncoder.encode / encodeInto and TextDecoder.decode (one-shot and streamed) over mixed
// ASCII and non-ASCII text. Checksum: byte and char counts and a hash of the decoded text.
'use strict';
let text = '';
for (let i = 0; i < 2000; i++) text += 'héllo wörld ' + i + ' ✓ 𝄞 ';
const ascii = 'plain ascii text '.repeat(4000);
const enc = new TextEncoder();
const dec = new TextDecoder();
const target = new Uint8Array(text.length * 3);
let h = 0, len = 0;
for (let r = 0; r < 300; r++) {
  const bytes = enc.encode(text);
  len += bytes.length + enc.encode(ascii).length;
  const { read, written } = enc.encodeInto(text, target);
  len += read + written;
  const back = dec.decode(bytes);
  len += back.length + dec.decode(enc.encode(ascii)).length;
  // streamed in 1000-byte chunks
  let s = '';
  for (let i = 0; i < bytes.length; i += 1000) s += dec.decode(bytes.subarray(i, i + 1000), { stream: true });
  s += dec.decode();
  len += s.length;
  for (let i = 0; i < back.length; i += 101) h = (Math.imul(h, 31) + back.charCodeAt(i) + s.charCodeAt(i)) | 0;
}
console.log(len + ' ' + (h >>> 0));
