// Writable.toWeb: an error on the node side errors the web stream; abort destroys the Writable.
const { Writable } = require('stream');
(async () => {
  const nodeW = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  nodeW.on('error', () => {});
  const w = Writable.toWeb(nodeW).getWriter();
  await w.write(new Uint8Array([1])).catch((e) => console.log('write', e.message));
  await w.closed.catch((e) => console.log('closed', e.message));
  const n2 = new Writable({ write(c, e, cb) { cb(); } });
  n2.on('error', (e) => console.log('n2 error', e.message));
  n2.on('close', () => console.log('n2 destroyed', n2.destroyed));
  await Writable.toWeb(n2).abort(new Error('aborted from web'));
  console.log('abort resolved');
})();
