// Rejections: catch handlers, try/catch around await and unhandledRejection listeners.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('reject', () => {
  Promise.reject(new Error('r1')).catch((e) => console.log('catch sees:', als.getStore(), e.message));
  (async () => {
    try {
      await Promise.reject(new Error('r2'));
    } catch (e) {
      console.log('try/catch after await sees:', als.getStore(), e.message);
    }
  })();
  new Promise((_, rej) => setTimeout(() => rej(new Error('r3')), 1))
    .then(null, (e) => console.log('onRejected sees:', als.getStore(), e.message));
});
process.on('unhandledRejection', (err) => {
  console.log('unhandledRejection:', err.message);
});
als.run('unhandled', () => Promise.reject(new Error('r4')));
