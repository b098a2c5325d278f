// util.inspect.defaultOptions.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.depth = 2;
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.code, e.message);
}
