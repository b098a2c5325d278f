// Default mode (throw): an unhandled rejection with an Error prints it and exits 1.
process.on('exit', (c) => console.log('exit', c));
console.log('main');
Promise.reject(new Error('nobody catches me'));
