// match/doesNotMatch, fail, ifError (with its stack of the original error stripped) and
// AssertionError constructed by hand.
const assert = require('assert');
const { t } = require('./_t');
t('match', () => assert.match('abc', /x/));
t('match msg', () => assert.match('abc', /x/, 'mine'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('match bad', () => assert.match(5, /x/));
t('match bad re', () => assert.match('a', 'a'));
t('match ok', () => assert.match('abc', /b/));
t('fail', () => assert.fail());
t('fail msg', () => assert.fail('boom'));
t('fail Error', () => assert.fail(new TypeError('te')));
t('fail 2 args', () => assert.fail(1, 2));
t('fail 3 args', () => assert.fail(1, 2, 'three'));
t('fail 4 args', () => assert.fail(1, 2, undefined, '>'));
t('ifError null', () => assert.ifError(null));
t('ifError undefined', () => assert.ifError(undefined));
t('ifError Error', () => assert.ifError(new Error('ie')));
t('ifError string', () => assert.ifError('str'));
t('ifError 0', () => assert.ifError(0));
t('ifError obj', () => assert.ifError({ message: 'm' }));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e), e.name, e.code, e.generatedMessage, e.actual, e.expected, e.operator);
console.log(e.message);
const e2 = new assert.AssertionError({ message: 'hand', actual: 'a', expected: 'b' });
console.log(e2.message, e2.generatedMessage, e2.operator);
t('AssertionError bad', () => new assert.AssertionError('x'));
console.log(e instanceof Error, Object.prototype.toString.call(e), String(e).split('\n')[0]);
