// exit() runs with no store and restores it; disable() drops the store from the current
// context until a new run/enterWith.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('outer', () => {
  als.exit((a) => {
    console.log('inside exit:', als.getStore(), 'arg:', a);
    setTimeout(() => console.log('timer made inside exit:', als.getStore()), 1);
  }, 'x');
  console.log('after exit:', als.getStore());
  console.log('exit returns:', als.exit(() => 7));
});
als.enterWith('entered');
console.log('before disable:', als.getStore());
als.disable();
console.log('after disable:', als.getStore());
als.run('again', () => console.log('run after disable:', als.getStore()));
console.log('disable returns:', als.disable());
