// abort(reason): pending writes reject, sink.abort gets the reason, the signal fires.
const log = [];
const ws = new WritableStream({
  write(chunk, c) {
    c.signal.addEventListener('abort', () => log.push(`signal abort: ${c.signal.reason}`));
    return new Promise((r) => setTimeout(r, 5));
  },
  abort(reason) { log.push(`sink abort: ${reason}`); },
});
const w = ws.getWriter();
w.write('first').then(() => log.push('first ok'), (e) => log.push(`first rejected ${e}`));
w.write('second').then(() => log.push('second ok'), (e) => log.push(`second rejected ${e}`));
setTimeout(() => {
  w.abort('stop!').then(() => {
    log.push('abort resolved');
    return w.closed;
  }).catch((e) => {
    log.push(`closed rejected ${e}`);
    console.log(log.join('\n'));
  });
}, 1);
