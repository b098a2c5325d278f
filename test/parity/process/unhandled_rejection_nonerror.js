// Default mode with a non-Error reason: ERR_UNHANDLED_REJECTION wraps it.
process.on('exit', (c) => console.log('exit', c));
Promise.reject(42);
