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
// Both timers must be due when the loop first looks, or a millisecond boundary between the two
// setTimeout calls can put them in different iterations (on any runtime).
const until = Date.now() + 20;
while (Date.now() < until);
process.on('exit', () => console.log(log.join('\n')));
