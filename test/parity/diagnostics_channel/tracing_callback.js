// traceCallback: the callback at the given position is wrapped; asyncStart/asyncEnd surround it,
// error is published for a callback error.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('callback');
const log = [];
tc.subscribe({
  start(ctx) { log.push(`start ${ctx.id}`); },
  end(ctx) { log.push(`end ${ctx.id}`); },
  asyncStart(ctx) { log.push(`asyncStart ${ctx.id} result=${ctx.result} error=${ctx.error && ctx.error.message}`); },
  asyncEnd(ctx) { log.push(`asyncEnd ${ctx.id}`); },
  error(ctx) { log.push(`error ${ctx.id} ${ctx.error.message}`); },
});
function work(a, cb) { setImmediate(cb, null, a * 2); return 'sync return'; }
function fail(cb, msg) { setImmediate(() => cb(new Error(msg))); }
const r = tc.traceCallback(work, -1, { id: 1 }, null, 21, function (err, v) { log.push(`callback ${err} ${v}`); });
log.push(`traceCallback returned: ${r}`);
tc.traceCallback(fail, 0, { id: 2 }, null, (err) => {
  log.push(`callback error ${err.message}`);
  setImmediate(() => console.log(log.join('\n')));
}, 'cb failed');
