// assert/strict and assert.strict: equal is strictEqual there, the same object, and legacy
// mode's loose functions on the default export.
const assert = require('assert');
const strict = require('assert/strict');
const { t } = require('./_t');
console.log(strict === assert.strict, strict.strict === strict, assert.strict.equal === assert.strictEqual);
console.log(strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual);
t('strict equal', () => strict.equal(1, '1'));
t('strict deepEqual', () => strict.deepEqual({ a: 1 }, { a: '1' }));
t('strict notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: 1 }));
t('strict ok', () => strict(0));
t('loose deepEqual', () => assert.deepEqual({ a: 1 }, { a: '1' }));
console.log(Object.keys(assert).sort().join());
console.log(Object.keys(strict).sort().join());
