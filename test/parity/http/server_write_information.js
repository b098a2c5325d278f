// res.writeInformation (Node 24): 1xx heads with headers in object, flat-array and pair-array
// forms before the response, its argument errors (range, 101, odd array, bad header, after the
// head), writeContinue/writeProcessing/writeEarlyHints going through it, and _renderHeaders.
'use strict';
const http = require('http');
const net = require('net');
const log = [];

function tryIt(label, fn) {
  try {
    fn();
    log.push(label + ' ok');
  } catch (e) {
    log.push(label + ' ' + e.code + ' ' + e.message);
  }
}

const server = http.createServer((req, res) => {
  const calls = [];
  const orig = res.writeInformation;
  res.writeInformation = function(code, headers, cb) {
    calls.push(code);
    return orig.call(this, code, headers, cb);
  };
  tryIt('199 object', () => res.writeInformation(199, { 'X-A': '1', 'X-B': ['2', '3'] }));
  tryIt('150 flat', () => res.writeInformation(150, ['X-C', 'c', 'X-D', 'd']));
  tryIt('151 pairs', () => res.writeInformation(151, [['X-E', 'e']], () => log.push('151 cb')));
  tryIt('99', () => res.writeInformation(99));
  tryIt('200', () => res.writeInformation(200));
  tryIt('101', () => res.writeInformation(101));
  tryIt('odd', () => res.writeInformation(150, ['X-C']));
  tryIt('bad name', () => res.writeInformation(150, { 'bad name': 'x' }));
  tryIt('bad value', () => res.writeInformation(150, { 'X-F': 'a\nb' }));
  tryIt('string headers', () => res.writeInformation(150, 'x'));
  res.writeProcessing();
  res.writeContinue();
  res.writeEarlyHints({ link: '</a.css>; rel=preload; as=style', 'x-hint': 'h' });
  log.push('calls ' + calls.join(','));
  res.setHeader('X-Out', 'o');
  res.setHeader('set-cookie', ['a=1', 'b=2']);
  log.push('render ' + JSON.stringify(res._renderHeaders()));
  res.end('done');
  tryIt('after head', () => res.writeInformation(150));
  tryIt('render after head', () => res._renderHeaders());
});

server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1', () => {
    sock.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let data = '';
  sock.on('data', (c) => { data += c; });
  sock.on('close', () => {
    const lines = data.split('\r\n').filter((l) => !/^Date:/.test(l));
    log.push(...lines.map((l) => 'wire ' + JSON.stringify(l)));
    server.close(() => console.log(log.join('\n')));
  });
});
