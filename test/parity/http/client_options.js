// http.request option forms: URL string, URL object, options object, URL plus options; the
// request head each produces (method, path, Host, Authorization, headers array).
'use strict';
const http = require('http');
const heads = [];
const server = http.createServer((req, res) => {
  heads.push(`${req.method} ${req.url} ${JSON.stringify(req.rawHeaders)}`);
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const forms = [
    () => http.request(`http://127.0.0.1:${port}/s?x=1`),
    () => http.request(new URL(`http://user:p%40ss@127.0.0.1:${port}/u`)),
    () => http.request({ host: '127.0.0.1', port, path: '/o', method: 'delete', headers: { 'X-A': 'b' } }),
    () => http.request(`http://127.0.0.1:${port}/base`, { path: '/override', method: 'PATCH' }),
    () => http.request({ hostname: '127.0.0.1', port, path: '/arr', headers: ['X-Raw', '1', 'Host', 'custom'] }),
    () => http.request({ port, path: '/nohost', setHost: false }),
    () => http.request({ port, path: '/auth', auth: 'a:b' }),
  ];
  for (const f of forms) {
    await new Promise((resolve) => {
      const req = f();
      req.setHeader?.length;
      console.log('method', req.method, 'path', req.path, 'host', req.host, 'protocol', req.protocol);
      req.on('response', (res) => { res.resume(); res.on('end', resolve); });
      req.end();
    });
  }
  console.log(heads.join('\n').split(String(port)).join('<port>'));
  server.close();
  http.globalAgent.destroy();
});
