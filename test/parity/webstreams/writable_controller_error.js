// controller.error() errors the writable; desiredSize becomes null.
let ctrl;
const ws = new WritableStream({ start(c) { ctrl = c; } });
const w = ws.getWriter();
setTimeout(() => {
  ctrl.error(new Error('sink gave up'));
  console.log('desiredSize', w.desiredSize);
  w.write('x').catch((e) => console.log('write', e.message));
  w.closed.catch((e) => console.log('closed', e.message));
  console.log(ws);
}, 1);
