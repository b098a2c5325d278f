// Property keys that need quotes.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('keys', { simple: 1, 'with space': 2, 'dash-key': 3, 123: 4, '0x1': 5, $dollar: 6, _under: 7, 'ünï': 8, '': 9, "it's": 10 });
show('numeric-like', { '01': 1, 1.5: 2, '-1': 3 });
