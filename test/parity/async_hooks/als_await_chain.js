// async/await: the store survives every await, nested async calls, awaits on timers, and a
// store set inside an async function stays with it after the await.
const { AsyncLocalStorage } = require('async_hooks');
const { setTimeout: sleep } = require('timers/promises');
const als = new AsyncLocalStorage();
async function inner(tag) {
  await null;
  console.log(`${tag} inner after await:`, als.getStore());
  await sleep(1);
  return als.getStore();
}
async function outer(tag) {
  console.log(`${tag} start:`, als.getStore());
  await Promise.resolve();
  console.log(`${tag} after await 1:`, als.getStore());
  const got = await inner(tag);
  console.log(`${tag} inner returned:`, got);
  for (let i = 0; i < 50; i++) await i;
  console.log(`${tag} after 50 awaits:`, als.getStore());
}
(async () => {
  await als.run('first', () => outer('first'));
  await als.run('second', () => outer('second'));
  console.log('after both:', als.getStore());
  als.enterWith('entered');
  await sleep(1);
  console.log('enterWith survives await:', als.getStore());
})();
