// WeakRef and FinalizationRegistry.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const target = {};
show('WeakRef', new WeakRef(target));
show('FinalizationRegistry', new FinalizationRegistry(() => {}));
