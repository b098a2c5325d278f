// An error in the source errors both tee branches.
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
const [b1, b2] = rs.tee();
b1.getReader().closed.catch((e) => console.log('branch1', e.message));
b2.getReader().closed.catch((e) => console.log('branch2', e.message));
ctrl.enqueue('x');
ctrl.error(new Error('source broke'));
