process.noDeprecation = true;
const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const f = tracker.calls(foo, 2);
console.log(f(3), f.name, f.length);
const g = tracker.calls(1);
console.log(tracker.getCalls(f));
const r = tracker.report();
console.log(r.length, r.map((x) => [x.message, x.actual, x.expected, x.operator, typeof x.stack]));
try { tracker.verify(); } catch (e) { console.log(e.message, e.code, Object.keys(e)); }
f(4);
g();
tracker.verify();
console.log('verified');
tracker.reset(f);
console.log(tracker.getCalls(f));
try { tracker.getCalls(foo); } catch (e) { console.log(e.message, e.code); }
try { tracker.calls(foo, -1); } catch (e) { console.log(e.message, e.code); }
const t2 = new assert.CallTracker();
t2.calls(foo); t2.calls(() => {}, 3);
try { t2.verify(); } catch (e) { console.log(JSON.stringify(e.message), e.code, Object.keys(e)); }
