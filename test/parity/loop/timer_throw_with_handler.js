// A timer that throws (with an uncaughtException handler) does not stop the other timers of its
// list; microtasks queued before the throw still run.
const log = [];
process.on('uncaughtException', (e) => log.push('handler ' + e.message));
setTimeout(() => log.push('t1'), 2);
setTimeout(() => {
  log.push('t2 throws');
  Promise.resolve().then(() => log.push('promise from t2'));
  throw new Error('t2');
}, 2);
setTimeout(() => log.push('t3'), 2);
process.on('exit', () => console.log(log.join('\n')));
