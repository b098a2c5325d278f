// WritableStream: writes reach the sink in order, one at a time, then close; ready/closed settle.
const log = [];
const ws = new WritableStream({
  start() { log.push('start'); },
  write(chunk, controller) {
    log.push(`write ${chunk} signal.aborted=${controller.signal.aborted}`);
    return new Promise((r) => setTimeout(r, 1));
  },
  close() { log.push('sink close'); },
});
const w = ws.getWriter();
w.ready.then(() => log.push('ready'));
w.write('a').then(() => log.push('a written'));
w.write('b').then(() => log.push('b written'));
w.close().then(() => log.push('close resolved'));
w.closed.then(() => {
  log.push('closed');
  console.log(log.join('\n'));
});
