// Arrays longer than 100 items are cut; maxArrayLength changes that.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const big = Array.from({ length: 150 }, (_, i) => i);
console.log(util.inspect(big));
show('maxArrayLength 3', big, { maxArrayLength: 3 });
show('maxArrayLength 0', big, { maxArrayLength: 0 });
show('strings', Array.from({ length: 30 }, (_, i) => 'item' + i));
show('set over limit', new Set(big), { maxArrayLength: 2 });
show('map over limit', new Map(big.slice(0, 5).map((i) => [i, i])), { maxArrayLength: 2 });
