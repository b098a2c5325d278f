// abort() while a close is in flight: the close wins, abort resolves.
const log = [];
const ws = new WritableStream({
  close() { log.push('sink close'); return new Promise((r) => setTimeout(r, 2)); },
  abort() { log.push('sink abort (should not run)'); },
});
const w = ws.getWriter();
w.close().then(() => log.push('close resolved'));
setTimeout(() => {
  w.abort('late').then(() => {
    log.push('abort resolved');
    setTimeout(() => console.log(log.join('\n'), ws), 5);
  });
}, 0);
