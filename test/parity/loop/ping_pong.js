// Timers and immediates scheduling each other alternate deterministically.
const log = [];
let n = 0;
function fromImmediate() {
  log.push('immediate ' + n);
  if (++n < 6) setTimeout(fromTimer, 0);
}
function fromTimer() {
  log.push('timeout ' + n);
  if (++n < 6) setImmediate(fromImmediate);
}
setTimeout(fromTimer, 0);
process.on('exit', () => console.log(log.join('\n')));
