// t.plan: the count of assertions (t.assert) and subtests must match.
const { test } = require('node:test');
test('plan met', (t) => { t.plan(2); t.assert.ok(true); t.assert.strictEqual(1, 1); });
test('plan missed', (t) => { t.plan(3); t.assert.ok(true); });
test('plan with subtests', async (t) => {
  t.plan(2);
  await t.test('sub', () => {});
  t.assert.deepStrictEqual([1], [1]);
});
test('plan option', { plan: 1 }, (t) => { t.assert.equal(1, 1); });
