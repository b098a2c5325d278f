// Private fields and methods are not shown; static blocks and accessors are.
const util = require('util');
class Secret {
  #hidden = 1;
  visible = 2;
  static #staticHidden = 3;
  static shown = 4;
  #m() {}
  get #g() { return 1; }
}
console.log(util.inspect(new Secret()));
console.log(util.inspect(Secret));
