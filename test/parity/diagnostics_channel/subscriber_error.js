// A throwing subscriber does not stop publish or the other subscribers: its error surfaces as
// an uncaught exception on the next tick.
const dc = require('diagnostics_channel');
const ch = dc.channel('err');
process.on('uncaughtException', (e) => console.log('uncaughtException:', e.message));
ch.subscribe(() => { throw new Error('subscriber failed'); });
ch.subscribe((m) => console.log('second subscriber still got:', m));
ch.publish('message');
console.log('publish returned normally');
process.nextTick(() => console.log('tick queued after publish'));
