// TextDecoder stream option: characters split across chunks are joined; a dangling sequence flushes as U+FFFD.
const show = (s) => JSON.stringify(s);
const bytes = new TextEncoder().encode('a€𝄞é');
const d = new TextDecoder();
let out = '';
for (const b of bytes) out += d.decode(Uint8Array.of(b), { stream: true });
out += d.decode();
console.log(show(out));
console.log(show(d.decode(Uint8Array.of(0xe2, 0x82), { stream: true })), show(d.decode()));
const bom = new TextDecoder();
console.log(show(bom.decode(Uint8Array.of(0xef, 0xbb), { stream: true }) + bom.decode(Uint8Array.of(0xbf, 0x41))));
const f = new TextDecoder('utf-8', { fatal: true });
console.log(show(f.decode(Uint8Array.of(0xf0, 0x9d), { stream: true })));
try { f.decode(); } catch (e) { console.log('flush', e.code); }
console.log(show(f.decode(Uint8Array.of(0x41))));
const u16 = new TextDecoder('utf-16le');
const pieces = [Uint8Array.of(0x3d), Uint8Array.of(0xd8, 0x00), Uint8Array.of(0xde, 0x41), Uint8Array.of(0x00)];
console.log(show(pieces.map((p) => u16.decode(p, { stream: true })).join('') + u16.decode()));
