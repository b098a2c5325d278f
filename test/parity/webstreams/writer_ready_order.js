// Order of write promises, ready and closed for a synchronous sink.
const log = [];
const ws = new WritableStream({
  write(c) { log.push(`sink ${c}`); },
  close() { log.push('sink close'); },
});
const w = ws.getWriter();
w.write(1).then(() => log.push('w1'));
w.ready.then(() => log.push('ready'));
w.write(2).then(() => log.push('w2'));
w.close().then(() => log.push('close'));
w.closed.then(() => log.push('closed'));
log.push('sync end');
setTimeout(() => console.log(log.join('\n')), 1);
