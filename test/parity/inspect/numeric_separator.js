// numericSeparator groups digits.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
for (const v of [1234567, -1234567.891, 123, 0.0001234, 1234.5678, 12345678901234567890n, -1000n]) {
  show(String(v), v, { numericSeparator: true });
}
show('in array', [1000000, 2.5e6], { numericSeparator: true });
