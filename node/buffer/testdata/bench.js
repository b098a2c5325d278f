'use strict';
// Throughput of the hot paths; run with the reference node and gnode and compare (best of 10 batches).
function bench(name, iters, fn) {
  fn();
  let best = Infinity;
  for (let r = 0; r < 10; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iters / 5; i++) fn();
    const dt = Number(process.hrtime.bigint() - t0) / 1e6 / (iters / 5);
    if (dt < best) best = dt;
  }
  console.log(`${name}: ${best.toFixed(3)} ms/op`);
}
const MB = 1 << 20;
const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(Math.ceil(MB / 36)).slice(0, MB);
const mixed = 'abcdé€😀xyz'.repeat(Math.ceil(MB / 11)).slice(0, MB);
const bin = Buffer.alloc(MB);
for (let i = 0; i < MB; i++) bin[i] = (i * 31 + 7) & 255;
const hexStr = bin.toString('hex');
const b64Str = bin.toString('base64');
const asciiBuf = Buffer.from(ascii);
const mixedBuf = Buffer.from(mixed);
bench('from utf8 ascii 1MB', 50, () => Buffer.from(ascii, 'utf8'));
bench('from utf8 mixed 1MB', 50, () => Buffer.from(mixed, 'utf8'));
bench('from hex 1MB', 50, () => Buffer.from(hexStr, 'hex'));
bench('from base64 1MB', 50, () => Buffer.from(b64Str, 'base64'));
bench('toString utf8 ascii 1MB', 50, () => asciiBuf.toString());
bench('toString utf8 mixed 1MB', 50, () => mixedBuf.toString());
bench('toString hex 1MB', 50, () => bin.toString('hex'));
bench('toString base64 1MB', 50, () => bin.toString('base64'));
const small = [];
for (let i = 0; i < 10000; i++) small.push(Buffer.from('chunk' + i));
bench('concat 10k small', 50, () => Buffer.concat(small));
const big = Buffer.alloc(10 * MB, 'abcdefgh');
big.write('needle!', 10 * MB - 7);
bench('indexOf string 10MB', 20, () => big.indexOf('needle!'));
bench('indexOf byte 10MB', 20, () => big.indexOf(0x21));
bench('indexOf buffer 10MB', 20, () => big.indexOf(Buffer.from('needle!')));
