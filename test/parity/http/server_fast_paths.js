// The server's fast paths and their fallbacks give Node's heads, errors and events: writeHead
// with header objects of numbers, numeric strings, an inherited property, a getter, a header
// named 'constructor', arrays, the special headers, setHeader merged with writeHead; invalid
// names and values (the errors writeHead and setHeader throw); end() with a latin1 body; one
// keep-alive connection serving several requests (its idle timer re-armed each time); and
// several connections one after another (their parsers reused).
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  (res) => res.writeHead(200, { 'X-Num': 42, 'X-Str': '7', 'Content-Length': '2' }).end('ok'),
  (res) => {
    const h = Object.create({ 'X-Inherited': 'no' });
    h['X-Own'] = 'yes';
    Object.defineProperty(h, 'X-Getter', { get() { return 'got'; }, enumerable: true });
    h.constructor = 'c';
    res.writeHead(201, 'Made', h).end('made');
  },
  (res) => res.writeHead(200, { 'Set-Cookie': ['a=1', 'b=2'], 'Content-Type': 'text/plain' }).end('arr'),
  (res) => res.writeHead(200, { Date: 'Thu, 01 Jan 1970 00:00:00 GMT', 'Transfer-Encoding': 'chunked' }).end('te'),
  (res) => {
    res.setHeader('X-Set', 'one');
    res.setHeader('content-length', 3);
    res.writeHead(202, { 'X-Head': 'two' }).end('set');
  },
  (res) => {
    for (const [name, value] of [['bad name', 'v'], ['X-Bad', 'a\nb'], ['X-Undef', undefined], ['', 'v']]) {
      try {
        res.setHeader(name, value);
      } catch (e) {
        console.log('setHeader', JSON.stringify(name), e.code, e.message);
      }
      try {
        res.writeHead(200, { [name]: value });
      } catch (e) {
        console.log('writeHead', JSON.stringify(name), e.code, e.message);
      }
    }
    try {
      res.writeHead(200, 'bad\rmessage');
    } catch (e) {
      console.log('statusMessage', e.code, e.message);
      res.statusMessage = undefined;
    }
    res.end('caf\u00e9', 'latin1');
  },
  (res) => res.end(),
];

let n = 0;
const server = http.createServer((req, res) => {
  const i = n++;
  res.on('finish', () => console.log('finish', i, 'socket timeout', req.socket.timeout));
  req.on('end', () => console.log('req end', i));
  req.on('close', () => console.log('req close', i));
  cases[i % cases.length](res);
});

function show(raw) {
  return raw.replace(/Date: (?!Thu, 01 Jan 1970)[^\r]*/g, 'Date: <date>');
}

function request(socket, path) {
  return new Promise((resolve) => {
    let got = '';
    const onData = (d) => {
      got += d.toString('latin1');
      const end = got.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = got.slice(0, end);
      const len = /content-length: (\d+)/i.exec(head);
      const chunked = /transfer-encoding: chunked/i.test(head);
      if ((len && got.length >= end + 4 + Number(len[1])) || (chunked && got.endsWith('0\r\n\r\n'))) {
        socket.off('data', onData);
        resolve(got);
      }
    };
    socket.on('data', onData);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: h\r\n\r\n`);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const keep = net.connect(port, '127.0.0.1');
  await new Promise((resolve) => keep.on('connect', resolve));
  for (let i = 0; i < cases.length; i++) {
    console.log(JSON.stringify(show(await request(keep, '/' + i))));
  }
  keep.end();
  for (let i = 0; i < 3; i++) {
    const s = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => s.on('connect', resolve));
    console.log('conn', i, JSON.stringify(show(await request(s, '/c' + i))));
    await new Promise((resolve) => { s.on('close', resolve); s.end(); });
  }
  server.close(() => console.log('closed'));
});
