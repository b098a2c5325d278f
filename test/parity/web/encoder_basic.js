// TextEncoder: encode() to UTF-8 Uint8Array, lone surrogates, input conversion, encoding property.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €𝄞'));
console.log(enc.encode(), enc.encode(undefined), enc.encode(null), enc.encode(12), enc.encode({}));
console.log(enc.encode('\ud800'), enc.encode('a\udc00b'), enc.encode('\ud83d\ude00'));
const out = enc.encode('abc');
console.log(Object.getPrototypeOf(out) === Uint8Array.prototype, out.buffer.byteLength);
console.log(require('util').TextEncoder === TextEncoder, require('util').TextDecoder === TextDecoder);
console.log(Object.keys(TextEncoder.prototype), Object.prototype.toString.call(enc));
