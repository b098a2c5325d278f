// AsyncLocalStorage.snapshot() and AsyncLocalStorage.bind(): run later in the captured context.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const snap = a.run('A', () => b.run('B', () => AsyncLocalStorage.snapshot()));
console.log('snapshot fn:', typeof snap, snap.length);
console.log('snapshot runs with:', snap((x, y) => [a.getStore(), b.getStore(), x, y], 1, 2));
console.log('after snapshot call:', a.getStore(), b.getStore());
a.run('other', () => console.log('snapshot inside another run:', snap(() => a.getStore()), 'then', a.getStore()));
const bound = a.run('bound', () => AsyncLocalStorage.bind(function (x) { return [a.getStore(), x]; }));
console.log('bound:', bound(5));
try { AsyncLocalStorage.bind(1); } catch (e) { console.log(e.code, e.message); }
const snap2 = a.run('S2', () => AsyncLocalStorage.snapshot());
setTimeout(() => console.log('snapshot used in a timer:', snap2(() => a.getStore())), 1);
