// Blob and File: constructor parts and options, size/type normalisation, slice semantics,
// text/arrayBuffer/bytes, and their argument errors.
const { Blob, File } = require('buffer');
const util = require('util');
const log = (...a) => console.log(...a.map((x) => (typeof x === 'string' ? x : util.inspect(x))));
(async () => {
  const b = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1)], { type: 'TEXT/plain' });
  log('size type', b.size, b.type);
  log('text', JSON.stringify(await b.text()));
  log('slice', await b.slice(1, 3).text(), await b.slice(-2).text(), b.slice(3, 1).size, b.slice(0, 2, 'A/B').type);
  log('bytes', await b.slice(0, 2).bytes());
  log('arrayBuffer', (await b.arrayBuffer()).byteLength);
  log('bad type', new Blob([], { type: '\u00e9' }).type === '');
  log('endings', (await new Blob(['a\nb'], { endings: 'native' }).text()).length);
  for (const f of [() => new Blob('ab'), () => new Blob([1, 2]).size, () => new Blob([], { endings: 'x' }), () => new Blob(null)]) {
    try { log('ok', f()); } catch (e) { log('err', e.name, e.code, e.message); }
  }
  const file = new File(['xyz'], 'a/b.txt', { type: 'A/B', lastModified: 42 });
  log('file', file.name, file.size, file.type, file.lastModified, file instanceof Blob, Object.prototype.toString.call(file));
  log('file text', await file.text());
  for (const f of [() => new File(['x']), () => new File(), () => new File(['x'], 'n', { lastModified: 'abc' }).lastModified, () => new File(['x'], 5).name]) {
    try { log('ok', f()); } catch (e) { log('err', e.name, e.code, e.message); }
  }
  log('stream', typeof b.stream().getReader);
})();
