// AbortSignal.any follows the first source to abort, with its reason; pre-aborted sources abort immediately.
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
console.log('before', any.aborted);
b.abort('b reason');
a.abort('a reason');
console.log('after', any.aborted, any.reason);
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre')]);
console.log('pre-aborted', pre.aborted, pre.reason);
const empty = AbortSignal.any([]);
console.log('empty', empty.aborted);
const c = new AbortController();
const nested = AbortSignal.any([AbortSignal.any([c.signal])]);
c.abort('deep');
console.log('nested', nested.aborted, nested.reason);
