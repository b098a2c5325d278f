// A test with only: true: the others at that level are left out.
const { test } = require('node:test');
test('not only', () => { console.log('ran not only'); });
test('the only one', { only: true }, () => { console.log('ran only'); });
test.only('only via test.only', () => { console.log('ran test.only'); });
