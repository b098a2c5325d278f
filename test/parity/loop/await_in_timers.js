// An async function resumed from inside a timer continues before the next timer.
const log = [];
async function step(name) {
  log.push(name + ' start');
  await null;
  log.push(name + ' resumed');
  await new Promise((r) => setImmediate(r));
  log.push(name + ' after immediate');
}
setTimeout(() => step('A'), 2);
setTimeout(() => step('B'), 2);
process.on('exit', () => console.log(log.join('\n')));
