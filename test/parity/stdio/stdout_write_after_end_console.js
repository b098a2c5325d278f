// After process.stdout.end(), console.log output is dropped without an error, and an explicit
// write reports ERR_STREAM_WRITE_AFTER_END through 'error' and its callback.
process.stdout.end('ended\n');
console.log('dropped');
process.stdout.on('error', (e) => console.error('error event', e.code));
process.stdout.write('x', (err) => console.error('callback', err && err.code));
setImmediate(() => console.error('writableEnded', process.stdout.writableEnded));
