// timers/promises setInterval: an async iterator yielding the value each interval; break stops it.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log(n, v);
    if (++n === 3) break;
  }
  const it = tp.setInterval(1, 'x');
  console.log(Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
  console.log(await it.next());
  console.log(await it.return());
  console.log(await it.next());
  console.log('done');
})();
