// The state of a request nothing read, and of its response, seen by code that runs after the
// tick queue has drained (promise jobs, queueMicrotask, setImmediate, timers, end callbacks):
// with no listeners and no ticks of the program in between, the request's lifecycle ticks run
// back to back, so every later look sees where they end. Listeners added that late never fire.
'use strict';
const http = require('http');

const log = [];
const clientLog = [];
function snap(req, res) {
  const s = req._readableState;
  return [
    'readable=' + req.readable, 'ended=' + req.readableEnded, 'flowing=' + req.readableFlowing,
    'destroyed=' + req.destroyed, 'closed=' + req.closed, 'complete=' + req.complete,
    'dumped=' + req._dumped, 's.endEmitted=' + s.endEmitted, 's.closeEmitted=' + s.closeEmitted,
    '| res finished=' + res.finished, 'wFinished=' + res.writableFinished, 'wEnded=' + res.writableEnded,
    'destroyed=' + res.destroyed, 'closed=' + res.closed, 'socket=' + (res.socket === null ? 'null' : typeof res.socket),
  ].join(' ');
}

const server = http.createServer((req, res) => {
  const kind = req.url.slice(1);
  if (kind === 'promise') {
    res.end('p');
    Promise.resolve().then(() => log.push(`promise ${snap(req, res)}`));
  } else if (kind === 'microtask') {
    queueMicrotask(() => log.push(`microtask ${snap(req, res)}`));
    res.end('m');
  } else if (kind === 'immediate') {
    res.end('i');
    setImmediate(() => log.push(`immediate ${snap(req, res)}`));
  } else if (kind === 'timeout') {
    res.end('t');
    setTimeout(() => log.push(`timeout ${snap(req, res)}`), 1);
  } else if (kind === 'endcb') {
    res.end('e', () => {
      log.push(`endcb ${snap(req, res)}`);
      Promise.resolve().then(() => log.push(`endcb promise ${snap(req, res)}`));
    });
  } else if (kind === 'endcb-tick') {
    res.end('e', () => process.nextTick(() => log.push(`endcb-tick ${snap(req, res)}`)));
  } else if (kind === 'late-listeners') {
    res.end('l');
    Promise.resolve().then(() => {
      req.on('end', () => log.push('late req end'));
      req.on('close', () => log.push('late req close'));
      res.on('finish', () => log.push('late res finish'));
      res.on('close', () => log.push('late res close'));
      log.push(`late-listeners ${snap(req, res)}`);
      setImmediate(() => log.push(`late-listeners after ${snap(req, res)}`));
    });
  } else if (kind === 'read-late') {
    res.end('r');
    Promise.resolve().then(() => {
      log.push(`read-late read()=${req.read()} ${snap(req, res)}`);
      req.resume();
      req.on('data', () => log.push('read-late data'));
    });
  } else {
    res.end('plain');
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        clientLog.push(`client ${path} ${res.statusCode} ${body}`);
        setTimeout(resolve, 5);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/plain', '/promise', '/microtask', '/immediate', '/timeout', '/endcb', '/endcb-tick',
    '/late-listeners', '/read-late', '/plain', '/promise']) {
    await get(p);
  }
  agent.destroy();
  server.close(() => console.log(log.join('\n') + '\n' + clientLog.join('\n')));
});
