// statuses: 204 and 304 have null bodies, 404/500 resolve (ok false), HEAD has no body
const { start } = require('./_server');
start((req, res) => {
  const code = Number(req.target.slice(1));
  if (code === 204 || code === 304) return res.raw(`HTTP/1.1 ${code} X\r\n\r\n`);
  res.send(code, {}, 'body' + code);
}).then(async (s) => {
  for (const code of [200, 201, 204, 304, 404, 500]) {
    const r = await fetch(s.url + '/' + code);
    console.log(code, r.status, r.ok, r.body === null, JSON.stringify(await r.text()));
  }
  const h = await fetch(s.url + '/200', { method: 'HEAD' });
  console.log('HEAD', h.status, h.headers.get('content-length'), JSON.stringify(await h.text()));
  s.close();
});
