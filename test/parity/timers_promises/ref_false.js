// timers/promises ref: false lets the process exit before the timer.
const tp = require('timers/promises');
tp.setTimeout(100000, 'never', { ref: false }).then(() => console.log('must not resolve'));
tp.setImmediate('never', { ref: false }).then((v) => console.log('immediate with ref false still ran:', v));
process.on('exit', () => console.log('exited'));
