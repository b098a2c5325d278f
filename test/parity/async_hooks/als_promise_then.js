// Promise reactions run in the store of the .then() call: then, catch, finally, chains, and
// promises resolved from another context.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
als.run('then', () => {
  Promise.resolve(1)
    .then((v) => { console.log('then 1:', als.getStore(), v); return v + 1; })
    .then((v) => { console.log('then 2:', als.getStore(), v); throw new Error('boom'); })
    .catch((e) => console.log('catch:', als.getStore(), e.message))
    .finally(() => console.log('finally:', als.getStore()));
});
als.run('registered', () => later.then((v) => console.log('resolved elsewhere:', als.getStore(), v)));
als.run('resolver', () => setTimeout(() => resolveLater('late'), 1));
Promise.resolve().then(() => console.log('then outside run:', als.getStore()));
