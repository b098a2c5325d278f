// util.inspect of Buffers: the <Buffer ..> form, INSPECT_MAX_BYTES, extra properties, subclasses,
// nested depth, and Blob/File.
const util = require('util');
const buffer = require('buffer');
console.log(util.inspect(Buffer.from('hi')));
console.log(util.inspect(Buffer.alloc(0)));
console.log(util.inspect(Buffer.alloc(60, 1)));
const b = Buffer.from('ab');
b.extra = 1;
b[Symbol('s')] = 2;
console.log(util.inspect(b));
console.log(util.inspect({ a: { b: { c: Buffer.from('x') } } }));
console.log(util.inspect([Buffer.from('x')], { depth: 0 }));
class Sub extends Buffer {}
console.log(util.inspect(Object.setPrototypeOf(Buffer.from('z'), Sub.prototype)));
buffer.INSPECT_MAX_BYTES = 3;
console.log(util.inspect(Buffer.from('abcdef')));
buffer.INSPECT_MAX_BYTES = 50;
console.log(String(Buffer.from('ab')), `${Buffer.from([0xe9])}`);
console.log(util.inspect(new buffer.Blob(['abc'], { type: 'Text/Plain' })));
console.log(util.inspect(new buffer.File(['abc'], 'f.txt', { type: 'x/y', lastModified: 5 })));
console.log(util.inspect(Buffer.from('ab'), { showHidden: true }).replace(/\n/g, ' '));
console.log(util.format('%s|%o|%j', Buffer.from('a'), Buffer.from('b'), Buffer.from('c')));
