// Writable.toWeb: writes reach the Writable; close ends it; backpressure follows 'drain'.
const { Writable } = require('stream');
(async () => {
  const log = [];
  const nodeW = new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) { log.push(`write ${Buffer.from(chunk).toString()}`); setTimeout(cb, 1); },
    final(cb) { log.push('final'); cb(); },
  });
  nodeW.on('finish', () => log.push('finish'));
  const ws = Writable.toWeb(nodeW);
  console.log(ws);
  const w = ws.getWriter();
  log.push(`desired ${w.desiredSize}`);
  await w.write(new Uint8Array([65]));
  await w.write(new Uint8Array([66, 67]));
  await w.close();
  log.push('closed');
  console.log(log.join('\n'));
})();
