// timers/promises setImmediate resolves in the check phase, after a pending setImmediate callback.
const tp = require('timers/promises');
const log = [];
setImmediate(() => log.push('callback immediate'));
tp.setImmediate('value').then((v) => { log.push(`promise ${v}`); console.log(log); });
process.nextTick(() => log.push('tick'));
