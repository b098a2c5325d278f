// compose(): a non-readable stream in the middle is refused, an error in any stage destroys
// the composed duplex, composing functions only.
const { compose, Writable, Transform, Readable, PassThrough } = require('stream');
try { compose(new PassThrough(), new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
const failing = new Transform({ transform(c, e, cb) { cb(new Error('stage 2 failed')); } });
const d = compose(new PassThrough(), failing);
d.on('error', (e) => console.log('composed error', e.message));
d.on('close', () => console.log('composed close', d.destroyed));
d.write('x');
(async () => {
  const fnOnly = compose(async function* (s) { for await (const c of s) yield String(c).toUpperCase(); }, async function* (s) { for await (const c of s) yield c + '.'; });
  fnOnly.end('abc');
  const out = [];
  for await (const c of fnOnly) out.push(String(c));
  console.log('functions', out);
  console.log('readable+fn', await Readable.from(['q']).compose(async function* (s) { for await (const c of s) yield c + c; }).toArray());
})();
