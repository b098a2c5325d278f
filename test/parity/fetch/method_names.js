// methods: case normalization of the standard ones, others kept as written, on the wire too
const { start } = require('./_server');
start((req, res) => { console.log(req.method); res.send(200, {}, ''); }).then(async (s) => {
  for (const m of ['get', 'Post', 'put', 'delete', 'options', 'head', 'PATCH', 'custom', 'PROPFIND']) {
    const r = await fetch(s.url, { method: m, body: /^(get|head)$/i.test(m) ? undefined : 'x' });
    await r.text();
  }
  console.log(new Request('http://x/', { method: 'Options' }).method, new Request('http://x/', { method: 'purge' }).method);
  s.close();
});
