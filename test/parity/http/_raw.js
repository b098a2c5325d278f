'use strict';
// Helper of the raw_* cases: sends one raw request (then a half-close) to two servers on
// 127.0.0.1, one answering parse errors by default and one with a 'clientError' listener, and
// prints the server's events and the exact response bytes (the Date header masked).
const http = require('http');
const net = require('net');

function exchange(port, raw) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    const chunks = [];
    s.on('data', (d) => chunks.push(d));
    s.on('error', (e) => chunks.push(Buffer.from(`<socket error ${e.code}>`)));
    s.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    s.end(Buffer.from(raw, 'latin1'));
  });
}

function mask(text) {
  return text.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
}

function server(log, withListener) {
  const srv = http.createServer((req, res) => {
    let n = 0;
    req.on('data', (c) => { n += c.length; });
    req.on('end', () => {
      log.push(`request ${req.method} ${JSON.stringify(req.url)} ${req.httpVersion} ${JSON.stringify(req.rawHeaders)} body=${n} trailers=${JSON.stringify(req.rawTrailers)}`);
      res.end(`${req.method} ${req.url} ok`);
    });
  });
  if (withListener) {
    srv.on('clientError', (err, socket) => {
      log.push(`clientError ${err.code} ${JSON.stringify(err.message)} rawPacket=${Buffer.isBuffer(err.rawPacket)}`);
      socket.end('HTTP/1.1 400 Bad Request\r\nX-Handled: yes\r\n\r\n');
    });
  }
  return srv;
}

exports.run = async function run(raw) {
  for (const withListener of [false, true]) {
    const log = [];
    const srv = server(log, withListener);
    await new Promise((r) => srv.listen(0, '127.0.0.1', r));
    const resp = await exchange(srv.address().port, raw);
    await new Promise((r) => srv.close(r));
    console.log(withListener ? '-- with clientError listener' : '-- default');
    for (const l of log) console.log(l);
    console.log('response', JSON.stringify(mask(resp)));
  }
};
