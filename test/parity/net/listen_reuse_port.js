// reusePort: two servers listen on one port when both ask for it (SO_REUSEPORT), a third
// without it gets EADDRINUSE; the same for net.BoundSocket; a non-boolean is ignored by listen.
'use strict';
const net = require('net');

function listen(opts) {
  return new Promise((resolve) => {
    const s = net.createServer((c) => c.end());
    s.once('error', (e) => resolve([s, e.code]));
    s.listen(opts, () => resolve([s, null]));
  });
}

(async () => {
  const [a, ea] = await listen({ port: 0, host: '127.0.0.1', reusePort: true });
  const port = a.address().port;
  const [b, eb] = await listen({ port, host: '127.0.0.1', reusePort: true });
  console.log('a', ea, 'b', eb, b.address()?.port === port);
  const [c, ec] = await listen({ port, host: '127.0.0.1' });
  console.log('c without reusePort', ec);
  const [d, ed] = await listen({ port, host: '127.0.0.1', reusePort: 'yes' });
  console.log('d with a string', ed);
  for (const s of [a, b, c, d]) if (s.listening) s.close();

  const bs = new net.BoundSocket({ port: 0, host: '127.0.0.1', reusePort: true });
  let second;
  try {
    second = new net.BoundSocket({ port: bs.address().port, host: '127.0.0.1', reusePort: true });
    console.log('bound twice', second.address().port === bs.address().port);
  } catch (e) {
    console.log('second bind', e.code);
  }
  try {
    new net.BoundSocket({ port: bs.address().port, host: '127.0.0.1' });
  } catch (e) {
    console.log('without reusePort', e.code);
  }
  bs.close();
  second?.close();
})();
