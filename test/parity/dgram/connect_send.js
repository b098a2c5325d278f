// dgram: connect() then send without an address; remoteAddress(); disconnect().
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  client.connect(port, '127.0.0.1', () => {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === port);
    try { client.send('x', port, '127.0.0.1'); } catch (e) { console.log(e.code, e.message); }
    try { client.connect(port); } catch (e) { console.log(e.code, e.message); }
    client.send('hi', (err, n) => console.log('sent', err, n));
  });
  server.on('message', (m) => {
    console.log('server got', m.toString());
    client.disconnect();
    try { client.remoteAddress(); } catch (e) { console.log(e.code, e.message); }
    try { client.disconnect(); } catch (e) { console.log(e.code, e.message); }
    client.close(); server.close();
  });
});
