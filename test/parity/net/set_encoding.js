// net: setEncoding makes 'data' deliver strings (utf8 split across writes).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  const b = Buffer.from('héllo wörld');
  s.write(b.subarray(0, 2));
  setTimeout(() => s.end(b.subarray(2)), 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  let all = '';
  c.on('data', (d) => { all += d; console.log(typeof d); });
  c.on('end', () => { console.log(all); server.close(); });
});
