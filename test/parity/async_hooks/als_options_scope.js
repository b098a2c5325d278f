// Constructor options (defaultValue, name), withScope and its disposal, validation.
const { AsyncLocalStorage } = require('async_hooks');
const plain = new AsyncLocalStorage();
console.log('name default:', JSON.stringify(plain.name));
const named = new AsyncLocalStorage({ name: 'requests', defaultValue: 'none' });
console.log('name:', named.name, 'default store:', named.getStore());
named.run('set', () => console.log('run overrides default:', named.getStore()));
named.run(undefined, () => console.log('run with undefined:', named.getStore()));
try { new AsyncLocalStorage(1); } catch (e) { console.log(e.code, e.message); }
try { new AsyncLocalStorage(null); } catch (e) { console.log(e.code, e.message); }
const scope = plain.withScope('scoped');
console.log('withScope:', scope.constructor.name, plain.getStore());
scope[Symbol.dispose]();
console.log('after dispose:', plain.getStore());
scope.dispose();
console.log('second dispose is a no-op:', plain.getStore());
console.log('prototype:', Object.getOwnPropertyNames(AsyncLocalStorage.prototype).sort().join(','));
console.log('statics:', Object.getOwnPropertyNames(AsyncLocalStorage).sort().join(','));
