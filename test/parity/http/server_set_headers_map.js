// setHeaders with Maps; set-cookie arrays; invalid argument types.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeaders(new Map([['x-map', '1'], ['content-type', 'text/plain']]));
  res.setHeaders(new Map([['x-headers', 'h'], ['set-cookie', ['a=1']]]));
  try { res.setHeaders({ a: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeaders([['a', 1]]); } catch (e) { console.log(e.code); }
  console.log(JSON.stringify(res.getHeaders()));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log(res.headers['x-map'], res.headers['x-headers'], JSON.stringify(res.headers['set-cookie']), res.headers['content-type']);
    res.resume();
    res.on('end', () => server.close());
  });
});
