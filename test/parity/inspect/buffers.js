// Buffers: short, long (cut at 50 bytes), with properties, and in objects.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('Buffer', Buffer.from('hello'));
show('long Buffer', Buffer.alloc(60));
const b = Buffer.from([1, 2]);
b.extra = 'x';
show('with prop', b);
show('in object', { b: Buffer.from('hi') });
show('empty', Buffer.alloc(0));
