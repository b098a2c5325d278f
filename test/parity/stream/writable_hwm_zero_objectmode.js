// objectMode writable with highWaterMark 0: every write returns false but data still flows,
// one 'drain' per emptied buffer.
const { Writable } = require('stream');
let drains = 0;
const got = [];
const w = new Writable({ objectMode: true, highWaterMark: 0, write(o, e, cb) { got.push(o); setImmediate(cb); } });
w.on('drain', () => drains++);
const rets = [w.write(1), w.write(2), w.write(3)];
w.end(() => console.log(rets, got, 'drains', drains));
