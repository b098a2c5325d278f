// parity-flags: --unhandled-rejections=warn
// warn: a warning on stderr, the program goes on and exits 0.
Promise.reject(new Error('warned'));
setTimeout(() => console.log('still running'), 5);
process.on('exit', (c) => console.log('exit', c));
