// base64 and base64url: bytes are encoded in groups of three across writes; end() pads.
const { StringDecoder } = require('string_decoder');
for (const enc of ['base64', 'base64url']) {
  const d = new StringDecoder(enc);
  const out = [];
  for (const chunk of [[0xFB], [0xFF, 0xBF], [1, 2, 3, 4], [5], []]) out.push(d.write(Buffer.from(chunk)) + ` need=${d.lastNeed} total=${d.lastTotal}`);
  out.push(`end=${d.end()}`);
  console.log(enc, JSON.stringify(out));
  const e = new StringDecoder(enc);
  console.log(enc, 'one byte then end:', e.write(Buffer.from([0xFF])), e.end(), 'two:', e.end(Buffer.from([0xFF, 0xEE])));
}
