// timers/promises cancelled by an AbortSignal: pre-aborted and aborted while waiting; the reason is the cause.
const tp = require('timers/promises');
(async () => {
  try { await tp.setTimeout(10, 'v', { signal: AbortSignal.abort('early') }); } catch (e) { console.log('timeout', e.name, e.code, e.message, e.cause); }
  try { await tp.setImmediate('v', { signal: AbortSignal.abort() }); } catch (e) { console.log('immediate', e.name, e.cause.name); }
  const ac = new AbortController();
  setTimeout(() => ac.abort('late'), 5);
  try { await tp.setTimeout(100000, 'v', { signal: ac.signal }); } catch (e) { console.log('while waiting', e.name, e.cause); }
  const ac2 = new AbortController();
  console.log('resolved normally', await tp.setTimeout(1, 'ok', { signal: ac2.signal }));
  ac2.abort();
  console.log('late abort harmless');
})();
