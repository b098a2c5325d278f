// A rejection handled from a nextTick callback queued in the same turn is not reported;
// one handled from setImmediate is (unhandledRejection, then rejectionHandled).
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const a = Promise.reject(new Error('a'));
process.nextTick(() => a.catch(() => console.log('a caught in nextTick')));
const b = Promise.reject(new Error('b'));
setImmediate(() => b.catch(() => console.log('b caught in setImmediate')));
