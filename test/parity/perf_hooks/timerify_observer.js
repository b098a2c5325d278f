// timerify entries reach a 'function' observer with the wrapped function's name.
const { performance, PerformanceObserver } = require('perf_hooks');
const obs = new PerformanceObserver((list) => {
  const [e] = list.getEntries();
  console.log(e.entryType, e.name, typeof e.duration);
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
const work = performance.timerify(function work() { return 42; });
console.log('result', work());
