// PerformanceObserver: entries delivered asynchronously in one batch, observer as second argument, disconnect, takeRecords.
const { performance, PerformanceObserver } = require('perf_hooks');
const obs = new PerformanceObserver((list, o) => {
  console.log('callback', o === obs, list.getEntries().map((e) => e.name), list.getEntriesByType('measure').map((e) => e.name));
  console.log('byName', list.getEntriesByName('one').length);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('one', { startTime: 1 });
performance.measure('m', { start: 1, end: 2 });
console.log('sync after marks');
setImmediate(() => {
  performance.mark('after disconnect');
  const o2 = new PerformanceObserver(() => console.log('o2 callback must not run'));
  o2.observe({ type: 'mark' });
  performance.mark('taken', { startTime: 5 });
  console.log('takeRecords', o2.takeRecords().map((e) => e.name));
  o2.disconnect();
});
