// inspect of URLSearchParams: empty, short, long (line break), nested depth
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const util = require('util');
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=2'));
console.log(new URLSearchParams('a=' + 'x'.repeat(40) + '&b=' + 'y'.repeat(40)));
console.log(util.inspect({ a: { b: new URLSearchParams('c=d') } }, { depth: 0 }));
console.log(util.inspect(new URLSearchParams('q=\'"')));
