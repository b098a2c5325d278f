// util.deprecate warns once per code; a different code warns again.
const util = require('util');
const f = util.deprecate(() => 'f result', 'f() is deprecated', 'DEP_PARITY_1');
const g = util.deprecate(() => 'g result', 'g() is deprecated, same code', 'DEP_PARITY_1');
const h = util.deprecate(() => 'h result', 'h() is deprecated', 'DEP_PARITY_2');
const n = util.deprecate(() => 'n result', 'n() has no code');
console.log(f(), f(), g(), h(), h(), n(), n());
