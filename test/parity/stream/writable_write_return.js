// write() return values with synchronous and asynchronous _write, highWaterMark 0 and 1,
// objectMode, and writableLength/writableNeedDrain along the way.
const { Writable } = require('stream');
function run(name, opts, async, writes) {
  const res = [];
  const w = new Writable({
    ...opts,
    write(c, e, cb) { if (async) setImmediate(cb); else cb(); },
  });
  let drains = 0;
  w.on('drain', () => drains++);
  for (const c of writes) res.push(w.write(c) + '/' + w.writableLength + '/' + w.writableNeedDrain);
  return new Promise((resolve) => w.end(() => {
    console.log(name, res.join(' '), 'drains=' + drains);
    resolve();
  }));
}
(async () => {
  await run('sync hwm3', { highWaterMark: 3 }, false, ['ab', 'cd', 'e']);
  await run('async hwm3', { highWaterMark: 3 }, true, ['ab', 'cd', 'e']);
  await run('sync hwm0', { highWaterMark: 0 }, false, ['a', 'b']);
  await run('async hwm0', { highWaterMark: 0 }, true, ['a', 'b']);
  await run('obj async hwm2', { objectMode: true, highWaterMark: 2 }, true, [{}, {}, {}]);
  await run('default', {}, true, ['x'.repeat(70000), 'y']);
})();
