// desiredSize follows the queue: highWaterMark minus the queued sizes, 0 when closed.
const sizes = [];
let ctrl;
const rs = new ReadableStream({
  start(c) { ctrl = c; },
}, { highWaterMark: 5, size(chunk) { return chunk.length; } });
sizes.push(ctrl.desiredSize);
ctrl.enqueue('ab');
sizes.push(ctrl.desiredSize);
ctrl.enqueue('cdef');
sizes.push(ctrl.desiredSize);
const reader = rs.getReader();
reader.read().then((r) => {
  sizes.push(r.value, ctrl.desiredSize);
  ctrl.close();
  return reader.read();
}).then((r) => {
  sizes.push(r.value, ctrl.desiredSize);
  return reader.read();
}).then((r) => {
  sizes.push(r.done, ctrl.desiredSize);
  console.log(sizes);
});
