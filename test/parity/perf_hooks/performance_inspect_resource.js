// performance: its inspect output (nodeTiming and timeOrigin only), the Performance.prototype
// descriptors (markResourceTiming, onresourcetimingbufferfull as an event-handler accessor),
// nodeTiming.loopStart before and after the loop starts, and markResourceTiming's entries.
const util = require('util');
const mask = (s) => s.replace(/\d+(\.\d+)?(e[+-]?\d+)?/g, 'N');
console.log(mask(util.inspect(performance)));
console.log(mask(util.inspect(performance, { depth: 0 })));
console.log(Object.keys(performance), Object.getOwnPropertyNames(performance));
const d = Object.getOwnPropertyDescriptors(Object.getPrototypeOf(performance));
for (const k of Object.keys(d)) {
  const x = d[k];
  const f = x.value ?? x.get;
  console.log(k, x.get ? 'get' : '', x.set ? 'set' : '', x.enumerable, x.configurable, x.writable, typeof x.value,
    typeof f === 'function' ? `${f.name}/${f.length}` : '');
}
console.log('handler', performance.onresourcetimingbufferfull);
performance.onresourcetimingbufferfull = 5;
console.log('handler', performance.onresourcetimingbufferfull);
performance.onresourcetimingbufferfull = null;
console.log('loopStart in main', performance.nodeTiming.loopStart, performance.nodeTiming.loopExit);
setTimeout(() => console.log('loopStart in loop', performance.nodeTiming.loopStart > 0));

const timingInfo = {
  startTime: 10, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 10,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 12, finalNetworkResponseStartTime: 15,
  endTime: 20, encodedBodySize: 100, decodedBodySize: 200,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 10.5, domainLookupEndTime: 11, connectionStartTime: 11, connectionEndTime: 11.5,
    secureConnectionStartTime: 0, ALPNNegotiatedProtocol: 'http/1.1',
  },
};
const r = performance.markResourceTiming(timingInfo, 'http://a/x', 'fetch', globalThis, '', {}, 200, '');
console.log(r);
console.log(Object.prototype.toString.call(r), r instanceof PerformanceEntry);
const local = performance.markResourceTiming(timingInfo, 'http://a/y', 'other', globalThis, 'local', {}, 404);
console.log(local.transferSize, local.deliveryType, local.responseStatus, local.initiatorType);
console.log(performance.getEntriesByType('resource').map((e) => e.name));
console.log(performance.getEntries().map((e) => e.entryType));
console.log(performance.getEntriesByName('http://a/x').length);
performance.clearResourceTimings('http://a/x');
console.log(performance.getEntriesByType('resource').map((e) => e.name));
performance.clearResourceTimings();
console.log(performance.getEntriesByType('resource').length);
try { new (require('perf_hooks').PerformanceResourceTiming)(); } catch (err) { console.log(err.code); }
