// timers/promises and util.promisify'd callbacks keep the store.
const { AsyncLocalStorage } = require('async_hooks');
const tp = require('timers/promises');
const util = require('util');
const als = new AsyncLocalStorage();
const sleepCb = (ms, cb) => setTimeout(() => cb(null, als.getStore()), ms);
als.run('tp', async () => {
  await tp.setTimeout(1);
  console.log('after timers/promises setTimeout:', als.getStore());
  await tp.setImmediate();
  console.log('after timers/promises setImmediate:', als.getStore());
  const inner = await util.promisify(sleepCb)(1);
  console.log('promisified callback saw:', inner, 'and after await:', als.getStore());
  let n = 0;
  for await (const _ of tp.setInterval(1)) {
    if (++n === 2) break;
  }
  console.log('after setInterval iterator:', als.getStore());
});
