// Readable.fromWeb: bytes or objects, encoding, and errors of the web stream destroy it.
const { Readable } = require('stream');
(async () => {
  const r = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]));
  for await (const c of r) console.log(Buffer.isBuffer(c), c.toString());
  const s = Readable.fromWeb(ReadableStream.from([new Uint8Array([0x61])]), { encoding: 'hex' });
  for await (const c of s) console.log('hex', c);
  const o = Readable.fromWeb(ReadableStream.from([{ x: 1 }]), { objectMode: true });
  for await (const c of o) console.log(c);
  const bad = Readable.fromWeb(new ReadableStream({ pull(c) { c.error(new Error('web failed')); } }));
  bad.on('error', (e) => console.log('error event', e.message));
  bad.on('close', () => console.log('close event'));
  bad.resume();
  for (const f of [() => Readable.fromWeb({}), () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })]) {
    try { f(); } catch (e) { console.log(e.code, e.message); }
  }
})();
