// t.beforeEach / t.afterEach / t.before / t.after on a test apply to its subtests.
const { test } = require('node:test');
test('parent', async (t) => {
  const log = [];
  t.before(() => log.push('before'));
  t.beforeEach((c) => log.push(`beforeEach ${c.name}`));
  t.afterEach((c) => log.push(`afterEach ${c.name}`));
  t.after(() => { log.push('after'); console.log(log.join(', ')); });
  await t.test('s1', () => log.push('s1'));
  await t.test('s2', () => log.push('s2'));
});
