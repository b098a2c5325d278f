// Without NODE_DEBUG nothing is enabled and nothing is written.
const util = require('util');
const log = util.debuglog('anything');
console.log('enabled:', log.enabled);
log('not shown');
console.log('descriptor:', Object.getOwnPropertyDescriptor(log, 'enabled').enumerable, typeof Object.getOwnPropertyDescriptor(log, 'enabled').get);
