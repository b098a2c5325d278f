// _final: called once before 'finish'; async final; final error goes to 'error' and end cb;
// final calling back twice.
const { Writable } = require('stream');
function run(name, final) {
  return new Promise((resolve) => {
    const log = [];
    const w = new Writable({ write(c, e, cb) { log.push('write'); cb(); }, final });
    for (const ev of ['prefinish', 'finish', 'close', 'error']) w.on(ev, (x) => log.push(ev + (x ? ' ' + x.message : '')));
    w.end('x', (err) => log.push('end cb ' + (err && err.message)));
    setTimeout(() => { console.log(name + ': ' + log.join(', ')); resolve(); }, 10);
  });
}
(async () => {
  await run('sync', (cb) => cb());
  await run('async', (cb) => setImmediate(cb));
  await run('error', (cb) => cb(new Error('final failed')));
  await run('twice', (cb) => { cb(); cb(); });
  await run('throws', () => { throw new Error('final threw'); });
})();
