// Request.signal follows the signal it was given; a Request copied from another keeps following
const ac = new AbortController();
const r = new Request('http://x.test/', { signal: ac.signal });
const copy = new Request(r);
console.log(r.signal === ac.signal, r.signal.aborted, copy.signal.aborted);
r.signal.addEventListener('abort', () => console.log('request signal aborted', r.signal.reason));
ac.abort('why');
console.log(r.signal.aborted, copy.signal.aborted, copy.signal.reason);
const pre = new Request('http://x.test/', { signal: AbortSignal.abort('early') });
console.log(pre.signal.aborted, pre.signal.reason);
try { new Request('http://x.test/', { signal: {} }); } catch (e) { console.log(e.name, e.message); }
