// events.once with an EventTarget resolves with [event]; with an AbortSignal it rejects with AbortError.
const { once } = require('events');
(async () => {
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ready')), 1);
  const [ev] = await once(et, 'ready');
  console.log('resolved', ev.type, ev instanceof Event);
  const ac = new AbortController();
  setTimeout(() => ac.abort('stop'), 1);
  try { await once(et, 'never', { signal: ac.signal }); } catch (e) { console.log(e.name, e.code, e.message, e.cause); }
  try { await once(et, 'x', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre-aborted', e.name, e.cause.name); }
  try { await once(et, 'x', 5); } catch (e) { console.log(e.code, e.message); }
  try { await once(et, 'x', { signal: 5 }); } catch (e) { console.log(e.code, e.message); }
})();
