// Symbol keys, non-enumerable symbol keys and showHidden.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const s = Symbol('key');
const o = { [s]: 'sym value', regular: 1, [Symbol()]: 'anon', [Symbol.iterator]: 'it' };
Object.defineProperty(o, Symbol('hidden'), { value: 'h', enumerable: false });
show('object', o);
show('showHidden', o, { showHidden: true });
show('symbol in array', [Symbol('a')]);
