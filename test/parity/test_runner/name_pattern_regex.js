// parity-flags: --test-name-pattern=/^B/i
// A /regexp/flags name pattern.
const { test } = require('node:test');
test('alpha', () => console.log('ran alpha'));
test('beta', () => console.log('ran beta'));
test('Bravo', () => console.log('ran Bravo'));
