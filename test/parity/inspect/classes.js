// Classes, subclasses and static members.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
class A {}
class B extends A {}
class C { static s = 1; static m() {} }
show('class', A);
show('subclass', B);
show('statics', C);
show('anonymous', class {});
show('extends null', class N extends null {});
show('builtin subclass', class MyArr extends Array {});
show('instance of subclass', new (class MyArr extends Array {})(3));
