// dgram with a sendBlockList: sends to a blocked address fail with ERR_IP_BLOCKED.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const { BlockList } = require('net');
const bl = new BlockList();
bl.addAddress('127.0.0.1');
const s = dgram.createSocket({ type: 'udp4', sendBlockList: bl });
s.bind(0, '127.0.0.1', () => {
  s.send('x', s.address().port, '127.0.0.1', (err) => {
    console.log(err.code, err.message);
    s.close();
  });
});
try { dgram.createSocket({ type: 'udp4', sendBlockList: {} }); } catch (e) { console.log(e.code, e.message); }
