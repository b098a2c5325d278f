// FormData bodies: multipart on the wire (boundary form), then decoded back by Response.formData
const { start, stable } = require('./_server');
let seen;
start((req, res) => {
  seen = req;
  res.send(200, { 'Content-Type': req.get('content-type') }, req.body);
}).then(async (s) => {
  const fd = new FormData();
  fd.append('field', 'value\nline');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'a "q".txt');
  fd.append('bin', new Blob([new Uint8Array([0, 1, 2])]));
  fd.append('field', 'second');
  const r = await fetch(s.url, { method: 'POST', body: fd });
  console.log(stable(seen.get('content-type'), s.port));
  console.log(JSON.stringify(stable(seen.body.toString('latin1'), s.port)));
  const back = await r.formData();
  for (const [k, v] of back) console.log(k, typeof v === 'string' ? JSON.stringify(v) : [v.constructor.name, v.name, v.type, v.size]);
  console.log(back.getAll('field'));
  s.close();
});
