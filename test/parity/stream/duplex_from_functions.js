// Duplex.from with an async function (consumes writes, no readable side), an async generator
// function, a promise, and a Blob-less object pair; errors from the function.
const { Duplex, Readable } = require('stream');
const { pipeline } = require('stream/promises');
(async () => {
  const seen = [];
  const sink = Duplex.from(async function(source) { for await (const c of source) seen.push(String(c)); });
  console.log('readable side', sink.readable, 'writable side', sink.writable);
  await pipeline(Readable.from(['p', 'q']), sink);
  console.log('async fn consumed', seen);
  const echo = Duplex.from(async function* (source) { for await (const c of source) yield String(c) + String(c); });
  echo.end('zz');
  const out = [];
  for await (const c of echo) out.push(c);
  console.log('generator fn', out);
  const failing = Duplex.from(async function(source) { for await (const c of source) throw new Error('fn failed on ' + c); });
  try { await pipeline(Readable.from(['k']), failing); } catch (e) { console.log('rejected', e.message); }
  try { Duplex.from(() => 5); } catch (e) { console.log(e.code, e.message); }
})();
