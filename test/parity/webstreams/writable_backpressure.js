// desiredSize and ready follow the queue of a slow sink with highWaterMark 2.
const log = [];
const pending = [];
const ws = new WritableStream({
  write(chunk) { return new Promise((r) => pending.push(r)); },
}, new CountQueuingStrategy({ highWaterMark: 2 }));
const w = ws.getWriter();
log.push(`initial ${w.desiredSize}`);
w.write(1); log.push(`after 1: ${w.desiredSize}`);
w.write(2); log.push(`after 2: ${w.desiredSize}`);
w.write(3); log.push(`after 3: ${w.desiredSize}`);
let ready = false;
w.ready.then(() => { ready = true; });
(async () => {
  await new Promise((r) => setTimeout(r, 1));
  log.push(`ready before drain: ${ready}`);
  while (pending.length) {
    pending.shift()();
    await new Promise((r) => setTimeout(r, 1));
    log.push(`desired ${w.desiredSize} ready=${ready}`);
  }
  console.log(log.join('\n'));
})();
