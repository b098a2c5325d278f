// Error.prepareStackTrace has a default (ErrorPrepareStackTrace) that callers may save, call and
// restore; Error.stackTraceLimit is a plain data property: non-numbers (or deleting it) mean no
// stack at all, 0 means the header alone.
const p = Error.prepareStackTrace;
console.log(typeof p, p.name, p.length, Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace'));
console.log(Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit'));
let sites;
Error.prepareStackTrace = (e, c) => { sites = c; return 'custom'; };
console.log(new Error('boom').stack, sites.length > 0, typeof sites[0].getFileName);
Error.prepareStackTrace = p;
console.log(p(new Error('x'), sites.slice(0, 1)).replace(/\(.*\)/, '(LOC)'));
console.log(p({ name: 'N', message: 'M' }, []));
console.log(new Error('after').stack.split('\n')[0]);
Error.stackTraceLimit = 'x';
const e1 = new Error('nolimit');
console.log(e1.stack, Object.getOwnPropertyNames(e1));
const o1 = {}; Error.captureStackTrace(o1); console.log(o1.stack, Object.getOwnPropertyNames(o1));
Error.stackTraceLimit = 0;
console.log(new Error('zero').stack);
const o2 = {}; Error.captureStackTrace(o2); console.log(JSON.stringify(o2.stack));
delete Error.stackTraceLimit;
console.log(new Error('deleted').stack, 'stackTraceLimit' in Error);
Error.stackTraceLimit = 1;
console.log(new Error('one').stack.split('\n').length);
Error.stackTraceLimit = 2.7;
console.log(new Error('two').stack.split('\n').length);
try { null.x; } catch (e) { console.log(e instanceof TypeError); }
