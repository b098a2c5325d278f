// Order of promise settlements when a stream closes with reads pending.
const log = [];
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
const reader = rs.getReader();
reader.read().then((r) => log.push(`read1 ${JSON.stringify(r)}`));
reader.read().then((r) => log.push(`read2 ${JSON.stringify(r)}`));
reader.closed.then(() => log.push('closed'));
ctrl.enqueue('only');
ctrl.close();
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 1);
