// request body kinds on the wire: string, URLSearchParams, Buffer, ArrayBuffer, DataView, Blob
const { start, stable } = require('./_server');
start((req, res) => {
  console.log(req.get('content-type') || '-', req.get('content-length'), JSON.stringify(req.body.toString()));
  res.send(200, {}, '');
}).then(async (s) => {
  const send = (body) => fetch(s.url, { method: 'POST', body }).then((r) => r.text());
  await send('text');
  await send(new URLSearchParams({ a: '1', b: 'x y' }));
  await send(Buffer.from('buf'));
  await send(new Uint8Array([104, 105]).buffer);
  await send(new DataView(new Uint8Array([100, 118]).buffer));
  await send(new Blob(['blob'], { type: 'Text/Plain' }));
  await send(new Blob(['untyped']));
  s.close();
});
