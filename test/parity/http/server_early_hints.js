// Informational responses: writeProcessing, writeEarlyHints (and its validation), then the final
// response; the client sees them as 'information' events.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeProcessing();
  res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style', 'x-extra': 'e' });
  try { res.writeEarlyHints({ link: 'bad' }); } catch (e) { console.log(e.code); }
  res.end('final');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, agent: false }, (res) => {
    let b = '';
    res.on('data', (c) => { b += c; });
    res.on('end', () => { console.log('final', res.statusCode, b); server.close(); });
  });
  req.on('information', (i) => console.log('information', i.statusCode, i.statusMessage, JSON.stringify(i.headers)));
});
