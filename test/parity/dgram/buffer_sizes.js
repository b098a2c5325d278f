// dgram: setRecvBufferSize/setSendBufferSize validation; sizes read back are positive numbers.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 65536, sendBufferSize: 65536 });
s.bind(0, '127.0.0.1', () => {
  console.log(s.getRecvBufferSize() > 0, s.getSendBufferSize() > 0);
  s.setRecvBufferSize(32768);
  console.log(s.getRecvBufferSize() >= 32768);
  for (const v of [-1, 1.5, 'x']) {
    try { s.setSendBufferSize(v); } catch (e) { console.log(e.code, e.message); }
  }
  s.close();
});
try { dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }); } catch (e) { console.log(e.code, e.message); }
