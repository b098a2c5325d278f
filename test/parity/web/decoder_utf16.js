// TextDecoder utf-16le/utf-16be: surrogate pairs, lone surrogates, odd byte counts, BOM, fatal.
const show = (s) => JSON.stringify(s);
const le = new TextDecoder('utf-16le');
console.log(le.encoding, show(le.decode(Uint8Array.of(0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde))));
console.log(show(le.decode(Uint8Array.of(0x00, 0xd8, 0x41, 0x00))), show(le.decode(Uint8Array.of(0x00, 0xdc))));
console.log(show(le.decode(Uint8Array.of(0x41, 0x00, 0x42))));
console.log(show(le.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))), show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00))));
const be = new TextDecoder('utf-16be');
console.log(be.encoding, show(be.decode(Uint8Array.of(0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00))));
const f = new TextDecoder('utf-16le', { fatal: true });
for (const b of [Uint8Array.of(0x00, 0xd8), Uint8Array.of(0x41)]) {
  try { f.decode(b); } catch (e) { console.log(e.name, e.code, e.message); }
}
