// timers/promises: setTimeout and setImmediate resolve with their value, in order.
const tp = require('timers/promises');
(async () => {
  const v = await tp.setTimeout(5, 'five');
  console.log('setTimeout resolved', v);
  const w = await tp.setImmediate('imm');
  console.log('setImmediate resolved', w);
  console.log('done');
})();
