// end()'s callback: it runs before 'finish' (writableFinished is false right after end()), a
// second end() before the finish queues its callback too, end() after the finish gets
// ERR_STREAM_ALREADY_FINISHED at once; the same on a chunked response and a client request.
'use strict';
const http = require('http');
const log = [];

const server = http.createServer((req, res) => {
  const tag = req.url.slice(1);
  res.on('finish', () => {
    log.push(tag + ' finish writableFinished=' + res.writableFinished);
    res.end((err) => log.push(tag + ' end after finish: ' + (err && err.code)));
    log.push(tag + ' after late end');
  });
  res.on('close', () => log.push(tag + ' close'));
  const cb = (n) => (err) => log.push(tag + ' end cb' + n + ' err=' + err + ' writableFinished=' + res.writableFinished);
  switch (tag) {
    case 'one':
      res.end('x', cb(1));
      break;
    case 'nochunk':
      res.writeHead(204);
      res.end(cb(1));
      break;
    case 'twice':
      res.end('y', cb(1));
      res.end(cb(2));
      break;
    case 'chunked':
      res.write('a');
      res.end('b', cb(1));
      break;
  }
  log.push(tag + ' after end writableFinished=' + res.writableFinished + ' writableEnded=' + res.writableEnded);
});

function get(path) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, path, method: 'POST', agent: false }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        log.push('client ' + path + ' ' + res.statusCode + ' ' + JSON.stringify(body));
        setTimeout(resolve, 20);
      });
    });
    req.on('finish', () => log.push('client req finish ' + path + ' writableFinished=' + req.writableFinished));
    req.end('body', (err) => log.push('client req end cb ' + path + ' err=' + err + ' writableFinished=' + req.writableFinished));
    log.push('client after end writableFinished=' + req.writableFinished);
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/one', '/nochunk', '/twice', '/chunked']) await get(p);
  server.close(() => console.log(log.join('\n')));
});
