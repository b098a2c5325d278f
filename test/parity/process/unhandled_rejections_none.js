// parity-flags: --unhandled-rejections=none
// none: silence, exit 0.
Promise.reject(new Error('silent'));
setTimeout(() => console.log('still running'), 5);
process.on('exit', (c) => console.log('exit', c));
