// showHidden reveals non-enumerable properties.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
show('default', o);
show('showHidden', o, { showHidden: true });
show('array length', [1, 2], { showHidden: true });
show('error', Object.assign(new Error('e'), { stack: 'Error: e' }), { showHidden: true });
