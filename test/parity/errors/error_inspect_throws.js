// An uncaught error whose custom inspect throws.
const util = require('util');
const e = new Error('inspect throws');
e[util.inspect.custom] = () => { throw new Error('inspect failed'); };
throw e;
