// tracePromise: start/end synchronously, asyncStart/asyncEnd when the promise settles; a
// non-promise result and a thenable are wrapped.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('promise');
const log = [];
tc.subscribe({
  start(ctx) { log.push(`start ${ctx.id}`); },
  end(ctx) { log.push(`end ${ctx.id}`); },
  asyncStart(ctx) { log.push(`asyncStart ${ctx.id} result=${ctx.result}`); },
  asyncEnd(ctx) { log.push(`asyncEnd ${ctx.id}`); },
  error(ctx) { log.push(`error ${ctx.id} ${ctx.error.message}`); },
});
const p1 = tc.tracePromise(async function (x) { await null; return `${this.tag}${x}`; }, { id: 1 }, { tag: 'v' }, 1);
log.push(`returned promise: ${p1 instanceof Promise}`);
const p2 = tc.tracePromise(() => 42, { id: 2 });
const p3 = tc.tracePromise(() => ({ then(resolve) { resolve('thenable'); } }), { id: 3 });
Promise.all([p1, p2, p3]).then((values) => {
  log.push(`values: ${values.join(',')}`);
  console.log(log.join('\n'));
});
