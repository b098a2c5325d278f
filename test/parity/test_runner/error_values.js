// Values thrown that are not errors: strings, numbers, objects, null, undefined.
const { test } = require('node:test');
test('string', () => { throw 'a string'; });
test('number', () => { throw 42; });
test('object', () => { throw { code: 'X', detail: [1, 2] }; });
test('null', () => { throw null; });
test('rejects undefined', () => Promise.reject(undefined));
