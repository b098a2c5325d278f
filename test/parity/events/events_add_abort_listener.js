// events.addAbortListener: runs once on abort even when propagation is stopped, microtask for aborted signals, disposable.
const { addAbortListener } = require('events');
const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { console.log('first stops'); e.stopImmediatePropagation(); });
const d = addAbortListener(ac.signal, (e) => console.log('abort listener', e.type));
console.log(typeof d[Symbol.dispose], Object.getPrototypeOf(d));
ac.abort();
addAbortListener(AbortSignal.abort(), (...args) => console.log('pre-aborted, args', args.length));
console.log('sync end');
const ac2 = new AbortController();
addAbortListener(ac2.signal, () => console.log('must not run'))[Symbol.dispose]();
ac2.abort();
try { addAbortListener(); } catch (e) { console.log(e.code, e.message); }
try { addAbortListener(ac.signal, 1); } catch (e) { console.log(e.code, e.message); }
