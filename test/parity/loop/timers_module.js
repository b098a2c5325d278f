// require('timers') exposes the same functions as the globals.
const timers = require('timers');
for (const k of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(k, timers[k] === globalThis[k]);
}
console.log('node:timers same', require('node:timers') === timers);
console.log('promises', typeof timers.promises, timers.promises === require('timers/promises'));
