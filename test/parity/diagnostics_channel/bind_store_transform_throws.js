// A throwing store transform is reported as uncaught on the next tick; the function still runs,
// without that store.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
process.on('uncaughtException', (e) => console.log('uncaughtException:', e.message));
const ch = dc.channel('bad-transform');
const store = new AsyncLocalStorage();
ch.bindStore(store, () => { throw new Error('transform failed'); });
ch.subscribe(() => console.log('subscriber ran'));
console.log('result:', ch.runStores('m', () => `fn ran, store=${store.getStore()}`));
