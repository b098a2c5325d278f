// Aborting from inside an abort listener of another signal; listeners see the reason already set.
const outer = new AbortController();
const inner = new AbortController();
outer.signal.addEventListener('abort', () => {
  console.log('outer listener, reason', outer.signal.reason);
  inner.abort('from outer');
});
inner.signal.addEventListener('abort', () => console.log('inner listener, reason', inner.signal.reason));
outer.abort('start');
console.log('both aborted', outer.signal.aborted, inner.signal.aborted);
