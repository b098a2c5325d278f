// parity-flags: --test-skip-pattern=slow
// --test-skip-pattern leaves matching tests out.
const { test } = require('node:test');
test('fast one', () => console.log('ran fast one'));
test('slow one', () => console.log('ran slow one'));
test('fast two', () => console.log('ran fast two'));
