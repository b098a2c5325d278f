// Writer misuse: write after close, double close, released writer, locked stream.
const ws = new WritableStream();
const w = ws.getWriter();
w.close();
w.write('x').catch((e) => console.log('write after close', e.code, e.message));
w.close().catch((e) => console.log('close twice', e.code, e.message));
ws.close().catch((e) => console.log('stream close while locked', e.code, e.message));
ws.abort().catch((e) => console.log('stream abort while locked', e.code, e.message));
try { ws.getWriter(); } catch (e) { console.log('second writer', e.code, e.message); }
setTimeout(() => {
  w.releaseLock();
  try { console.log(w.desiredSize); } catch (e) { console.log('desiredSize', e.code, e.message); }
  w.write(1).catch((e) => console.log('released write', e.code, e.message));
  w.closed.catch((e) => console.log('released closed', e.code, e.message));
  console.log(ws.locked, ws);
}, 1);
