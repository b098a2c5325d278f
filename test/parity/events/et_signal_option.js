// addEventListener signal option: aborting removes the listener; an aborted signal adds nothing.
const et = new EventTarget();
const ac = new AbortController();
et.addEventListener('x', () => console.log('listener ran'), { signal: ac.signal });
et.dispatchEvent(new Event('x'));
ac.abort();
et.dispatchEvent(new Event('x'));
console.log('after abort');
et.addEventListener('x', () => console.log('must not run'), { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('x'));
try { et.addEventListener('x', () => {}, { signal: 1 }); } catch (e) { console.log(e.code, e.message); }
