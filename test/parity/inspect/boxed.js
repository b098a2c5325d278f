// Boxed primitives.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('Number', new Number(42));
show('String', new String('boxed'));
show('Boolean', new Boolean(false));
show('Symbol', Object(Symbol('bs')));
show('BigInt', Object(10n));
show('negative zero', new Number(-0));
const s = new String('ab');
s.extra = 1;
show('String with prop', s);
show('String showHidden', new String('ab'), { showHidden: true });
