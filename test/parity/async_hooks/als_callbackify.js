// util.callbackify: the callback runs (through nextTick) in the store of the call.
const { AsyncLocalStorage } = require('async_hooks');
const util = require('util');
const als = new AsyncLocalStorage();
const cbf = util.callbackify(async (x) => { await null; return x * 2; });
als.run('cb', () => cbf(21, (err, v) => console.log('callbackified:', als.getStore(), err, v)));
const failing = util.callbackify(async () => { throw new Error('nope'); });
als.run('cb-err', () => failing((err) => console.log('callbackified error:', als.getStore(), err.message)));
