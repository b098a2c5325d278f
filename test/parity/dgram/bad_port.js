// dgram: send with invalid ports throws ERR_SOCKET_BAD_PORT (RangeError) and connect validates too.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const p of [-1, 65536, 0, 1.5, 'abc', NaN]) {
  try { s.send('x', p, '127.0.0.1'); console.log('ok', p); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of [0, 70000]) {
  try { s.connect(p, '127.0.0.1'); console.log('ok', p); } catch (e) { console.log(e.name, e.code, e.message); }
}
s.close();
