// deepStrictEqual / deepEqual diffs: nested objects, arrays, large arrays with one change,
// Maps, Sets, prototypes, and notDeep* messages.
const assert = require('assert');
const { t } = require('./_t');
t('deepEqual', () => assert.deepEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
t('deepStrictEqual', () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: 'x' }, { a: 1, b: [1, 2, 4], c: 'x' }));
t('big', () => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => ({ i })), Array.from({ length: 30 }, (_, i) => ({ i: i === 15 ? -1 : i }))));
t('proto', () => assert.deepStrictEqual(Object.create(null), {}));
t('map', () => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
t('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('same', () => assert.deepStrictEqual([1, { a: [2] }], [1, { a: [2] }]));
t('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual', () => assert.notDeepEqual([1], ['1']));
t('missing key', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
t('extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, c: 3 }));
t('string vs object', () => assert.deepStrictEqual('a', { 0: 'a' }));
t('msg', () => assert.deepStrictEqual(1, 2, 'my message'));
