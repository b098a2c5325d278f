// Hooks inside suites: before/after once per suite, beforeEach/afterEach per test, outer first in,
// inner first out.
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');
const log = [];
describe('outer', () => {
  before(() => log.push('outer before'));
  after(() => log.push('outer after'));
  beforeEach((t) => log.push(`outer beforeEach ${t.name}`));
  afterEach((t) => log.push(`outer afterEach ${t.name}`));
  it('o1', () => log.push('o1'));
  describe('inner', () => {
    before(() => log.push('inner before'));
    after(() => log.push('inner after'));
    beforeEach((t) => log.push(`inner beforeEach ${t.name}`));
    afterEach((t) => log.push(`inner afterEach ${t.name}`));
    it('i1', () => log.push('i1'));
    it('i2', () => log.push('i2'));
  });
});
process.on('exit', () => console.log(log.join('\n')));
