// The two built-in strategies: highWaterMark, size(), and how streams use them.
const b = new ByteLengthQueuingStrategy({ highWaterMark: 10 });
const c = new CountQueuingStrategy({ highWaterMark: 3 });
console.log(b.highWaterMark, b.size(new Uint8Array(7)), b.size.name, b.size.length);
console.log(c.highWaterMark, c.size('anything'), c.size.name, c.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
let ctrl;
new ReadableStream({ start(x) { ctrl = x; } }, b);
ctrl.enqueue(new Uint8Array(4));
console.log('bytes desired', ctrl.desiredSize);
const w = new WritableStream({ write() { return new Promise(() => {}); } }, c).getWriter();
w.write(1); w.write(2);
console.log('count desired', w.desiredSize);
console.log(new ByteLengthQueuingStrategy({ highWaterMark: '5' }).highWaterMark);
