// t.diagnostic messages are reported after the test, at its level.
const { test } = require('node:test');
test('top', async (t) => {
  t.diagnostic('first note');
  await t.test('nested', (t2) => { t2.diagnostic('nested note'); });
  t.diagnostic('second note');
});
