// A rejection handled within the same tick of microtasks is not reported.
const p = Promise.reject(new Error('caught in time'));
process.on('unhandledRejection', () => console.log('unhandledRejection (should not fire)'));
Promise.resolve().then(() => p.catch((e) => console.log('caught:', e.message)));
