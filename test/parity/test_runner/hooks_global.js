// Top-level before/after/beforeEach/afterEach and their order around tests and subtests.
const { test, before, after, beforeEach, afterEach } = require('node:test');
const log = [];
before(() => log.push('before'));
after(() => { log.push('after'); console.log(log.join('\n')); });
beforeEach((t) => log.push(`beforeEach ${t.name}`));
afterEach((t) => log.push(`afterEach ${t.name}`));
test('one', () => log.push('one'));
test('two', async (t) => {
  log.push('two');
  await t.test('two.a', () => log.push('two.a'));
});
