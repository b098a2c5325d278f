// Mixed nested structures.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const v = {
  str: 'text',
  num: 1.5,
  big: 2n,
  bool: true,
  nil: null,
  undef: undefined,
  sym: Symbol('s'),
  fn() {},
  arr: [1, { a: [] }, [[]]],
  map: new Map([['k', new Set([1])]]),
  date: new Date(0),
  re: /r/g,
  nested: { deeper: { deepest: { gone: true } } },
};
show('everything', v);
console.log(v);
