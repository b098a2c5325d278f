// timers/promises: setTimeout and setImmediate resolve with their value, in order.
const tp = require('timers/promises');
(async () => {
  const v = await tp.setTimeout(5, 'five');
  console.log('setTimeout resolved', v);
  const w = await tp.setImmediate('imm');
  console.log('setImmediate resolved', w);
  let n = 0;
  for await (const x of tp.setInterval(2, 'iv')) {
    console.log('interval', x, ++n);
    if (n === 3) break;
  }
  console.log('done');
})();
