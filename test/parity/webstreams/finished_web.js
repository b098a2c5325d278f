// stream.finished works on web streams: close and error.
const { finished } = require('stream');
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
finished(rs, (err) => console.log('readable finished', err));
ctrl.close();
const ws = new WritableStream({ write() { throw new Error('ws broke'); } });
finished(ws, (err) => console.log('writable finished', err && err.message));
ws.getWriter().write('x').catch(() => {});
