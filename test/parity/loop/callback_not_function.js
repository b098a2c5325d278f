// Scheduling a non-function throws ERR_INVALID_ARG_TYPE.
const tries = {
  'setTimeout("s")': () => setTimeout('s'),
  'setTimeout()': () => setTimeout(),
  'setInterval({})': () => setInterval({}),
  'setImmediate(null)': () => setImmediate(null),
  'process.nextTick(1)': () => process.nextTick(1),
  'queueMicrotask(undefined)': () => queueMicrotask(undefined),
  'queueMicrotask("x")': () => queueMicrotask('x'),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    fn();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, '->', e.name, e.code);
    console.log('  ', e.message);
  }
}
