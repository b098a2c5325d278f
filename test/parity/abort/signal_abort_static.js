// AbortSignal.abort(): an already aborted signal, default and given reasons.
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s.reason.message);
const s2 = AbortSignal.abort('why');
console.log(s2.aborted, s2.reason);
let fired = false;
s2.addEventListener('abort', () => { fired = true; });
setImmediate(() => console.log('listener on aborted signal fired', fired));
