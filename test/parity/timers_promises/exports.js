// timers/promises exports and their relation to node:timers.
const tp = require('timers/promises');
const timers = require('timers');
console.log(Object.keys(tp), timers.promises === tp);
console.log(tp.setTimeout.name, tp.setImmediate.name, tp.setInterval.name, tp.setTimeout.length, tp.setImmediate.length, tp.setInterval.length);
console.log(require('node:timers/promises') === tp, require('util').promisify(setTimeout) === tp.setTimeout);
