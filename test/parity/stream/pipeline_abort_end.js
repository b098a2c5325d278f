// pipeline with an AbortSignal (aborted before and during), { end: false }, and arguments
// errors: too few streams, missing callback, non-stream.
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const pp = require('stream/promises');
(async () => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const p = pp.pipeline(src, new PassThrough(), { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try { await p; } catch (e) { console.log('aborted', e.name, e.code, e.message, src.destroyed); }
  try { await pp.pipeline(Readable.from(['a']), new PassThrough(), { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.name); }
  const sink = new PassThrough();
  await pp.pipeline(Readable.from(['x', 'y']), sink, { end: false });
  console.log('end:false writableEnded', sink.writableEnded, 'buffered', sink.readableLength);
  try { pipeline(new PassThrough(), () => {}); } catch (e) { console.log(e.code, e.message); }
  try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { console.log(e.code, e.message); }
  try { pipeline(Readable.from(['q']), 5, () => {}); } catch (e) { console.log(e.code); }
  pipeline(Readable.from(['q']), async function* (s) { for await (const c of s) yield c; }, 'not a stream', (err) => console.log('cb', err && err.code));
})().catch((e) => console.log('unexpected', e));
