// shouldUpgradeCallback: an upgrade request goes to 'upgrade' only when the callback (called
// with the server as this) says so, otherwise it is an ordinary request; the default asks
// whether 'upgrade' has listeners; a non-function is refused.
'use strict';
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(text));
    let d = '';
    s.on('data', (c) => { d += c; if (d.includes('\r\n\r\n')) s.end(); });
    s.on('close', () => { console.log(JSON.stringify(d.replace(/Date: [^\r]*\r\n/, ''))); resolve(); });
  });
}

async function withCallback() {
  const srv = http.createServer({
    shouldUpgradeCallback: (req) => { console.log('should?', req.url, req.headers.upgrade); return req.url === '/yes'; },
  }, (req, res) => {
    console.log('request', req.url, req.upgrade);
    res.end('plain ' + req.url);
  });
  srv.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.url, head.length);
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  for (const p of ['/yes', '/no']) {
    await raw(srv.address().port, `GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n`);
  }
  srv.close();
}

async function thisAndFalsy() {
  const s2 = http.createServer({
    shouldUpgradeCallback: function f(req) { console.log('this is server', this === s2, arguments.length); return 0; },
  }, (req, res) => { console.log('req.upgrade', req.upgrade); res.end('no upgrade'); });
  await new Promise((resolve) => s2.listen(0, '127.0.0.1', resolve));
  await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: y\r\n\r\n');
  s2.close();
}

async function defaults() {
  const s0 = http.createServer((req, res) => res.end('ordinary'));
  console.log(Object.keys(s0).includes('shouldUpgradeCallback'), typeof s0.shouldUpgradeCallback,
              JSON.stringify(s0.shouldUpgradeCallback.name), String(s0.shouldUpgradeCallback));
  // no 'upgrade' listener: the default says no, and the request is an ordinary one
  await new Promise((resolve) => s0.listen(0, '127.0.0.1', resolve));
  await raw(s0.address().port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: z\r\n\r\n');
  s0.close();
  for (const bad of [1, 'x', null]) {
    try { http.createServer({ shouldUpgradeCallback: bad }); } catch (e) { console.log(e.code, e.message); }
  }
}

(async () => {
  await withCallback();
  await thisAndFalsy();
  await defaults();
})();
