// traceSync with a throwing function: error then end are published and the error is rethrown.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('sync-error');
const log = [];
tc.subscribe({
  start() { log.push('start'); },
  end(ctx) { log.push(`end error=${ctx.error && ctx.error.message} result=${'result' in ctx}`); },
  error(ctx) { log.push(`error ${ctx.error.message}`); },
});
try {
  tc.traceSync(() => { throw new Error('sync boom'); }, {});
} catch (e) {
  log.push(`caught ${e.message}`);
}
console.log(log.join('\n'));
