// setEncoding: multi-byte characters split across chunks, hex and base64, and the buffer
// re-encoded when setEncoding comes after data is buffered.
const { Readable } = require('stream');
const euro = Buffer.from('€uro ✓ 𝄞');
const r = new Readable({ read() {} });
for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
r.push(null);
r.setEncoding('utf8');
const parts = [];
r.on('data', (d) => parts.push(d));
r.on('end', () => {
  console.log(JSON.stringify(parts), parts.join('') === '€uro ✓ 𝄞', r.readableEncoding);
  for (const enc of ['hex', 'base64', 'latin1', 'utf16le']) {
    const s = new Readable({ read() {} , encoding: enc });
    s.push(Buffer.from('abcdefg'));
    s.push(Buffer.from('h'));
    s.push(null);
    let out = [];
    s.on('data', (d) => out.push(d));
    s.on('end', () => console.log(enc, JSON.stringify(out)));
  }
});
