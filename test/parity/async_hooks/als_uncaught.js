// An exception thrown inside run() propagates and restores the store; an uncaughtException
// handler runs in the store of the callback that threw, as Node's does.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
try {
  als.run('throws', () => { throw new Error('from run'); });
} catch (e) {
  console.log('caught:', e.message, 'store:', als.getStore());
}
process.on('uncaughtException', (e) => {
  console.log('uncaughtException:', e.message);
  setTimeout(() => console.log('timer after uncaught sees:', als.getStore()), 1);
});
als.run('timer', () => setTimeout(() => { throw new Error('from timer'); }, 1));
