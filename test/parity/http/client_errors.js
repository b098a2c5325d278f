// Client errors: ECONNREFUSED, 'socket hang up' when the server closes without answering,
// ERR_INVALID_PROTOCOL, ERR_INVALID_HTTP_TOKEN, ERR_UNESCAPED_CHARACTERS, an invalid response.
'use strict';
const http = require('http');
const net = require('net');
for (const f of [
  () => http.request('https://127.0.0.1/'),
  () => http.request({ method: 'BAD METHOD' }),
  () => http.request({ path: '/a b' }),
  () => http.request({ agent: {} }),
  () => http.request({ headers: { 'bad name': 1 } }),
]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const closer = net.createServer((s) => s.once('data', () => s.end())); // reads the request, then closes without answering
const garbage = net.createServer((s) => { s.on('data', () => s.end('HTTP/1.1 abc\r\n\r\n')); });
closer.listen(0, '127.0.0.1', () => garbage.listen(0, '127.0.0.1', async () => {
  const port = closer.address().port;
  const attempt = (opts) => new Promise((resolve) => {
    const req = http.get({ agent: false, ...opts }, () => console.log('unexpected response'));
    req.on('error', (e) => { console.log('error', e.code, e.message.replace(/:\d+$/, ':<port>'), e.syscall || ''); });
    req.on('close', resolve);
  });
  await attempt({ port });
  await attempt({ port: garbage.address().port });
  closer.close(() => {
    attempt({ port, host: '127.0.0.1' }).then(() => garbage.close());
  });
}));
