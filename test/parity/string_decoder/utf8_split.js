// UTF-8: every multi-byte character split at every byte boundary, one byte per write, and
// characters completed across three writes.
const { StringDecoder } = require('string_decoder');
const samples = ['é', '€', '😀', 'a€b', 'x😀y€z', '日本語'];
for (const s of samples) {
  const buf = Buffer.from(s);
  const results = [];
  for (let cut = 0; cut <= buf.length; cut++) {
    const d = new StringDecoder('utf8');
    results.push(d.write(buf.subarray(0, cut)) + '|' + d.write(buf.subarray(cut)) + '|' + d.end());
  }
  const d = new StringDecoder('utf8');
  let bytewise = '';
  for (const b of buf) bytewise += d.write(Buffer.from([b]));
  console.log(JSON.stringify(s), JSON.stringify(results), 'bytewise:', bytewise === s);
}
