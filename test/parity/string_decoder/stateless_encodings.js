// hex, latin1 (binary) and ascii keep no state between writes.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from([0x00, 0x41, 0x7F, 0x80, 0xE9, 0xFF]);
for (const enc of ['hex', 'latin1', 'binary', 'ascii']) {
  const d = new StringDecoder(enc);
  const a = d.write(bytes.subarray(0, 3));
  const b = d.write(bytes.subarray(3));
  console.log(enc, d.encoding, JSON.stringify([a, b, d.end()]), d.lastNeed, d.lastTotal);
}
