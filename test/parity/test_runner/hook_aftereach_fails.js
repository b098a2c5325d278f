// A failing afterEach hook fails the test it ran after.
const { describe, it, afterEach } = require('node:test');
describe('suite', () => {
  afterEach(() => { throw new Error('teardown failed'); });
  it('t1', () => {});
});
