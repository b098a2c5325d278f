// Arrays: empty, nested, holes, extra properties.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('empty', []);
show('simple', [1, 'two', null, undefined]);
show('nested', [[1, [2, [3, [4, [5]]]]]]);
show('holes', [1, , 3, , , 6]);
show('all holes', new Array(5));
show('leading holes', [, , 3]);
const a = [1, 2];
a.extra = 'prop';
a[-1] = 'neg';
show('extra props', a);
show('sparse big', Object.assign([], { 0: 'a', 1000: 'b' }));
