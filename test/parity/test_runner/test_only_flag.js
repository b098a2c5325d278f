// parity-flags: --test-only
// --test-only with only: true tests.
const { test, describe, it } = require('node:test');
test('plain', () => console.log('ran plain'));
test.only('marked', () => console.log('ran marked'));
describe.only('only suite', () => {
  it('inside', () => console.log('ran inside'));
});
