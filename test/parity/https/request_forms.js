// parity-timeout: 30s
// https.request argument forms: URL string, URL object, URL plus options, options only; an
// http: URL is refused; the default port is 443 in the Host header rules.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  res.end(`${req.method} ${req.url} ${req.headers.host.replace(/:\d+$/, ':PORT')} ${req.headers['x-a'] || '-'}`);
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const base = `https://localhost:${port}`;
  const forms = [
    () => https.request(`${base}/s?q=1`, { ca: c.ca, agent: false }),
    () => https.request(new URL(`${base}/u`), { ca: c.ca, agent: false, headers: { 'x-a': '1' } }),
    () => https.request({ hostname: 'localhost', port, path: '/o', method: 'PUT', ca: c.ca, agent: false }),
    () => https.request(`${base}/cb`, { ca: c.ca, agent: false, method: 'DELETE' }),
  ];
  for (const f of forms) {
    await new Promise((resolve) => {
      const req = f();
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => { console.log(res.statusCode, body); resolve(); });
      });
      req.end();
    });
  }
  try { https.request(`http://localhost:${port}/`); } catch (e) { console.log(e.code, e.message); }
  try { https.get({ protocol: 'http:', port }); } catch (e) { console.log(e.code, e.message); }
  srv.close();
});
