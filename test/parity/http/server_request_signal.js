// req.signal (Node 24): made on first read, not aborted when the response finishes normally (the
// socket close listener is detached), aborted with an AbortError when the client cuts the request
// short, before the request's close; the client response's signal after its end.
const http = require('http');
const log = []; const clog = [];
const s = http.createServer((req, res) => {
  if (req.url === '/ok') {
    const sig = req.signal;
    log.push('ok signal aborted=' + sig.aborted + ' ' + Object.prototype.toString.call(sig));
    sig.addEventListener('abort', () => log.push('ok abort (unexpected)'));
    res.end('x', () => setTimeout(() => log.push('ok after finish aborted=' + sig.aborted + ' closeListeners=' + req.socket?.listenerCount('close')), 10));
  } else {
    req.signal.addEventListener('abort', () => log.push('cut abort reason=' + req.signal.reason?.name + ' aborted=' + req.aborted));
    req.on('aborted', () => log.push('cut req aborted'));
    req.on('close', () => { log.push('cut req close'); });
  }
});
s.listen(0, '127.0.0.1', () => {
  http.get({ port: s.address().port, path: '/ok', agent: false }, (r) => {
    r.resume();
    r.on('end', () => {
      clog.push('client signal after end aborted=' + r.signal.aborted);
      const c = http.request({ port: s.address().port, path: '/cut', method: 'POST', agent: false });
      c.on('error', (e) => clog.push('client error ' + e.code));
      c.write('partial');
      setTimeout(() => c.destroy(), 100);
      c.on('close', () => setTimeout(() => { s.close(); console.log(log.join('\n')); console.log(clog.join('\n')); }, 100));
    });
  });
});
