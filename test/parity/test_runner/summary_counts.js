// The summary counts: tests, suites, pass, fail, cancelled, skipped, todo, with a failing todo.
const { test, describe, it } = require('node:test');
describe('s', () => {
  it('p', () => {});
  it('f', () => { throw new Error('f'); });
  it.todo('todo failing', () => { throw new Error('ok to fail'); });
  it.skip('skipped');
});
test('slow', { timeout: 5 }, () => new Promise((r) => setTimeout(r, 300).unref()));
