// assert.rejects / doesNotReject with promises, async functions, validation objects and the
// ERR_INVALID_RETURN_VALUE and argument errors.
const assert = require('assert');
const { ta } = require('./_t');
(async () => {
  await ta('resolves', () => assert.rejects(Promise.resolve(1)));
  await ta('obj mismatch', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await ta('obj match', () => assert.rejects(Promise.reject(new Error('x')), { message: 'x' }));
  await ta('bad arg', () => assert.rejects(5));
  await ta('fn returns non-promise', () => assert.rejects(() => 5));
  await ta('fn throws sync', () => assert.rejects(() => { throw new Error('sync'); }));
  await ta('async fn', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await ta('async fn wrong class', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await ta('regexp', () => assert.rejects(Promise.reject(new Error('abc')), /zzz/));
  await ta('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('r'))));
  await ta('doesNotReject msg', () => assert.doesNotReject(Promise.reject(new Error('r')), 'mine'));
  await ta('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await ta('doesNotReject fn non-promise', () => assert.doesNotReject(() => 1));
  await ta('thenable', () => assert.rejects({ then(res, rej) { rej(new Error('th')); } }, /th/));
})();
