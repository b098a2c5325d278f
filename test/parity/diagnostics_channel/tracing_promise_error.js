// tracePromise with a rejection and with a synchronous throw.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('promise-error');
const log = [];
tc.subscribe({
  start(ctx) { log.push(`start ${ctx.id}`); },
  end(ctx) { log.push(`end ${ctx.id}`); },
  asyncStart(ctx) { log.push(`asyncStart ${ctx.id} error=${ctx.error && ctx.error.message}`); },
  asyncEnd(ctx) { log.push(`asyncEnd ${ctx.id}`); },
  error(ctx) { log.push(`error ${ctx.id} ${ctx.error.message}`); },
});
tc.tracePromise(async () => { throw new Error('rejected'); }, { id: 1 })
  .catch((e) => log.push(`caught ${e.message}`))
  .then(() => {
    try {
      tc.tracePromise(() => { throw new Error('thrown sync'); }, { id: 2 });
    } catch (e) {
      log.push(`sync throw ${e.message}`);
    }
    console.log(log.join('\n'));
  });
