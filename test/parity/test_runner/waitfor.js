// t.waitFor polls a condition until it stops throwing.
const { test } = require('node:test');
test('waitFor', async (t) => {
  let n = 0;
  const v = await t.waitFor(() => { n++; if (n < 3) throw new Error('not yet'); return 'ready'; }, { interval: 1 });
  console.log(v, n);
});
