// Nested cork(): writes stay buffered until every cork is undone; writableCorked counts;
// without _writev buffered chunks go to _write one by one.
const { Writable } = require('stream');
const log = [];
const w = new Writable({ write(c, e, cb) { log.push('_write ' + c); cb(); } });
w.cork(); w.cork();
w.write('a'); w.write('b');
log.push('corked ' + w.writableCorked + ' buffered ' + w.writableBuffer.map(String).join(''));
w.uncork();
log.push('after one uncork ' + w.writableCorked + ' len ' + w.writableLength);
w.uncork();
log.push('after two ' + w.writableCorked + ' len ' + w.writableLength);
w.uncork();
log.push('extra uncork ' + w.writableCorked);
w.cork();
w.write('c');
w.end('d');
log.push('end uncorks ' + w.writableCorked);
w.on('finish', () => { log.push('finish'); console.log(log.join('\n')); });
