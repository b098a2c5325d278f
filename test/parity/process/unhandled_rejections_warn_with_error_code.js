// parity-flags: --unhandled-rejections=warn-with-error-code
// warn-with-error-code: a warning, the program goes on, exit code 1.
Promise.reject(new Error('warned with code'));
setTimeout(() => console.log('still running'), 5);
process.on('exit', (c) => console.log('exit', c));
