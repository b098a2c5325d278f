// TracingChannel.hasSubscribers, channels made from names and from an object of channels, and
// the untraced fast path without subscribers.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('hs');
console.log('channel names:', ['start', 'end', 'asyncStart', 'asyncEnd', 'error'].map((k) => tc[k].name).join(' '));
console.log('no subscribers:', tc.hasSubscribers);
console.log('traceSync without subscribers:', tc.traceSync((x) => x + 1, {}, null, 1));
console.log('tracePromise without subscribers returns fn result as is:', tc.tracePromise(() => 5));
const onError = () => {};
tc.error.subscribe(onError);
console.log('only error subscribed:', tc.hasSubscribers);
tc.error.unsubscribe(onError);
console.log('after unsubscribe:', tc.hasSubscribers);
const own = {
  start: dc.channel('own:start'), end: dc.channel('own:end'), asyncStart: dc.channel('own:asyncStart'),
  asyncEnd: dc.channel('own:asyncEnd'), error: dc.channel('own:error'),
};
const tc2 = dc.tracingChannel(own);
console.log('uses given channels:', tc2.start === own.start, tc2.error === own.error);
console.log('channels are not enumerable:', Object.keys(tc2).length);
const partial = {};
tc2.subscribe({ start: (c) => partial.start = c.v });
tc2.traceSync(() => {}, { v: 'seen' });
console.log('partial handlers:', partial);
