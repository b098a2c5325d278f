// events.on: an 'error' event rejects next(), an abort signal ends iteration with AbortError, option validation.
const { on, EventEmitter } = require('events');
(async () => {
  const ee = new EventEmitter();
  process.nextTick(() => ee.emit('error', new Error('failure')));
  try { for await (const x of on(ee, 'd')) console.log(x); } catch (e) { console.log('error:', e.message); }
  const ac = new AbortController();
  process.nextTick(() => ac.abort('reason'));
  try { for await (const x of on(ee, 'd', { signal: ac.signal })) console.log(x); } catch (e) { console.log(e.name, e.code, e.cause); }
  try { on(ee, 'd', { signal: AbortSignal.abort() }); } catch (e) { console.log('sync', e.name); }
  try { on(ee, 'd', { highWaterMark: 0 }); } catch (e) { console.log(e.code, e.message); }
  try { on(ee, 'd', 1); } catch (e) { console.log(e.code, e.message); }
  const it = on(ee, 'd');
  try { it.throw('not an error'); } catch (e) { console.log(e.code, e.message); }
  it.throw(new Error('thrown in'));
  try { await it.next(); } catch (e) { console.log('next after throw:', e.message); }
})();
