// tracingChannel.traceSync: start/end around the call, context gets result; no async events.
const dc = require('diagnostics_channel');
const tc = dc.tracingChannel('sync');
const log = [];
const handlers = {
  start(ctx) { log.push(['start', { ...ctx }]); },
  end(ctx) { log.push(['end', { ...ctx }]); },
  asyncStart() { log.push(['asyncStart']); },
  asyncEnd() { log.push(['asyncEnd']); },
  error(ctx) { log.push(['error', ctx.error.message]); },
};
tc.subscribe(handlers);
const ctx = { input: 1 };
const r = tc.traceSync(function (a, b) { log.push(['fn', this.who, a, b]); return a + b; }, ctx, { who: 'me' }, 2, 3);
console.log('returned:', r);
console.log(log);
console.log('context after:', ctx);
console.log('default context:', tc.traceSync(() => 'no context given'));
console.log('unsubscribe:', tc.unsubscribe(handlers), 'again:', tc.unsubscribe(handlers));
