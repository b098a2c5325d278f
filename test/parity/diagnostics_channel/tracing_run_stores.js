// A store bound to a tracing channel's start (and asyncStart) channel is visible in the traced
// function, its async continuation and the callback.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const store = new AsyncLocalStorage();
const tc = dc.tracingChannel('stores');
tc.start.bindStore(store, (ctx) => `span-${ctx.id}`);
tc.asyncStart.bindStore(store, (ctx) => `async-${ctx.id}`);
tc.end.subscribe((ctx) => console.log(`end ${ctx.id} store:`, store.getStore()));
tc.traceSync(() => console.log('in traceSync:', store.getStore()), { id: 1 });
tc.tracePromise(async () => {
  await null;
  console.log('in tracePromise after await:', store.getStore());
}, { id: 2 }).then(() => {
  console.log('after tracePromise:', store.getStore());
  tc.traceCallback((cb) => setImmediate(cb), 0, { id: 3 }, null, () => {
    console.log('in traced callback:', store.getStore());
  });
});
console.log('outside:', store.getStore());
