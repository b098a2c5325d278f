// performance.getEntries is ordered by startTime across marks and measures.
const { performance } = require('perf_hooks');
performance.mark('late', { startTime: 30 });
performance.mark('early', { startTime: 1 });
performance.measure('mid', { start: 5, end: 6 });
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
console.log(performance.getEntriesByName('mid')[0].entryType);
