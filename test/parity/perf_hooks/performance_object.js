// The performance object: global identity, now/timeOrigin types, toJSON keys, shape of the prototype, timerify.
const perf = require('perf_hooks');
console.log(perf.performance === performance, Object.keys(perf));
console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
const a = performance.now();
const b = performance.now();
console.log('monotonic', b >= a);
console.log(Object.keys(performance.toJSON()), Object.keys(performance.eventLoopUtilization()));
console.log(Object.prototype.toString.call(performance), performance instanceof perf.Performance, performance instanceof EventTarget);
try { new perf.Performance(); } catch (e) { console.log(e.name, e.code, e.message); }
const f = performance.timerify(function add(x, y) { return x + y; });
console.log(f.name, f.length, f(2, 3));
try { performance.timerify(1); } catch (e) { console.log(e.code, e.message); }
console.log(typeof perf.constants.NODE_PERFORMANCE_GC_MAJOR, perf.eventLoopUtilization === performance.eventLoopUtilization);
