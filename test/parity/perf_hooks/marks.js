// performance.mark: entries with explicit startTime and detail (cloned), toJSON, getEntriesByName/Type, clearMarks.
const { performance } = require('perf_hooks');
const detail = { x: [1] };
const m = performance.mark('a', { startTime: 1, detail });
console.log(m, m.toJSON(), m.detail !== detail, Object.keys(m));
performance.mark('b', { startTime: 4 });
performance.mark('a', { startTime: 2 });
console.log(performance.getEntriesByType('mark').map((e) => `${e.name}@${e.startTime}`));
console.log(performance.getEntriesByName('a').length, performance.getEntriesByName('a', 'measure').length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
console.log(performance.getEntries());
const now = performance.mark('now');
console.log(typeof now.startTime, now.startTime > 0, now.detail);
