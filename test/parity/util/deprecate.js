// util.deprecate warns once per function, once per code across functions, and validates code.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const a = util.deprecate(() => 'a', 'a is old', 'DEP_TEST1');
const b = util.deprecate(() => 'b', 'b is old too', 'DEP_TEST1');
const c = util.deprecate(function c(x) { return x; }, 'c without code');
a(); a(); b(); c(1); c(2);
console.log('results:', a(), b(), c(3), 'length kept:', c.length);
try { util.deprecate(() => {}, 'm', 42); } catch (e) { console.log(e.code, e.message); }
class Base {}
const Dep = util.deprecate(Base, 'class is old', 'DEP_TEST2');
console.log('constructs:', new Dep() instanceof Base);
