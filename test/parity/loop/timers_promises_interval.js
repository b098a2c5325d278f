// timers/promises setInterval as an async iterator.
const tp = require('timers/promises');
(async () => {
  let n = 0;
  for await (const x of tp.setInterval(2, 'iv')) {
    console.log('interval', x, ++n);
    if (n === 3) break;
  }
  console.log('done');
})();
