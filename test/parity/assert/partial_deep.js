// assert.partialDeepStrictEqual: subsets of objects, arrays, Maps and Sets, and its diff.
const assert = require('assert');
const { t } = require('./_t');
t('subset ok', () => assert.partialDeepStrictEqual({ a: 1, b: 2, c: { d: 3, e: 4 } }, { a: 1, c: { d: 3 } }));
t('mismatch', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
t('array subset', () => assert.partialDeepStrictEqual([1, 2, 3], [1, 3]));
t('array mismatch', () => assert.partialDeepStrictEqual([1, 2, 3], [4]));
t('map subset', () => assert.partialDeepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a']])));
t('set subset', () => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([2])));
t('set mismatch', () => assert.partialDeepStrictEqual(new Set([1, 2]), new Set([3])));
t('primitive', () => assert.partialDeepStrictEqual(1, 1));
t('primitive mismatch', () => assert.partialDeepStrictEqual('a', 'b'));
t('extra key', () => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
