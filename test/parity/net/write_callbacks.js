// net: write callbacks run in order and 'finish' follows end().
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.resume().on('end', () => server.close()));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const ev = [];
  c.write('a', () => ev.push('w1'));
  c.write(Buffer.from('b'), () => ev.push('w2'));
  c.end('c', () => ev.push('end cb'));
  c.on('finish', () => ev.push('finish'));
  c.on('close', () => console.log(ev.join(' ')));
});
