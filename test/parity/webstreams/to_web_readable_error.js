// Readable.toWeb: a destroyed-with-error Readable errors the web stream; cancel destroys it.
const { Readable } = require('stream');
(async () => {
  const r = new Readable({ read() {} });
  const web = Readable.toWeb(r);
  const reader = web.getReader();
  r.destroy(new Error('node side failed'));
  try { await reader.read(); } catch (e) { console.log('read rejected', e.message); }
  const r2 = new Readable({ read() {} });
  r2.on('close', () => console.log('r2 closed, destroyed', r2.destroyed));
  r2.on('error', (e) => console.log('r2 error', e.name));
  await Readable.toWeb(r2).cancel(new Error('web cancel'));
  console.log('cancel resolved');
})();
