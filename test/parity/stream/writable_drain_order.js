// 'drain' comes before the callback of the write that emptied the buffer; several writes
// past highWaterMark produce one 'drain'; needDrain resets.
const { Writable } = require('stream');
const log = [];
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
w.on('drain', () => log.push('drain (needDrain ' + w.writableNeedDrain + ')'));
for (const c of ['a', 'b', 'c', 'd']) log.push('write ' + c + ' ' + w.write(c, () => log.push('cb ' + c)));
w.once('drain', () => {
  log.push('second round ' + w.write('e', () => log.push('cb e')) + ' ' + w.write('fg', () => log.push('cb fg')));
  w.end(() => { log.push('end'); console.log(log.join('\n')); });
});
