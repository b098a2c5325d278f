// Line breaking at breakLength 80, compact and sorting.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const short = { a: 1, b: 'two', c: [1, 2, 3] };
show('short', short);
const long = { alpha: 'aaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbb', gamma: 'gggggggggggggggggg', delta: 1 };
show('long', long);
const nested = { level1: { level2a: { x: 1, y: 2 }, level2b: ['some', 'strings', 'in', 'an', 'array'], level2c: 'a string value that is fairly long' } };
show('nested', nested);
show('breakLength Infinity', long, { breakLength: Infinity });
show('breakLength 20', short, { breakLength: 20 });
show('compact false', short, { compact: false });
show('compact 1', nested, { compact: 1 });
show('sorted', { z: 1, a: 2, m: 3 }, { sorted: true });
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(util.inspect(Array.from({ length: 40 }, (_, i) => i * 1000)));
