// assert(), ok, equal, notEqual, strictEqual, notStrictEqual: generated messages, custom string
// and Error messages, and the operators.
const assert = require('assert');
const { t } = require('./_t');
t('ok 0', () => assert.ok(0));
t('assert false', () => assert(false));
t('ok no args', () => assert.ok());
t('ok msg', () => assert.ok(null, 'custom'));
t('ok Error', () => assert.ok(false, new TypeError('te')));
t('ok truthy', () => assert.ok('x'));
t('equal', () => assert.equal(1, 2));
t('equal coerces', () => assert.equal(1, '1'));
t('equal NaN', () => assert.equal(NaN, NaN));
t('notEqual', () => assert.notEqual(1, '1'));
t('strictEqual', () => assert.strictEqual(1, '1'));
t('strictEqual NaN', () => assert.strictEqual(NaN, NaN));
t('strictEqual -0', () => assert.strictEqual(0, -0));
t('strictEqual msg', () => assert.strictEqual(1, 2, 'mine'));
t('notStrictEqual', () => assert.notStrictEqual(5, 5));
t('notStrictEqual obj', () => assert.notStrictEqual({ a: 1 }, { a: 1 }));
t('strictEqual objects', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('strictEqual same inspect', () => assert.strictEqual([1], [1]));
t('strictEqual fn', () => assert.strictEqual(() => {}, () => {}));
t('strictEqual symbol', () => assert.strictEqual(Symbol('a'), Symbol('a')));
t('strictEqual undefined null', () => assert.strictEqual(undefined, null));
t('strictEqual bigint', () => assert.strictEqual(1n, 1));
