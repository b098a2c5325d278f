// Argument validation of test() and t.plan.
const { test } = require('node:test');
for (const [label, fn] of [
  ['fn not a function', () => test('x', 'nope')],
  ['options not an object', () => test('x', 5, () => {})],
  ['bad timeout', () => test('x', { timeout: -1 }, () => {})],
]) {
  try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.code, e.message); }
}
test('plan twice', (t) => {
  t.plan(1);
  try { t.plan(2); } catch (e) { console.log(e.code, e.message); }
  t.assert.ok(true);
});
