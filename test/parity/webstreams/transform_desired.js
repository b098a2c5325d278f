// The transform controller's desiredSize reflects the readable side's queue.
let ctrl;
const ts = new TransformStream({ start(c) { ctrl = c; } }, undefined, { highWaterMark: 3 });
console.log(ctrl.desiredSize);
ctrl.enqueue('a');
console.log(ctrl.desiredSize);
ctrl.enqueue('b');
console.log(ctrl.desiredSize);
ts.readable.getReader().read().then((r) => console.log(r, ctrl.desiredSize));
