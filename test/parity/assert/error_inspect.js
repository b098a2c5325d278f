// util.inspect of AssertionErrors (properties shown after the stack), the stack's first line,
// and how the uncaught printer shows one (stderr, exit code 1).
const assert = require('assert');
const util = require('util');
try { assert.strictEqual(1, 2); } catch (e) {
  console.log(util.inspect(e).split('\n').filter((l) => !l.includes(' at ')).join('\n'));
  console.log(e.stack.split('\n')[0]);
}
try { assert.deepStrictEqual({ a: [1] }, { a: [2] }); } catch (e) {
  console.log(util.inspect(e).split('\n').filter((l) => !l.includes(' at ')).join('\n'));
}
try { assert.ok(false); } catch (e) { console.log(Object.keys(e), JSON.stringify(e)); }
