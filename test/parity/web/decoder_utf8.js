// TextDecoder utf-8: replacement characters for malformed input, BOM handling, fatal mode.
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM);
const show = (s) => JSON.stringify(s);
console.log(show(d.decode(Uint8Array.of(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x84, 0x9e))));
console.log(show(d.decode(Uint8Array.of(0xff, 0x41, 0xc3, 0x41, 0xe2, 0x82, 0xf0, 0x9f))));
console.log(show(d.decode(Uint8Array.of(0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80))));
console.log(show(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))), show(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))));
console.log(show(d.decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf))));
const f = new TextDecoder('utf-8', { fatal: true });
console.log(f.fatal, show(f.decode(Uint8Array.of(0x61, 0xc3, 0xa9))));
try { f.decode(Uint8Array.of(0xff)); } catch (e) { console.log(e.name, e.code, e.message); }
try { f.decode(Uint8Array.of(0xed, 0xa0, 0x80)); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(show(d.decode()), show(d.decode(new ArrayBuffer(2))), show(d.decode(new DataView(Uint8Array.of(0x62, 0x63).buffer))));
console.log(show(d.decode(new Uint16Array([0x6968]))), show(d.decode(Buffer.from('buffer input'))));
