// AsyncResource argument validation.
const { AsyncResource } = require('async_hooks');
const tries = [
  () => new AsyncResource(),
  () => new AsyncResource(5),
  () => new AsyncResource('x', { triggerAsyncId: -2 }),
  () => new AsyncResource('x', { triggerAsyncId: 1.5 }),
  () => new AsyncResource('x', { triggerAsyncId: 'a' }),
  () => new AsyncResource('x').bind(null),
  () => AsyncResource.bind('nope'),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('empty type without hooks is accepted:', new AsyncResource('') instanceof AsyncResource);
