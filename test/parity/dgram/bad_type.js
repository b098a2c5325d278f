// dgram: createSocket with bad types throws ERR_SOCKET_BAD_TYPE.
const dgram = require('dgram');
for (const t of ['udp5', undefined, { type: 'tcp' }, 'UDP4']) {
  try { dgram.createSocket(t); console.log('ok', t); } catch (e) { console.log(e.name, e.code, e.message); }
}
