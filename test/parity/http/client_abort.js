// Aborted requests: destroy() before a socket, abort() with its 'abort' event, destroy(err)
// after the response started (the response's 'aborted' and 'error'), and the server side's
// 'close' events.
'use strict';
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  req.on('close', () => log.push('server req close aborted=' + req.aborted));
  res.on('close', () => log.push('server res close finished=' + res.writableFinished));
  res.write('partial');
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.get({ port, agent: false });
    req.on('error', (e) => log.push('1 error ' + e.code + ' ' + e.message));
    req.on('close', () => { log.push('1 close'); resolve(); });
    req.destroy();
  });
  await new Promise((resolve) => {
    const req = http.get({ port, agent: false });
    req.on('abort', () => log.push('2 abort event'));
    req.on('error', (e) => log.push('2 error ' + e.code));
    req.on('close', () => { log.push('2 close aborted=' + req.aborted + ' destroyed=' + req.destroyed); resolve(); });
    req.abort();
  });
  await new Promise((resolve) => {
    const req = http.get({ port, agent: false }, (res) => {
      res.once('data', (c) => {
        log.push('3 data ' + c);
        res.on('aborted', () => log.push('3 res aborted'));
        res.on('error', (e) => log.push('3 res error ' + e.code + ' ' + e.message));
        res.on('close', () => { log.push('3 res close'); setTimeout(resolve, 50); });
        req.destroy();
      });
    });
    req.on('error', (e) => log.push('3 req error ' + e.code));
  });
  server.close(() => {
    console.log(log.sort().join('\n'));
  });
});
