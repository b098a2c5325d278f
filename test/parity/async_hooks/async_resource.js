// AsyncResource: runInAsyncScope (this, arguments, context), bind (length, this), static bind,
// asyncId/triggerAsyncId and the execution ids inside a scope.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId, executionAsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const r = als.run('made', () => new AsyncResource('THING'));
console.log('asyncId > trigger:', r.asyncId() > r.triggerAsyncId(), 'trigger is top-level:', r.triggerAsyncId() === executionAsyncId());
als.run('elsewhere', () => {
  const out = r.runInAsyncScope(function (a, b) {
    return [this.tag, a, b, als.getStore(), executionAsyncId() === r.asyncId(), triggerAsyncId() === r.triggerAsyncId(), executionAsyncResource() === r];
  }, { tag: 'this' }, 1, 2);
  console.log('runInAsyncScope:', out);
  console.log('restored after scope:', als.getStore(), executionAsyncId() === 1);
});
const bound = r.bind(function (x, y) { return [als.getStore(), x, y]; });
console.log('bound length/name:', bound.length, bound.name);
console.log('bound call:', bound(1, 2));
const withThis = r.bind(function () { return this.v; }, { v: 'thisArg' });
console.log('bound with thisArg:', withThis());
const sb = als.run('static', () => AsyncResource.bind(function named(a) { return [als.getStore(), a]; }));
console.log('static bind:', sb('z'), sb.length);
const r2 = new AsyncResource('X', { triggerAsyncId: 42 });
console.log('explicit triggerAsyncId:', r2.triggerAsyncId());
console.log('numeric opts:', new AsyncResource('X', 7).triggerAsyncId());
console.log('emitDestroy returns this:', r.emitDestroy() === r);
try { r.runInAsyncScope(() => { throw new Error('inside scope'); }); } catch (e) { console.log('rethrown:', e.message, executionAsyncId()); }
