// Map and Set, including nested and empty.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('map', new Map([['a', 1], [{ k: 1 }, [2]], [3, new Map([['n', true]])]]));
show('empty map', new Map());
show('set', new Set([1, 'two', { three: 3 }, [4]]));
show('empty set', new Set());
const m = new Map([[1, 2]]);
m.extra = 'x';
show('map with prop', m);
show('map iterator', new Map([['a', 1], ['b', 2]]).entries());
show('set values', new Set([1, 2]).values());
show('map keys', new Map([['k', 'v']]).keys());
show('weakmap', new WeakMap());
show('weakset', new WeakSet());
