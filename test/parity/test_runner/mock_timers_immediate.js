// mock.timers with setImmediate and timers/promises setTimeout.
const { test } = require('node:test');
const timersPromises = require('node:timers/promises');
test('immediate', async (t) => {
  t.mock.timers.enable({ apis: ['setImmediate', 'setTimeout'] });
  const seen = [];
  setImmediate(() => seen.push('immediate'));
  setTimeout(() => seen.push('timeout 0'), 0);
  const p = timersPromises.setTimeout(100, 'value');
  t.mock.timers.tick(0);
  console.log(seen.join(','));
  t.mock.timers.tick(100);
  console.log(await p);
});
