// Three levels of suites with tests at every level, spec indentation.
const { describe, it } = require('node:test');
describe('L1', () => {
  it('a', () => {});
  describe('L2', () => {
    it('b', () => {});
    describe('L3', () => {
      it('c', () => {});
      it('d fails', () => { throw new Error('deep'); });
    });
  });
});
