// t.assert has the assert functions, bound to the test (plan counts them).
const { test } = require('node:test');
test('methods', (t) => {
  const names = Object.keys(t.assert).sort();
  console.log(names.filter((n) => typeof t.assert[n] === 'function').join(','));
  t.assert.strictEqual(1, 1);
  t.assert.throws(() => { throw new Error('x'); });
  t.assert.match('abc', /b/);
});
test('fails', (t) => { t.assert.notStrictEqual(1, 1); });
