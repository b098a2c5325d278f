// Objects whose constructor property or prototype chain is unusual.
const util = require('util');
console.log(util.inspect({ constructor: 'not a function' }));
console.log(util.inspect({ constructor: { name: 'Fake' } }));
class Base {}
class Derived extends Base {}
const o = Object.create(Derived.prototype);
console.log(util.inspect(o));
const p = Object.create(Object.create(null));
p.x = 1;
console.log(util.inspect(p));
function F() {}
F.prototype = Object.create(null);
console.log(util.inspect(new F()));
console.log(util.inspect(Object.create(Array.prototype)));
