// Readable.from over async generators: thrown errors destroy the stream, the generator's
// finally runs on early destroy, values are pulled only as fast as they are read.
const { Readable } = require('stream');
(async () => {
  const log = [];
  async function* gen() {
    try {
      for (let i = 1; i <= 5; i++) { log.push('yield ' + i); yield i; }
    } finally {
      log.push('finally');
    }
  }
  const r = Readable.from(gen());
  for await (const v of r) { log.push('got ' + v); if (v === 2) break; }
  await new Promise((res) => setImmediate(res));
  console.log(log.join(', '));
  async function* bad() { yield 'ok'; throw new Error('async gen failed'); }
  const r2 = Readable.from(bad());
  r2.on('data', (d) => console.log('data', d));
  r2.on('error', (e) => console.log('error', e.message));
  r2.on('close', () => console.log('close', r2.destroyed));
})();
