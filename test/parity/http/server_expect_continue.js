// Expect: 100-continue: automatic 100 Continue, 'checkContinue' listener, 'checkExpectation'
// for other expectations, and the client's 'continue' and 'information' events.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (c) => { b += c; });
  req.on('end', () => res.end('got ' + b));
});
function send(headers) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method: 'POST', headers, agent: false }, (res) => {
      let b = '';
      res.on('data', (c) => { b += c; });
      res.on('end', () => { console.log('response', res.statusCode, JSON.stringify(b)); resolve(); });
    });
    req.on('continue', () => { console.log('continue event'); req.end('body'); });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
    if (!headers.Expect.includes('100')) req.end('body');
  });
}
server.listen(0, '127.0.0.1', async () => {
  await send({ Expect: '100-continue' });
  server.once('checkContinue', (req, res) => {
    console.log('checkContinue', req.headers.expect);
    res.writeContinue();
    server.emit('request', req, res);
  });
  await send({ Expect: '100-continue' });
  await send({ Expect: 'something' });
  server.on('checkExpectation', (req, res) => {
    console.log('checkExpectation', req.headers.expect);
    res.writeHead(402).end();
  });
  await send({ Expect: 'something' });
  server.close();
});
