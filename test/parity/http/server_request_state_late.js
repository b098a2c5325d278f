// The stream state of a bodiless request that nothing read, first looked at k ticks after its
// response finished (k = 0..8), after the response's 'close', one turn of the loop later, and
// for a response large enough that its write completes asynchronously. What a program sees at
// each point is Node's, however late it looks.
'use strict';
const http = require('http');

const log = [];
const clientLog = [];
function snap(req) {
  const s = req._readableState;
  return [
    'readable=' + req.readable, 'ended=' + req.readableEnded, 'flowing=' + req.readableFlowing,
    'destroyed=' + req.destroyed, 'closed=' + req.closed, 'complete=' + req.complete,
    'dumped=' + req._dumped, 'paused=' + req.isPaused(), 'len=' + req.readableLength,
    's.ended=' + s.ended, 's.endEmitted=' + s.endEmitted, 's.emittedReadable=' + s.emittedReadable,
    's.needReadable=' + s.needReadable, 's.resumeScheduled=' + s.resumeScheduled,
    's.reading=' + s.reading, 's.closeEmitted=' + s.closeEmitted,
    's.errorEmitted=' + s.errorEmitted, 's.dataEmitted=' + s.dataEmitted,
  ].join(' ');
}

function afterTicks(k, fn) {
  if (k === 0) fn();
  else process.nextTick(afterTicks, k - 1, fn);
}

const big = 'x'.repeat(16 << 20);
const server = http.createServer((req, res) => {
  const [, kind, arg] = req.url.split('/');
  if (kind === 'tick') {
    const k = Number(arg);
    res.on('finish', () => afterTicks(k, () => {
      log.push(`tick ${k} ${snap(req)}`);
      // and how it goes on from there
      afterTicks(1, () => log.push(`tick ${k}+1 ${snap(req)}`));
      req.on('close', () => log.push(`tick ${k} req close`));
      req.on('end', () => log.push(`tick ${k} req end`));
    }));
    res.end('t');
  } else if (kind === 'closed') {
    res.on('close', () => log.push(`res close ${snap(req)}`));
    res.end('c');
  } else if (kind === 'immediate') {
    res.on('close', () => setImmediate(() => log.push(`immediate ${snap(req)}`)));
    res.end('i');
  } else if (kind === 'big') {
    const k = Number(arg);
    res.on('finish', () => afterTicks(k, () => log.push(`big ${k} ${snap(req)}`)));
    res.end(big);
  } else if (kind === 'handler-tick') {
    const k = Number(arg);
    afterTicks(k, () => log.push(`handler-tick ${k} ${snap(req)}`));
    res.end('h');
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, path, agent }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => {
        clientLog.push(`client ${path} ${res.statusCode} ${n}`);
        setTimeout(resolve, 5);
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (let k = 0; k <= 8; k++) await get('/tick/' + k);
  for (let k = 0; k <= 6; k++) await get('/handler-tick/' + k);
  await get('/closed');
  await get('/immediate');
  for (const k of [0, 1, 3]) await get('/big/' + k);
  agent.destroy();
  server.close(() => console.log(log.join('\n') + '\n' + clientLog.join('\n')));
});
