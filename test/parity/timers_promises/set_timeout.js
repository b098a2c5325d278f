// timers/promises setTimeout resolves with the value after the delay, in timer order.
const tp = require('timers/promises');
(async () => {
  const order = [];
  await Promise.all([
    tp.setTimeout(20, 'slow').then((v) => order.push(v)),
    tp.setTimeout(1, 'fast').then((v) => order.push(v)),
    tp.setTimeout(1).then((v) => order.push(String(v))),
  ]);
  console.log(order);
  console.log(await tp.setTimeout(0, { obj: true }));
})();
