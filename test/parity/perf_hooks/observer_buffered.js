// PerformanceObserver observe({ type, buffered: true }) gets the marks made earlier; supportedEntryTypes; errors.
const { performance, PerformanceObserver } = require('perf_hooks');
performance.mark('early', { startTime: 1 });
const obs = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  obs.disconnect();
});
obs.observe({ type: 'mark', buffered: true });
console.log(PerformanceObserver.supportedEntryTypes);
const t = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('no callback', () => new PerformanceObserver());
t('observe nothing', () => new PerformanceObserver(() => {}).observe({}));
t('both', () => new PerformanceObserver(() => {}).observe({ type: 'mark', entryTypes: ['mark'] }));
