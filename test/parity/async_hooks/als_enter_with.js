// enterWith: sets the store for the rest of the synchronous execution; it does not leak out of
// a callback into the next one, and callbacks scheduled after it capture it. (Events are
// collected and printed in a fixed order: timer order under load is not the point.)
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = {};
setTimeout(() => {
  seen.a = `timer before enterWith: ${als.getStore()}`;
  als.enterWith('in-timer');
  seen.b = `timer after enterWith: ${als.getStore()}`;
  setTimeout(() => { seen.c = `scheduled after enterWith in timer: ${als.getStore()}`; }, 1);
  setImmediate(() => { seen.d = `immediate after enterWith in timer: ${als.getStore()}`; });
}, 1);
setTimeout(() => {
  seen.e = `a later timer does not see it: ${als.getStore()}`;
}, 5);
als.enterWith('main');
console.log('main after enterWith:', als.getStore());
setTimeout(() => { seen.f = `scheduled after main enterWith: ${als.getStore()}`; }, 3);
als.run('run', () => {
  als.enterWith('entered in run');
  console.log('inside run after enterWith:', als.getStore());
});
console.log('after run, the run restored:', als.getStore());
process.on('exit', () => {
  console.log('exit listener:', als.getStore());
  for (const k of Object.keys(seen).sort()) console.log(seen[k]);
});
