// fetch(Request) and fetch(URL): method, headers and body taken from the Request
const { start } = require('./_server');
start((req, res) => { console.log(req.method, req.target, req.get('x-r'), req.body.toString()); res.send(200, {}, 'ok'); })
  .then(async (s) => {
    const req = new Request(s.url + '/q?x=1', { method: 'PUT', body: 'payload', headers: { 'X-R': 'yes' } });
    console.log((await fetch(req)).status, req.bodyUsed);
    console.log((await fetch(new URL('/u', s.url))).status);
    console.log((await fetch(req.url, { method: 'DELETE', headers: req.headers })).status);
    s.close();
  });
