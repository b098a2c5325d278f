// util.promisify of setTimeout/setImmediate uses their custom promisified versions.
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(typeof setTimeout[util.promisify.custom], typeof setImmediate[util.promisify.custom]);
sleep(5, 'slept').then((v) => console.log('timeout value', v));
immediate('imm').then((v) => console.log('immediate value', v));
