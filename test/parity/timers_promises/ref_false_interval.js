// timers/promises setInterval with ref: false does not keep the process alive.
const tp = require('timers/promises');
(async () => {
  for await (const v of tp.setInterval(100000, 'x', { ref: false })) console.log('never', v);
})();
process.on('exit', () => console.log('exited'));
