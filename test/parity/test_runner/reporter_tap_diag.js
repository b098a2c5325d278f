// parity-flags: --test-reporter=tap
// TAP diagnostics, escaped # in names and messages.
const { test } = require('node:test');
test('top', async (t) => {
  t.diagnostic('first note');
  await t.test('nested', (t2) => { t2.diagnostic('nested note'); });
  t.diagnostic('second note');
});
require('node:test').test('hash # in name', (t) => t.diagnostic('a # b'));
