// emitClose and autoDestroy combinations on Readable: which of 'end', 'close' fire and
// destroyed/closed afterwards.
const { Readable } = require('stream');
const combos = [[true, true], [true, false], [false, true], [false, false]];
let pending = combos.length;
for (const [emitClose, autoDestroy] of combos) {
  const log = [];
  const r = new Readable({ emitClose, autoDestroy, read() { this.push(null); } });
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.resume();
  setTimeout(() => {
    console.log(`emitClose=${emitClose} autoDestroy=${autoDestroy}:`, log.join(','), 'destroyed', r.destroyed, 'closed', r.closed);
  }, 5 * (4 - pending--));
}
