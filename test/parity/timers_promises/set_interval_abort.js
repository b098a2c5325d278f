// timers/promises setInterval ends with AbortError when its signal aborts; option errors come from next().
const tp = require('timers/promises');
(async () => {
  const ac = new AbortController();
  try {
    for await (const v of tp.setInterval(1, 'v', { signal: ac.signal })) {
      console.log('got', v);
      ac.abort('stop');
    }
  } catch (e) { console.log(e.name, e.code, e.cause); }
  const bad = tp.setInterval(1, 'v', 5);
  console.log('created without throwing');
  try { await bad.next(); } catch (e) { console.log(e.code, e.message); }
  console.log(await bad.next());
  try { await tp.setInterval(1, 'v', { signal: AbortSignal.abort() }).next(); } catch (e) { console.log('pre-aborted', e.name); }
})();
