// Error.prepareStackTrace shapes err.stack, including for the uncaught printout.
Error.prepareStackTrace = (err, frames) => `${err.name} with ${frames.length > 0 ? 'frames' : 'no frames'}: ${err.message}`;
const e = new Error('custom');
console.log(e.stack);
throw new RangeError('uncaught custom');
