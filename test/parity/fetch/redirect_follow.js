// redirects: 301/302/303/307/308, method and body rules, redirected and url, Location relative
const { start } = require('./_server');
start((req, res) => {
  const m = /^\/r(\d+)$/.exec(req.target);
  console.log(req.method, req.target, req.get('content-type') || '-', req.body.toString() || '-');
  if (m) return res.send(Number(m[1]), { Location: '/final' });
  res.send(200, {}, 'done');
}).then(async (s) => {
  for (const code of [301, 302, 303, 307, 308]) {
    const r = await fetch(s.url + '/r' + code, { method: 'POST', body: 'data' });
    console.log(code, r.status, r.redirected, r.url.replace(String(s.port), 'PORT'), await r.text());
  }
  s.close();
});
