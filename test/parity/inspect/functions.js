// Functions, arrows, async, generators, bound, with properties.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('named', function named() {});
show('anonymous', function () {});
show('arrow', () => {});
show('async', async function af() {});
show('async arrow', async () => {});
show('generator', function* gen() {});
show('bound', function orig() {}.bind(null));
const f = function withProps() {};
f.prop = 1;
f.nested = { a: 1 };
show('with props', f);
show('method', { m() {} }.m);
show('null proto function', Object.setPrototypeOf(function np() {}, null));
show('builtin', Math.max);
show('showHidden', function sh(a, b) {}, { showHidden: true });
