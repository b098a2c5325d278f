// util.promisify of setTimeout/setImmediate uses their custom promisified versions.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom]);
// in sequence: a 5 ms timer against an immediate is a race under load
sleep(5, 'slept').then((v) => {
  console.log('timeout value', v);
  return immediate('imm');
}).then((v) => console.log('immediate value', v));
