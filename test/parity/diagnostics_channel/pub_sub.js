// subscribe/publish/unsubscribe on Channel objects and through the module functions.
const dc = require('diagnostics_channel');
const ch = dc.channel('app:event');
const got = [];
function onMessage(message, name) { got.push([message, name]); }
ch.subscribe(onMessage);
ch.publish({ n: 1 });
dc.subscribe('app:event', (m) => got.push(['module subscriber', m.n]));
ch.publish({ n: 2 });
console.log(got);
console.log('unsubscribe:', ch.unsubscribe(onMessage), 'again:', ch.unsubscribe(onMessage));
console.log('module unsubscribe unknown fn:', dc.unsubscribe('app:event', () => {}));
console.log('unsubscribe on a fresh channel:', dc.unsubscribe('fresh', onMessage));
got.length = 0;
ch.publish({ n: 3 });
console.log('after unsubscribe:', got);
const twice = [];
const f = (m) => twice.push(m);
ch.subscribe(f); ch.subscribe(f);
ch.publish('x');
console.log('same fn subscribed twice runs twice:', twice.length);
console.log('publish returns:', ch.publish('y'));
