// util.inspect option validation.
const util = require('util');
for (const opts of [{ depth: 'x' }, { breakLength: 'x' }, { maxArrayLength: -1 }, { compact: 'x' }, 'not an object']) {
  try {
    console.log(JSON.stringify(opts), '->', util.inspect({ a: [1, 2, 3] }, opts));
  } catch (e) {
    console.log(JSON.stringify(opts), 'throws', e.code, e.message);
  }
}
console.log(util.inspect({ a: 1 }, false, 0));
console.log(util.inspect({ a: { b: { c: 1 } } }, true, 0));
