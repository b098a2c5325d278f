// util.inherits, callbackify (falsy rejection) and promisify (custom symbol, errors).
const util = require('util');
function A() {}
A.prototype.hi = () => 'hi';
function B() {}
util.inherits(B, A);
console.log('inherits:', new B().hi(), B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype);
for (const [ctor, sup] of [[null, A], [B, null], [B, Object.assign(() => {}, { prototype: undefined })]]) {
  try { util.inherits(ctor, sup); } catch (e) { console.log(e.code, e.message); }
}
const cb = util.callbackify(async function named(x) { return x; });
console.log('callbackified:', cb.name, cb.length);
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy rejection:', err.code, err.message, err.reason));
util.callbackify(() => Promise.reject(0))((err) => console.log('zero rejection:', err.code, err.reason));
try { util.callbackify(async () => {})('no callback'); } catch (e) { console.log(e.code, e.message); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log('custom symbol:', util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'), util.promisify(custom) === custom[util.promisify.custom]);
util.promisify(custom)().then((v) => console.log('custom result:', v));
util.promisify((x, done) => done(null, x * 2))(21).then((v) => console.log('promisified:', v));
util.promisify((done) => done(new Error('failed')))().catch((e) => console.log('promisified rejects:', e.message));
try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
