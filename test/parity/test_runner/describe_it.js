// describe/it suites, nested suites, a failing test inside a suite, and the counts of suites.
const { describe, it } = require('node:test');
const assert = require('node:assert');
describe('math', () => {
  it('adds', () => assert.equal(2 + 2, 4));
  describe('division', () => {
    it('divides', () => assert.equal(6 / 3, 2));
    it('by zero', () => assert.equal(1 / 0, 0));
  });
  it('multiplies', () => {});
});
describe('empty suite', () => {});
