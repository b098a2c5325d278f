// Global objects and builtin namespaces.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('Math', Math, { depth: 0 });
show('JSON', JSON);
show('Reflect', Reflect);
show('globalThis type', typeof globalThis);
show('arguments', (function () { return arguments; })(1, 'a'));
show('Intl', typeof Intl);
