// A Node-style error with a code, uncaught.
const e = new TypeError('The "x" argument is wrong');
e.code = 'ERR_SOMETHING';
throw e;
