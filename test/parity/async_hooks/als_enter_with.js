// enterWith: sets the store for the rest of the synchronous execution; it does not leak out of
// a callback into the next one, and callbacks scheduled after it capture it.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
setTimeout(() => {
  console.log('timer before enterWith:', als.getStore());
  als.enterWith('in-timer');
  console.log('timer after enterWith:', als.getStore());
  setTimeout(() => console.log('scheduled after enterWith in timer:', als.getStore()), 1);
}, 1);
setTimeout(() => console.log('next timer does not see it:', als.getStore()), 5);
als.enterWith('main');
console.log('main after enterWith:', als.getStore());
setTimeout(() => console.log('scheduled after main enterWith:', als.getStore()), 30);
als.run('run', () => {
  als.enterWith('entered in run');
  console.log('inside run after enterWith:', als.getStore());
});
console.log('after run, the run restored:', als.getStore());
