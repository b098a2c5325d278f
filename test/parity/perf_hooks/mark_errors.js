// performance.mark and PerformanceMark argument errors; constructors of the entry classes.
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, PerformanceObserverEntryList } = require('perf_hooks');
const t = (label, f) => { try { const r = f(); console.log(label, 'ok', r && r.name); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('no name', () => performance.mark());
t('negative', () => performance.mark('n', { startTime: -1 }));
t('string time', () => performance.mark('n', { startTime: 'x' }));
t('options number', () => performance.mark('n', 5));
t('new PerformanceEntry', () => new PerformanceEntry());
t('new PerformanceMeasure', () => new PerformanceMeasure());
t('new PerformanceObserverEntryList', () => new PerformanceObserverEntryList());
t('new PerformanceMark', () => new PerformanceMark('constructed', { startTime: 2 }));
t('new PerformanceMark no name', () => new PerformanceMark());
t('uncloneable detail', () => performance.mark('d', { detail: () => 1 }));
console.log(new PerformanceMark('q', { startTime: 3 }) instanceof PerformanceEntry);
