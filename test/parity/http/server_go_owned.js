// A server in the common configuration (no 'connection' listener, default classes): its
// connections are Go-owned until a program needs the socket. Each step checks what a handler
// can see: a re-prototyped request and response, a socket read late, a body read on a POST and
// on a GET, HEAD and HTTP/1.0, keep-alive reuse, a pipelined pair, a parse error, a client that
// leaves mid-request, and close with idle connections.
'use strict';
const http = require('http');
const net = require('net');

const log = [];
const appReq = Object.create(http.IncomingMessage.prototype);
appReq.who = function() { return 'app ' + this.method + ' ' + this.url; };
const appRes = Object.create(http.ServerResponse.prototype);
appRes.send = function(body) { this.setHeader('Content-Type', 'text/plain'); this.end(body); };

const server = http.createServer((req, res) => {
  const path = req.url;
  log.push(`handler ${req.method} ${path} v${req.httpVersion} complete=${req.complete} ` +
    `readable=${req.readable} hasBody=${req.headers['content-length'] !== undefined}`);
  switch (path) {
    case '/express': {
      Object.setPrototypeOf(req, appReq);
      Object.setPrototypeOf(res, appRes);
      log.push(req.who() + ' ' + (req instanceof http.IncomingMessage) + ' ' + (res instanceof http.ServerResponse));
      res.send('express');
      break;
    }
    case '/late-socket':
      res.on('finish', () => {
        log.push('late socket ' + (req.socket instanceof net.Socket) + ' ' + req.socket.remoteAddress +
          ' res.socket=' + res.socket + ' timeout=' + req.socket.timeout);
      });
      res.end('late');
      break;
    case '/early-socket':
      log.push('early socket ' + (req.socket === res.socket) + ' ' + req.socket.localAddress +
        ' ' + (req.connection === req.socket));
      res.end('early');
      break;
    case '/post': {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString());
        log.push('post body ' + JSON.stringify(body) + ' complete=' + req.complete);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ echo: body }));
      });
      break;
    }
    case '/get-data':
      req.on('data', () => log.push('get data?'));
      req.on('end', () => {
        log.push('get end');
        res.end('get');
      });
      break;
    case '/write':
      res.write('a');
      res.write('b');
      res.end('c');
      break;
    case '/buffer':
      res.end(Buffer.from('buf'));
      break;
    case '/status':
      res.statusCode = 404;
      res.statusMessage = 'Nope';
      res.setHeader('X-A', ['1', '2']);
      res.end();
      break;
    case '/headers':
      log.push(('headers ' + JSON.stringify(req.headers) + ' ' + JSON.stringify(req.rawHeaders)).replace(/localhost:\d+/g, 'localhost:PORT'));
      res.end('h', () => log.push('end callback'));
      log.push('after end finished=' + res.finished + ' writableEnded=' + res.writableEnded +
        ' writableFinished=' + res.writableFinished + ' headersSent=' + res.headersSent);
      break;
    default:
      res.end(req.method === 'HEAD' ? 'ignored' : 'default ' + path);
  }
  res.on('finish', () => log.push(`finish ${path} writableFinished=${res.writableFinished} socket=${res.socket}`));
  res.on('close', () => log.push(`res close ${path}`));
  req.on('close', () => log.push(`req close ${path}`));
});

function raw(text, { end = false, wait = 300 } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect(server.address().port, '127.0.0.1', () => {
      sock.write(text);
      if (end) sock.end();
    });
    let data = '';
    sock.on('data', (c) => { data += c; });
    sock.on('error', (e) => log.push('client error ' + e.code));
    const timer = setTimeout(() => sock.destroy(), wait);
    sock.on('close', () => {
      clearTimeout(timer);
      log.push('raw ' + JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
      resolve();
    });
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function request(method, path, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method, path, agent }, (res) => {
      let data = '';
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        log.push(`client ${method} ${path} ${res.statusCode} ${res.statusMessage} reused=${req.reusedSocket} ` +
          `${res.headers['content-type']} ${res.headers['content-length']} ${res.headers['transfer-encoding']} ${JSON.stringify(data)}`);
        setImmediate(resolve);
      });
    });
    if (body) req.end(body); else req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request('GET', '/plain');
  await request('GET', '/express');
  await request('GET', '/late-socket');
  await request('GET', '/early-socket');
  await request('POST', '/post', JSON.stringify({ a: 1, b: [true, null] }));
  await request('GET', '/get-data');
  await request('GET', '/write');
  await request('GET', '/buffer');
  await request('GET', '/status');
  await request('GET', '/headers');
  await request('HEAD', '/head');
  agent.destroy();
  await raw('GET /v10 HTTP/1.0\r\n\r\n');
  await raw('GET /p1 HTTP/1.1\r\nHost: x\r\n\r\nGET /p2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  await raw('GET /bad HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
  await raw('GET /nohost HTTP/1.1\r\n\r\n');
  await raw('POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a"', { end: true });
  await raw('GET /idle HTTP/1.1\r\nHost: x\r\n\r\n', { wait: 200 });
  await new Promise((resolve) => setTimeout(resolve, 100));
  server.getConnections((err, n) => {
    log.push('connections ' + err + ' ' + n);
    server.close(() => {
      log.push('server closed');
      console.log(log.join('\n'));
    });
  });
});
