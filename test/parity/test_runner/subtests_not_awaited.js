// Subtests the parent does not await still run before the parent ends.
const { test } = require('node:test');
test('parent', (t) => {
  t.test('a', async () => { await new Promise((r) => setTimeout(r, 5)); console.log('a ran'); });
  t.test('b', () => { console.log('b ran'); });
  console.log('parent body done');
});
test('after', () => { console.log('after ran'); });
