// queueMicrotask and promise jobs share one FIFO queue; nextTicks drain first.
const order = [];
queueMicrotask(() => order.push('qm1'));
Promise.resolve().then(() => order.push('p1'));
queueMicrotask(() => {
  order.push('qm2');
  queueMicrotask(() => order.push('qm2-inner'));
  process.nextTick(() => order.push('tick-from-qm2'));
});
process.nextTick(() => order.push('tick1'));
Promise.resolve().then(() => order.push('p2'));
setImmediate(() => console.log(order.join(' ')));
