// Extra arguments reach the callback, for every scheduling function.
const got = {};
setTimeout((...a) => { got.timeout = a; }, 1, 'a', 2, { three: 3 });
setImmediate((...a) => { got.immediate = a; }, 'b', null);
process.nextTick((...a) => { got.nextTick = a; }, 1, undefined, 'x');
const iv = setInterval((...a) => { got.interval = a; clearInterval(iv); }, 1, 'i');
process.on('exit', () => {
  for (const k of ['timeout', 'immediate', 'nextTick', 'interval']) console.log(k, got[k]);
});
