// parity-stderr: ignore
// An 'error' from a stream with no listener crashes the process (exit code 1) after the
// synchronous code ran.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
process.on('exit', (code) => console.log('exit', code));
r.destroy(new Error('nobody listens'));
console.log('still running');
