// cancel(reason) reaches the source, empties the queue and resolves pending reads as done.
const log = [];
const rs = new ReadableStream({
  start(c) { c.enqueue(1); c.enqueue(2); },
  cancel(reason) { log.push(`source cancel: ${reason}`); return new Promise((r) => setTimeout(r, 1)); },
});
const reader = rs.getReader();
reader.read().then((r) => {
  log.push(`read ${r.value}`);
  const p = reader.cancel('why');
  log.push('cancel called');
  return p;
}).then((v) => {
  log.push(`cancel resolved ${v}`);
  return reader.read();
}).then((r) => {
  log.push(`after cancel ${JSON.stringify(r)}`);
  console.log(log.join('\n'));
});
