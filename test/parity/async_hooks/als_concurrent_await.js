// Concurrent async chains interleave without mixing their stores.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep } = require('timers/promises');
const als = new AsyncLocalStorage();
const log = [];
async function task(id, delays) {
  for (const d of delays) {
    await sleep(d);
    log.push(`${id}:${als.getStore().id}`);
  }
  return als.getStore().id;
}
Promise.all([
  als.run({ id: 'a' }, () => task('a', [3, 1, 2])),
  als.run({ id: 'b' }, () => task('b', [1, 3, 1])),
  als.run({ id: 'c' }, () => task('c', [2, 2, 2])),
]).then((ids) => {
  console.log('results:', ids);
  console.log('every step saw its own store:', log.every((e) => e.split(':')[0] === e.split(':')[1]));
  console.log('steps:', log.length);
});
