// strictEqual's diff output: single-line strings, multi-line strings, long strings, and
// values that only differ deep inside.
const assert = require('assert');
const { t } = require('./_t');
t('strings', () => assert.strictEqual('hello world', 'hello there'));
t('multiline', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
t('multiline long', () => assert.strictEqual(Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n'), Array.from({ length: 20 }, (_, i) => `line ${i === 10 ? 'x' : i}`).join('\n')));
t('long string', () => assert.strictEqual('a'.repeat(200), 'a'.repeat(199) + 'b'));
t('number string', () => assert.strictEqual(123, '123'));
t('arrays', () => assert.strictEqual([1, 2, 3], [1, 2, 4]));
t('objects', () => assert.strictEqual({ a: 1, b: { c: 2 } }, { a: 1, b: { c: 3 } }));
t('empty strings', () => assert.strictEqual('', ' '));
t('notStrictEqual str', () => assert.notStrictEqual('abc', 'abc'));
t('notStrictEqual multiline', () => assert.notStrictEqual('a\nb', 'a\nb'));
