// Checks AsyncDisposableStack.disposeAsync.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
(async () => {
  const s = new AsyncDisposableStack();
  s.use({ async [Symbol.asyncDispose]() { console.log('async disposed'); } });
  s.use({ [Symbol.dispose]() { console.log('sync disposed'); } });
  s.defer(async () => console.log('deferred'));
  await s.disposeAsync();
  console.log('disposed', s.disposed);
})();
