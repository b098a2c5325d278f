// Class instances, inheritance, Symbol.toStringTag, anonymous classes.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
show('instance', new Point(1, 2));
show('subclass', new Point3());
show('empty instance', new (class Empty {})());
show('anonymous class instance', new (class {})());
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
show('toStringTag', new Tagged());
const o = { [Symbol.toStringTag]: 'Custom', v: 1 };
show('object with tag', o);
function Legacy() { this.a = 1; }
show('function constructor', new Legacy());
const noCtor = Object.create({ inherited: 1 });
noCtor.own = 2;
show('prototype without constructor', noCtor);
