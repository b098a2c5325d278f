// Buffer construction: alloc with fill, allocUnsafe(Slow), from of every source kind (sharing
// memory with ArrayBuffers), Buffer() without new, isBuffer, poolSize and the module's exports.
const { t } = require('./_t');
const buffer = require('buffer');
t('alloc fill', () => [Buffer.alloc(4, 'ab'), Buffer.alloc(3, 1), Buffer.alloc(4, 'YWI=', 'base64'), Buffer.alloc(2, '')]);
t('alloc fill bad', () => Buffer.alloc(2, 'zz', 'hex'));
t('allocUnsafe length', () => [Buffer.allocUnsafe(5).length, Buffer.allocUnsafeSlow(5).length]);
t('from ab shares', () => { const ab = new ArrayBuffer(4); const x = Buffer.from(ab, 1, 2); new Uint8Array(ab)[1] = 9; return [x, x.buffer === ab, x.byteOffset]; });
t('from typed copies', () => { const u = new Uint16Array([1, 256]); const x = Buffer.from(u); u[0] = 5; return x; });
t('from typed buffer shares', () => { const u = new Uint16Array([1, 256]); const x = Buffer.from(u.buffer); u[0] = 5; return x; });
t('from buffer copies', () => { const a = Buffer.from('ab'); const c = Buffer.from(a); a[0] = 0; return c.toString(); });
t('from string enc', () => [Buffer.from('ff', 'hex'), Buffer.from('ab', 'ucs2'), Buffer.from('\u00e9', 'latin1')]);
t('from SAB', () => Buffer.from(new SharedArrayBuffer(2)).length);
t('Buffer()', () => Buffer('ab'));
t('new Buffer(n)', () => new Buffer(2));
t('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(0)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(null)]);
t('instanceof', () => [Buffer.alloc(1) instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype]);
t('poolSize', () => Buffer.poolSize);
t('keys', () => Object.keys(buffer));
t('constants', () => Object.keys(buffer.constants));
t('Buffer statics', () => Object.keys(Buffer));
t('of', () => Buffer.of(1, 2, 300));
t('slice is buffer', () => Buffer.from('abc').slice(1) instanceof Buffer);
t('map', () => Buffer.from([1, 2]).map((x) => x * 2));
t('toLocaleString', () => Buffer.from('ab').toLocaleString === Buffer.prototype.toString);
t('parent/offset', () => { const x = Buffer.from('ab'); return [x.parent === x.buffer, x.offset === x.byteOffset]; });
