// timers/promises setTimeout with a negative delay: Node's TimeoutNegativeWarning, runs as 1ms.
const tp = require('timers/promises');
process.on('warning', (w) => console.log('warning', w.name, w.message));
tp.setTimeout(-5, 'neg').then((v) => console.log('resolved', v));
