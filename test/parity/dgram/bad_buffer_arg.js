// dgram: send() with a non-buffer argument throws ERR_INVALID_ARG_TYPE; out-of-range offsets too.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const [n, f] of [['number', () => s.send(5, 1234, '127.0.0.1')], ['object', () => s.send({}, 1234, '127.0.0.1')],
  ['list', () => s.send([1], 1234, '127.0.0.1')], ['offset', () => s.send(Buffer.alloc(2), 5, 1, 1234, '127.0.0.1')],
  ['length', () => s.send(Buffer.alloc(2), 1, 5, 1234, '127.0.0.1')], ['address', () => s.send('x', 1234, 5)]]) {
  try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.message); }
}
s.close();
