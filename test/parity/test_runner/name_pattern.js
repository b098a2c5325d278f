// parity-flags: --test-name-pattern=keep
// --test-name-pattern runs matching tests (and suites containing them); others are left out.
const { test, describe, it } = require('node:test');
test('keep me', () => console.log('ran keep me'));
test('drop me', () => console.log('ran drop me'));
describe('suite', () => {
  it('keep inner', () => console.log('ran keep inner'));
  it('drop inner', () => console.log('ran drop inner'));
});
describe('keep suite', () => {
  it('any child', () => console.log('ran any child'));
});
