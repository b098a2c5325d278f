// MODULE_NOT_FOUND: message with the require stack, code and requireStack property.

try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
  console.log(JSON.stringify(e.requireStack));
}
try {
  require('./nope/nothing.js');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
