// I/O completion callbacks (fs callbacks and fs.promises) run in the store of the call.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();
const seen = [];
let pending = 4;
const finish = (s) => { seen.push(s); if (--pending === 0) console.log(seen.sort().join('\n')); };
als.run('readFile', () => fs.readFile(__filename, (err) => finish(`readFile callback: ${als.getStore()} ${err}`)));
als.run('stat', () => fs.stat(__filename, () => finish(`stat callback: ${als.getStore()}`)));
als.run('missing', () => fs.readFile('does-not-exist', (err) => finish(`error callback: ${als.getStore()} ${err.code}`)));
als.run('promises', async () => {
  await fs.promises.readFile(__filename);
  finish(`fs.promises: ${als.getStore()}`);
});
