// The then() method of a thenable runs (in a microtask) in the store of the code that resolved
// with it, for new Promise(resolve => resolve(thenable)) and for await thenable.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('x', () => {
  new Promise((r) => r({ then(cb) { console.log('thenable then:', als.getStore()); cb(1); } }))
    .then(() => console.log('after thenable:', als.getStore()));
});
als.run('y', async () => {
  const v = await { then(cb) { console.log('await thenable then:', als.getStore()); cb(2); } };
  console.log('after await thenable:', als.getStore(), v);
});
