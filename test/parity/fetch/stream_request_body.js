// a ReadableStream request body goes chunked; duplex is required
const { start } = require('./_server');
start((req, res) => {
  console.log(req.get('transfer-encoding'), req.get('content-length'), req.body.toString());
  res.send(200, {}, 'got');
}).then(async (s) => {
  const make = () => new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('part1,')); c.enqueue(new TextEncoder().encode('part2')); c.close(); },
  });
  try { await fetch(s.url, { method: 'POST', body: make() }); } catch (e) { console.log(e.name, e.message); }
  const r = await fetch(s.url, { method: 'POST', body: make(), duplex: 'half' });
  console.log(await r.text());
  s.close();
});
