// Classes with static blocks, accessors and symbol-named methods.
const util = require('util');
class S {
  static count;
  static { S.count = 3; }
  static get computed() { return 1; }
  [Symbol.iterator]() {}
  method() {}
}
console.log(util.inspect(S));
console.log(util.inspect(S, { showHidden: true }));
console.log(util.inspect(new S()));
console.log(util.inspect(Object.getOwnPropertyNames(S.prototype)));
