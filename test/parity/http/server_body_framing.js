// How the response body is framed: Content-Length from end(data), chunked after write(),
// HEAD/204/304 without body, HTTP/1.0 close-delimited, removed headers, trailers.
'use strict';
const http = require('http');
const net = require('net');
const handlers = {
  '/end': (req, res) => res.end('hello'),
  '/write': (req, res) => { res.write('a'); res.write(Buffer.from('bc')); res.end('d'); },
  '/empty': (req, res) => res.end(),
  '/head': (req, res) => res.end('ignored'),
  '/204': (req, res) => { res.statusCode = 204; res.end('x'); },
  '/304': (req, res) => { res.writeHead(304, { 'Transfer-Encoding': 'chunked' }); res.end(); },
  '/nolen': (req, res) => { res.removeHeader('Content-Length'); res.removeHeader('Transfer-Encoding'); res.write('x'); res.end(); },
  '/nodate': (req, res) => { res.sendDate = false; res.end('n'); },
  '/trailers': (req, res) => { res.setHeader('Trailer', 'X-Sum'); res.write('abc'); res.addTrailers({ 'X-Sum': '3' }); res.end(); },
  '/latin1': (req, res) => res.end('\u00e9t\u00e9', 'latin1'),
  '/hex': (req, res) => res.end('68656c6c6f', 'hex'),
  '/utf8': (req, res) => res.end('\u00e9t\u00e9'),
};
const server = http.createServer((req, res) => handlers[req.url](req, res));
const reqs = [
  ['GET', '/end'], ['GET', '/write'], ['GET', '/empty'], ['HEAD', '/head'], ['GET', '/204'], ['GET', '/304'],
  ['GET', '/nolen'], ['GET', '/nodate'], ['GET', '/trailers'], ['GET', '/latin1'], ['GET', '/hex'], ['GET', '/utf8'],
  ['GET', '/end', '1.0'], ['GET', '/write', '1.0'],
];
server.listen(0, '127.0.0.1', async () => {
  for (const [method, path, v = '1.1'] of reqs) {
    const out = await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1');
      const chunks = [];
      s.on('data', (d) => chunks.push(d));
      s.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
      s.end(`${method} ${path} HTTP/${v}\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    console.log(method, path, v, JSON.stringify(out.replace(/Date: [^\r]*/, 'Date: <date>')));
  }
  server.close();
});
