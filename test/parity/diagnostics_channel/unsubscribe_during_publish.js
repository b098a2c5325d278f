// Subscribing or unsubscribing while a publish runs does not change that publish.
const dc = require('diagnostics_channel');
const ch = dc.channel('mutate');
const log = [];
function a() { log.push('a'); ch.unsubscribe(b); ch.subscribe(c); }
function b() { log.push('b'); }
function c() { log.push('c'); }
ch.subscribe(a);
ch.subscribe(b);
ch.publish(1);
console.log('first publish:', log.join(','));
log.length = 0;
ch.publish(2);
console.log('second publish:', log.join(','));
function self() { log.push('self'); ch.unsubscribe(self); }
const ch2 = dc.channel('self');
ch2.subscribe(self);
ch2.subscribe(() => log.push('after self'));
log.length = 0;
ch2.publish(); ch2.publish();
console.log('self-unsubscribe:', log.join(','));
