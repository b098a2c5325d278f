// strictContentLength: writing more or fewer bytes than Content-Length throws
// ERR_HTTP_CONTENT_LENGTH_MISMATCH; write after end gives ERR_STREAM_WRITE_AFTER_END.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 3);
  try { res.write('abcd'); } catch (e) { console.log(e.code, e.message); }
  try { res.end('abc'); } catch (e) { console.log(e.code, e.message); res.destroy(); server.close(); return; }
  res.write('more', (err) => console.log('write cb', err.code));
  res.on('error', (e) => console.log('error event', e.code));
  res.end(() => console.log('end cb after finish'));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = '';
    res.on('data', (c) => { b += c; });
    res.on('end', () => { console.log('client got', b); server.close(); });
  }).on('error', (e) => console.log('client error', e.code, e.message));
});
