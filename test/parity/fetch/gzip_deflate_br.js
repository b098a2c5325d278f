// content-encoding decoding: gzip, x-gzip, deflate (zlib and raw), br, stacked codings, unknown
const zlib = require('zlib');
const { start } = require('./_server');
const text = 'hello compressed world '.repeat(20);
const bodies = {
  '/gzip': ['gzip', zlib.gzipSync(text)],
  '/xgzip': ['x-gzip', zlib.gzipSync(text)],
  '/deflate': ['deflate', zlib.deflateSync(text)],
  '/raw': ['deflate', zlib.deflateRawSync(text)],
  '/br': ['br', zlib.brotliCompressSync(text)],
  '/both': ['deflate, gzip', zlib.gzipSync(zlib.deflateSync(text))],
  '/unknown': ['foo', Buffer.from('plain')],
};
start((req, res) => { const [enc, b] = bodies[req.target]; res.send(200, { 'Content-Encoding': enc }, b); })
  .then(async (s) => {
    for (const p of Object.keys(bodies)) {
      const r = await fetch(s.url + p);
      const t = await r.text();
      console.log(p, r.headers.get('content-encoding'), t.length, t.slice(0, 12));
    }
    const r = await fetch(s.url + '/gzip');
    let n = 0;
    for await (const c of r.body) n += c.length;
    console.log('streamed', n);
    s.close();
  });
