// assert.throws / doesNotThrow with validation objects, regexps, classes, functions and strings,
// and their argument errors.
const assert = require('assert');
const { t } = require('./_t');
t('no throw', () => assert.throws(() => {}));
t('no throw msg', () => assert.throws(() => {}, 'should throw'));
t('no throw class', () => assert.throws(() => {}, TypeError));
t('object mismatch', () => assert.throws(() => { throw new TypeError('boom'); }, { name: 'RangeError', message: /bam/ }));
t('object match', () => assert.throws(() => { throw new TypeError('boom'); }, { name: 'TypeError', message: 'boom' }));
t('object extra key', () => assert.throws(() => { throw new Error('x'); }, { code: 'E1' }));
t('object nested', () => assert.throws(() => { const e = new Error('x'); e.info = { a: 1 }; throw e; }, { info: { a: 2 } }));
t('regexp miss', () => assert.throws(() => { throw new Error('boom'); }, /bam/));
t('regexp hit', () => assert.throws(() => { throw new Error('boom'); }, /boo/));
t('class miss', () => assert.throws(() => { throw new Error('boom'); }, TypeError));
t('class hit', () => assert.throws(() => { throw new TypeError('boom'); }, Error));
t('fn false', () => assert.throws(() => { throw new Error('boom'); }, () => false));
t('fn true', () => assert.throws(() => { throw new Error('boom'); }, () => true));
t('string same as message', () => assert.throws(() => { throw new Error('boom'); }, 'boom'));
t('bad validation', () => assert.throws(() => { throw new Error('x'); }, 5));
t('empty object', () => assert.throws(() => { throw new Error('x'); }, {}));
t('not a function', () => assert.throws('x'));
t('throws primitive', () => assert.throws(() => { throw 5; }, { message: 'x' }));
t('throws null', () => assert.throws(() => { throw null; }, Error));
t('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('inner'); }, 'msg'));
t('doesNotThrow no msg', () => assert.doesNotThrow(() => { throw new Error('inner'); }));
t('doesNotThrow regex', () => assert.doesNotThrow(() => { throw new Error('inner'); }, /inner/));
t('doesNotThrow other class', () => assert.doesNotThrow(() => { throw new TypeError('inner'); }, RangeError));
t('doesNotThrow ok', () => assert.doesNotThrow(() => 1));
