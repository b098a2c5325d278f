// A request nobody reads (bodiless GET): its stream state and events tick by tick after the
// response, late listeners, a re-prototyped request, state read in the handler, and two
// pipelined requests on one keep-alive connection.
'use strict';
const http = require('http');
const net = require('net');
const EE = require('events');

const log = [];
function snap(req) {
  const s = req._readableState;
  return [
    'readable=' + req.readable, 'ended=' + req.readableEnded, 'flowing=' + req.readableFlowing,
    'destroyed=' + req.destroyed, 'closed=' + req.closed, 'complete=' + req.complete,
    'dumped=' + req._dumped, 'paused=' + req.isPaused(), 'len=' + req.readableLength,
    's.ended=' + s.ended, 's.endEmitted=' + s.endEmitted, 's.emittedReadable=' + s.emittedReadable,
    's.needReadable=' + s.needReadable, 's.resumeScheduled=' + s.resumeScheduled,
    's.reading=' + s.reading, 's.closeEmitted=' + s.closeEmitted,
  ].join(' ');
}
function ticks(label, req, n, done) {
  let i = 0;
  (function step() {
    log.push(label + ' tick' + i + ' ' + snap(req));
    if (++i < n) process.nextTick(step);
    else if (done) done();
  })();
}

class LoggingRequest extends http.IncomingMessage {}
LoggingRequest.prototype.emit = function(ev, ...args) {
  if (typeof ev === 'string') log.push('reproto emit ' + ev);
  return http.IncomingMessage.prototype.emit.call(this, ev, ...args);
};

const server = http.createServer((req, res) => {
  const kind = req.url.slice(1);
  switch (kind) {
    case 'plain':
      res.on('finish', () => ticks('plain', req, 7));
      res.on('close', () => log.push('plain res close ' + snap(req)));
      res.end('a');
      break;
    case 'late':
      res.on('finish', () => {
        req.on('end', () => log.push('late req end'));
        req.on('close', () => log.push('late req close'));
        req.on('resume', () => log.push('late req resume'));
      });
      res.end('b');
      break;
    case 'prepend':
      req.prependListener('end', () => log.push('prepend req end'));
      EE.prototype.on.call(req, 'resume', () => log.push('ee-on req resume'));
      EE.prototype.on.call(req, 'readable', () => log.push('ee-on req readable'));
      req.prependListener('close', () => log.push('prepend req close ' + snap(req)));
      res.end('c');
      break;
    case 'touch':
      log.push('touch handler ' + snap(req));
      setImmediate(() => log.push('touch immediate ' + snap(req)));
      res.end('d');
      break;
    case 'reproto':
      Object.setPrototypeOf(req, LoggingRequest.prototype);
      res.on('close', () => setImmediate(() => log.push('reproto after ' + snap(req))));
      res.end('e');
      break;
    case 'resumed':
      req.resume();
      req.on('end', () => log.push('resumed req end'));
      res.end('f');
      break;
    default:
      log.push('pipelined ' + kind + ' handler');
      req.on('close', () => log.push('pipelined ' + kind + ' req close'));
      res.on('finish', () => log.push('pipelined ' + kind + ' res finish'));
      res.on('close', () => log.push('pipelined ' + kind + ' res close'));
      res.end(kind);
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => {
        log.push('client ' + path + ' ' + res.statusCode + ' ' + body);
        setImmediate(resolve);
      });
    });
  });
}

function pipelined() {
  return new Promise((resolve) => {
    const sock = net.connect(server.address().port, '127.0.0.1', () => {
      sock.write('GET /p1 HTTP/1.1\r\nHost: x\r\n\r\nGET /p2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let data = '';
    sock.on('data', (c) => { data += c; });
    sock.on('close', () => {
      log.push('pipelined responses ' + (data.match(/HTTP\/1.1 200/g) || []).length);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/plain', '/late', '/prepend', '/touch', '/reproto', '/resumed']) await get(p);
  await pipelined();
  agent.destroy();
  server.close(() => {
    console.log(log.join('\n'));
  });
});
