// AbortSignal.timeout: aborts with a TimeoutError DOMException; the timer alone does not keep the process alive.
const s = AbortSignal.timeout(5);
console.log('initially', s.aborted);
s.addEventListener('abort', () => {
  console.log('aborted', s.reason.name, s.reason.message, s.reason.code);
});
setTimeout(() => console.log('later', s.aborted), 30);
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));
