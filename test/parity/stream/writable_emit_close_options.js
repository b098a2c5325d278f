// emitClose and autoDestroy combinations on Writable: 'finish', 'close', destroyed, closed.
const { Writable } = require('stream');
const combos = [[true, true], [true, false], [false, true], [false, false]];
(async () => {
  for (const [emitClose, autoDestroy] of combos) {
    const log = [];
    const w = new Writable({ emitClose, autoDestroy, write(c, e, cb) { cb(); } });
    w.on('finish', () => log.push('finish'));
    w.on('close', () => log.push('close'));
    w.end('x');
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    console.log(`emitClose=${emitClose} autoDestroy=${autoDestroy}:`, log.join(','), 'destroyed', w.destroyed, 'closed', w.closed);
  }
})();
