// flushHeaders sends the head before any body (chunked), headersSent flips, and writing the
// head again throws ERR_HTTP_HEADERS_SENT; the client gets 'response' before the body.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('X-Early', '1');
  console.log('before', res.headersSent);
  res.flushHeaders();
  console.log('after', res.headersSent);
  try { res.writeHead(201); } catch (e) { console.log(e.code, e.message); }
  try { res.setHeader('X-Late', '1'); } catch (e) { console.log(e.code, e.message); }
  req.socket.server.once('go', () => res.end('later'));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    console.log('response', res.statusCode, res.headers['x-early'], res.headers['transfer-encoding']);
    server.emit('go');
    let b = '';
    res.on('data', (c) => { b += c; });
    res.on('end', () => { console.log('body', b); server.close(); });
  });
});
